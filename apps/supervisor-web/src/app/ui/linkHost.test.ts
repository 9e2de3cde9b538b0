import { describe, expect, it } from 'vitest';
import { linkHost } from '@kinerja/web-common';

describe('linkHost', () => {
  it('names the host of an http(s) link without "www."', () => {
    expect(linkHost('https://www.youtube.com/watch?v=1')).toBe('youtube.com');
    expect(linkHost('http://drive.contoh.go.id/berkas/a.pdf')).toBe('drive.contoh.go.id');
  });

  it('is empty for relative paths and other schemes', () => {
    expect(linkHost('/uploads/1')).toBe('');
    expect(linkHost('javascript:alert(1)')).toBe('');
  });
});
