import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { docx, exe, photo, pdf, xlsx, zip } from '../../../test/sample-files.js';
import { AppError } from '../../common/errors/app-error.js';
import {
  cleanOriginalName,
  contentDisposition,
  detectType,
  encodeImage,
  sha256Hex,
} from './evidence.files.js';

async function refusal(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const { code, messageKey, params } = err as AppError;
  return { code, messageKey, params };
}

describe('detectType', () => {
  it('knows each accepted type from its bytes, whatever the name', async () => {
    const cases: [Buffer, string, string][] = [
      [await photo(8, 8), 'IMG_0001.JPG', 'image/jpeg'],
      [await photo(8, 8, 'png'), 'layar.png', 'image/png'],
      [await photo(8, 8, 'webp'), 'foto', 'image/webp'],
      [pdf(), 'surat tugas.pdf', 'application/pdf'],
      [
        docx(),
        'laporan.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        await xlsx(),
        'rekap.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [await photo(8, 8), 'foto.jpeg', 'image/jpeg'],
      [pdf(), 'scan.2026', 'application/pdf'], // an extension that names no type
    ];
    for (const [bytes, name, mime] of cases) {
      expect((await detectType(bytes, name)).mimeType, name).toBe(mime);
    }
  });

  it('refuses a name that claims another type than the content', async () => {
    for (const [bytes, name, detected] of [
      [pdf(), 'foto.png', 'PDF'],
      [exe(), 'foto.jpg', 'EXE'],
      [Buffer.from('hanya teks biasa'), 'foto.jpg', '@evidence.unknownType'],
      [docx(), 'rekap.xlsx', 'DOCX'],
      [await xlsx(), 'laporan.docx', 'XLSX'],
      [await photo(8, 8, 'png'), 'foto.jpg', 'PNG'],
    ] as const) {
      expect(await refusal(detectType(bytes, name)), name).toEqual({
        code: 'BAD_USER_INPUT',
        messageKey: 'evidence.extensionMismatch',
        params: { extension: name.split('.').pop(), detected },
      });
    }
  });

  it('refuses content of any other type, and empty files', async () => {
    expect(await refusal(detectType(exe(), 'setup'))).toMatchObject({
      messageKey: 'evidence.unsupportedType',
      params: { detected: 'EXE' },
    });
    expect(await refusal(detectType(zip({ 'a.txt': 'a' }), 'arsip'))).toMatchObject({
      messageKey: 'evidence.unsupportedType',
      params: { detected: 'ZIP' },
    });
    expect(await refusal(detectType(Buffer.from('<svg/>'), null))).toMatchObject({
      messageKey: 'evidence.unsupportedType',
    });
    expect(await refusal(detectType(Buffer.alloc(0), 'x.jpg'))).toMatchObject({
      messageKey: 'evidence.empty',
    });
  });
});

describe('encodeImage', () => {
  it('downscales to 1600 px, turns the photo upright, drops EXIF, and makes a 320 px WebP thumbnail', async () => {
    // Stored sideways (orientation 6 = rotate 90° clockwise to view): 3000 × 2000 as stored.
    const { image, thumbnail } = await encodeImage(
      await photo(3000, 2000, 'jpeg', { orientation: 6 }),
    );
    expect(image).toMatchObject({ mimeType: 'image/jpeg', width: 1067, height: 1600 });
    const meta = await sharp(image.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1067, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(thumbnail).toMatchObject({ mimeType: 'image/webp', width: 213, height: 320 });
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: 'webp', height: 320 });
  });

  it('keeps small images at their size and flattens transparency', async () => {
    const { image } = await encodeImage(await photo(300, 200, 'png', { alpha: true }));
    expect(image).toMatchObject({ width: 300, height: 200 });
    expect((await sharp(image.bytes).metadata()).hasAlpha).toBe(false);
  });

  it('refuses an image that cannot be decoded', async () => {
    const truncated = (await photo(400, 400)).subarray(0, 300);
    expect(await refusal(encodeImage(truncated))).toMatchObject({
      messageKey: 'evidence.unreadableImage',
    });
  });
});

describe('names and hashes', () => {
  it('hashes bytes as hex SHA-256', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('keeps only the base name, without control characters', () => {
    expect(cleanOriginalName('C:\\Users\\budi\\foto\u0007 1.jpg')).toBe('foto 1.jpg');
    expect(cleanOriginalName('../../etc/passwd')).toBe('passwd');
    expect(cleanOriginalName('  ')).toBeNull();
    expect(cleanOriginalName(null)).toBeNull();
  });

  it('builds a safe inline Content-Disposition with the served extension', () => {
    expect(contentDisposition('Rapat "Ké-2"\r\n.png', 'bukti-1', 'jpg')).toBe(
      `inline; filename="Rapat Ke-2.jpg"; filename*=UTF-8''Rapat%20K%C3%A9-2.jpg`,
    );
    expect(contentDisposition(null, 'bukti-1', 'webp', '-thumbnail')).toBe(
      `inline; filename="bukti-1-thumbnail.webp"; filename*=UTF-8''bukti-1-thumbnail.webp`,
    );
    expect(contentDisposition('日本.pdf', 'bukti-1', 'pdf')).toBe(
      `inline; filename="bukti-1.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf`,
    );
  });
});
