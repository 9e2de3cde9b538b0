/**
 * Link evidence is shown with the host it opens ("youtube.com"), so a supervisor sees where a link
 * leads before following it. Empty for something that is not an absolute http(s) address.
 */
export function linkHost(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Attributes for opening link evidence: a new tab that gets neither the app nor its address. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer nofollow';
