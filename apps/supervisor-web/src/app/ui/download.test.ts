import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64ToBytes, downloadFile, fileBlob } from './download';

/** What the API sends: a CSV with a BOM, in UTF-8, base64-encoded. */
const csv = '\uFEFFNIP,Nama,Total TPP\r\n197604101998031003,"Agus, S.Kom.",10736071\r\n';
const file = {
  base64: btoa(String.fromCharCode(...new TextEncoder().encode(csv))),
  filename: 'rekap-tpp-2026-11.csv',
  mimeType: 'text/csv; charset=utf-8',
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('base64ToBytes', () => {
  it('gives back the exact bytes, beyond ASCII too', () => {
    const bytes = base64ToBytes(file.base64);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...base64ToBytes(btoa('\x00\xff\x80'))]).toEqual([0, 255, 128]);
  });
});

describe('fileBlob', () => {
  it('is the file with its MIME type', async () => {
    const blob = fileBlob(file);
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(blob.size).toBe(new TextEncoder().encode(csv).length);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())).toBe(
      csv,
    );
  });
});

describe('downloadFile', () => {
  it('clicks a temporary link to the Blob under the server’s name, then cleans up', () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:kinerja/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({
        href: this.getAttribute('href')!,
        download: this.download,
        inDocument: document.body.contains(this),
      });
    });

    downloadFile(file);

    expect(clicked).toEqual([
      { href: 'blob:kinerja/1', download: 'rekap-tpp-2026-11.csv', inDocument: true },
    ]);
    expect(created[0]!.type).toBe(file.mimeType);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:kinerja/1');
  });
});
