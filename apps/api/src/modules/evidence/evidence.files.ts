/**
 * What an uploaded file is and what is kept of it. The type comes from the bytes (file-type),
 * never from the name or the client's content type; a name that claims another type is refused.
 * Images are re-encoded (so nothing but pixels survives: no EXIF, no GPS, no trailing payload),
 * turned upright, downscaled, and get a WebP thumbnail.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer, supportedExtensions } from 'file-type';
import sharp from 'sharp';
import { badInput } from '../../common/errors/app-error.js';
import { EvidenceKind } from './evidence.entity.js';

export interface AcceptedType {
  mimeType: string;
  kind: EvidenceKind;
  /** What people call it, in messages. */
  label: string;
  /** File-name extensions that honestly name it; the first is used for downloads. */
  extensions: readonly string[];
}

export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  {
    mimeType: 'image/jpeg',
    kind: EvidenceKind.IMAGE,
    label: 'JPEG',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
  },
  { mimeType: 'image/png', kind: EvidenceKind.IMAGE, label: 'PNG', extensions: ['png'] },
  { mimeType: 'image/webp', kind: EvidenceKind.IMAGE, label: 'WebP', extensions: ['webp'] },
  { mimeType: 'application/pdf', kind: EvidenceKind.DOCUMENT, label: 'PDF', extensions: ['pdf'] },
  {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: EvidenceKind.DOCUMENT,
    label: 'DOCX',
    extensions: ['docx'],
  },
  {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    kind: EvidenceKind.DOCUMENT,
    label: 'XLSX',
    extensions: ['xlsx'],
  },
];

/**
 * Extensions that claim a type: when a name ends in one, the content must be that type. Others
 * (`laporan.v2`, `scan.2026`) say nothing about the content and are let through.
 */
const CLAIMING_EXTENSIONS: ReadonlySet<string> = new Set([
  ...supportedExtensions,
  ...ACCEPTED_TYPES.flatMap((t) => t.extensions),
  ...['txt', 'csv', 'htm', 'html', 'svg', 'xml', 'json', 'js', 'doc', 'xls', 'ppt', 'heic'],
  ...['bat', 'cmd', 'com', 'sh', 'ps1', 'vbs', 'scr', 'msi', 'apk'],
]);

/** Images wider × taller than this are refused before decoding (decompression bombs). */
export const MAX_INPUT_PIXELS = 100_000_000;
/** Longest side of a stored image and of its thumbnail, in pixels. */
export const IMAGE_MAX_SIDE = 1600;
export const THUMBNAIL_MAX_SIDE = 320;
/** Every stored image is a JPEG (readable by browsers, PDF and spreadsheet writers alike). */
export const IMAGE_MIME = 'image/jpeg';
export const THUMBNAIL_MIME = 'image/webp';

const extensionOf = (name: string | null): string | null =>
  /\.([a-z0-9]{1,10})$/i.exec(name ?? '')?.[1]?.toLowerCase() ?? null;

/** The accepted type of the bytes; throws BAD_USER_INPUT for anything else or a lying name. */
export async function detectType(bytes: Buffer, filename: string | null): Promise<AcceptedType> {
  if (bytes.length === 0) throw badInput('evidence.empty', {}, { field: 'file' });
  const detected = await fileTypeFromBuffer(bytes);
  const accepted = ACCEPTED_TYPES.find((t) => t.mimeType === detected?.mime);
  const label = accepted?.label ?? detected?.ext.toUpperCase() ?? '@evidence.unknownType';
  const extension = extensionOf(filename);
  if (extension && CLAIMING_EXTENSIONS.has(extension) && !accepted?.extensions.includes(extension))
    throw badInput('evidence.extensionMismatch', { extension, detected: label }, { field: 'file' });
  if (!accepted) throw badInput('evidence.unsupportedType', { detected: label }, { field: 'file' });
  return accepted;
}

export interface EncodedImage {
  bytes: Buffer;
  mimeType: string;
  width: number;
  height: number;
}

/**
 * The image as stored (upright, longest side ≤ 1600 px, JPEG q80 on white, metadata stripped)
 * and its thumbnail (longest side ≤ 320 px, WebP).
 */
export async function encodeImage(
  bytes: Buffer,
): Promise<{ image: EncodedImage; thumbnail: EncodedImage }> {
  const fit = (side: number) =>
    ({ width: side, height: side, fit: 'inside', withoutEnlargement: true }) as const;
  let image: EncodedImage;
  try {
    const { data, info } = await sharp(bytes, {
      limitInputPixels: MAX_INPUT_PIXELS,
      failOn: 'error',
    })
      .autoOrient()
      .resize(fit(IMAGE_MAX_SIDE))
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    image = { bytes: data, mimeType: IMAGE_MIME, width: info.width, height: info.height };
  } catch (err) {
    throw /pixel limit/i.test(String(err))
      ? badInput(
          'evidence.imageTooLarge',
          { megapixels: MAX_INPUT_PIXELS / 1_000_000 },
          { field: 'file' },
        )
      : badInput('evidence.unreadableImage', {}, { field: 'file' });
  }
  const { data, info } = await sharp(image.bytes)
    .resize(fit(THUMBNAIL_MAX_SIDE))
    .webp({ quality: 70 })
    .toBuffer({ resolveWithObject: true });
  const thumbnail = {
    bytes: data,
    mimeType: THUMBNAIL_MIME,
    width: info.width,
    height: info.height,
  };
  return { image, thumbnail };
}

// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The name as the uploader's device gave it, without folders or control characters (or null). */
export function cleanOriginalName(name: string | null | undefined): string | null {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim();
  return clean ? clean.slice(0, 200) : null;
}

/**
 * A Content-Disposition value that shows the file inline under a safe name: the original name's
 * stem (else `fallbackStem`), then `suffix`, then the extension of what is actually served; in
 * ASCII for old clients and in UTF-8 (RFC 5987) for the rest.
 */
export function contentDisposition(
  originalName: string | null,
  fallbackStem: string,
  extension: string,
  suffix = '',
): string {
  const stem =
    (originalName ?? '')
      .replace(/\.[^.]*$/, '')
      .replace(CONTROL_CHARACTERS, '')
      .replace(/["\\/:*?<>|;]/g, '')
      .trim()
      .slice(0, 100) || fallbackStem;
  const ascii =
    stem
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9 ._()-]/g, '')
      .replace(/\s+/g, ' ')
      .trim() || fallbackStem;
  const encoded = encodeURIComponent(`${stem}${suffix}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}${suffix}.${extension}"; filename*=UTF-8''${encoded}`;
}
