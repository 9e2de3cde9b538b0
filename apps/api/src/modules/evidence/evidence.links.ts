/**
 * Link evidence rules (pure): which links are accepted and how they are stored. A link is never
 * fetched by the server, so nothing here touches the network; it only has to be a well-formed
 * http(s) address that opens the same thing for the supervisor as for the employee.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../../common/errors/app-error.js';
import { CONTROL_CHARACTERS } from './evidence.files.js';

export const MAX_LINK_LENGTH = 2000;
export const MAX_LINK_TITLE_LENGTH = 200;
export const LINK_MIME = 'text/uri-list';

// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

export type LinkCheck = { ok: true; url: string; title: string } | { ok: false; problem: Problem };

const problem = (key: Problem['key'], params: Problem['params'] = {}, field = 'url') => ({
  ok: false as const,
  problem: { key, params, field },
});

/**
 * Checks and normalises a link and its optional title: http or https only, an absolute address
 * with a host, no user name or password, no spaces or control characters, at most 2000
 * characters. The title defaults to the host and path (without "www.").
 */
export function checkLink(raw: string, rawTitle?: string | null): LinkCheck {
  const text = raw.trim();
  if (!text) return problem('evidence.linkInvalid');
  if (text.length > MAX_LINK_LENGTH)
    return problem('evidence.linkTooLong', { max: MAX_LINK_LENGTH });
  if (CONTROL_OR_SPACE.test(text)) return problem('evidence.linkInvalid');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('evidence.linkInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('evidence.linkScheme');
  // "https:example.org" parses with a host too; insist on the written "//".
  if (!/^https?:\/\//i.test(text) || !url.hostname) return problem('evidence.linkInvalid');
  if (url.username || url.password) return problem('evidence.linkCredentials');
  const href = url.href;
  if (href.length > MAX_LINK_LENGTH)
    return problem('evidence.linkTooLong', { max: MAX_LINK_LENGTH });

  const title = (rawTitle ?? '').replace(CONTROL_CHARACTERS, '').trim();
  if (title.length > MAX_LINK_TITLE_LENGTH)
    return problem('evidence.linkTitleTooLong', { max: MAX_LINK_TITLE_LENGTH }, 'title');
  return { ok: true, url: href, title: title || defaultTitle(url) };
}

/** "youtube.com/watch" for https://www.youtube.com/watch?v=…: what the link is, in short. */
export function defaultTitle(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${host}${path}`.slice(0, MAX_LINK_TITLE_LENGTH);
}

/**
 * The hash verification compares to flag evidence used on two entries: the same link (after
 * normalising) gives the same hash, and never equals a file's hash.
 */
export function linkSha256(href: string): string {
  return createHash('sha256').update(`link:${href}`).digest('hex');
}
