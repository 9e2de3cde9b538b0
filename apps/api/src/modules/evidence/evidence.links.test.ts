import { describe, expect, it } from 'vitest';
import { checkLink, linkSha256 } from './evidence.links.js';

const accepted = (raw: string, title?: string) => {
  const check = checkLink(raw, title);
  if (!check.ok) throw new Error(`refused ${raw}: ${check.problem.key}`);
  return check;
};
const refusedWith = (raw: string, title?: string) => {
  const check = checkLink(raw, title);
  return check.ok ? null : check.problem.key;
};

describe('checkLink', () => {
  it('accepts http and https links, normalised, with the host and path as the default title', () => {
    expect(accepted('  https://www.youtube.com/watch?v=abc123  ')).toEqual({
      ok: true,
      url: 'https://www.youtube.com/watch?v=abc123',
      title: 'youtube.com/watch',
    });
    expect(accepted('HTTP://Drive.Example.go.id/folder/').url).toBe(
      'http://drive.example.go.id/folder/',
    );
    expect(accepted('https://example.org').title).toBe('example.org');
    expect(accepted('https://example.org/a', '  Video kelas 5  ').title).toBe('Video kelas 5');
  });

  it('refuses other schemes, with the scheme message', () => {
    for (const raw of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://files.example.org/a.pdf',
      'file:///etc/passwd',
      'mailto:a@example.org',
    ])
      expect(refusedWith(raw), raw).toBe('evidence.linkScheme');
  });

  it('refuses what is not a full address', () => {
    for (const raw of [
      '',
      '   ',
      'youtube.com/watch?v=1',
      '/uploads/123',
      'https:example.org',
      'https://exa mple.org',
      'https://example.org/a\nb',
      'http://',
    ])
      expect(refusedWith(raw), JSON.stringify(raw)).toBe('evidence.linkInvalid');
  });

  it('refuses credentials in the link and overlong links or titles', () => {
    expect(refusedWith('https://user:secret@example.org/x')).toBe('evidence.linkCredentials');
    expect(refusedWith(`https://example.org/${'a'.repeat(2000)}`)).toBe('evidence.linkTooLong');
    const long = checkLink('https://example.org/', 'j'.repeat(201));
    expect(long.ok ? null : long.problem).toEqual({
      key: 'evidence.linkTitleTooLong',
      params: { max: 200 },
      field: 'title',
    });
  });

  it('gives the same link the same hash, distinct from other links', () => {
    const a = accepted('https://Example.org/v?id=1').url;
    expect(linkSha256(a)).toBe(linkSha256(accepted('https://example.org/v?id=1').url));
    expect(linkSha256(a)).not.toBe(linkSha256(accepted('https://example.org/v?id=2').url));
  });
});
