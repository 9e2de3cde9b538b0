/**
 * Photos are made small on the phone before they travel (rules: longest side ≤ 1600 px, JPEG,
 * typically under 300 KB): drawn on a canvas and re-encoded with `toBlob`. Nothing is written to
 * the phone's gallery. `fitWithin` and `nextAttempt` are pure; `compressImage` needs a browser.
 */

export const MAX_SIDE = 1600;
export const TARGET_BYTES = 300 * 1024;
export const OUTPUT_TYPE = 'image/jpeg';

export interface Size {
  width: number;
  height: number;
}

/** The size to draw an image at: its own when it fits, else scaled so the longest side is `maxSide`. */
export function fitWithin(width: number, height: number, maxSide = MAX_SIDE): Size {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width: Math.round(width), height: Math.round(height) };
  const scale = maxSide / longest;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** One encoding tried: the longest side and the JPEG quality. */
export interface Attempt {
  maxSide: number;
  quality: number;
}

export const FIRST_ATTEMPT: Attempt = { maxSide: MAX_SIDE, quality: 0.8 };

/**
 * What to try after an encoding came out `bytes` large: lower the quality down to 0.5, then shrink
 * the image by a fifth at a time down to 640 px; null when it is small enough or nothing is left.
 */
export function nextAttempt(
  previous: Attempt,
  bytes: number,
  target = TARGET_BYTES,
): Attempt | null {
  if (bytes <= target) return null;
  if (previous.quality > 0.5) {
    return {
      ...previous,
      quality: Math.max(0.5, Math.round((previous.quality - 0.15) * 100) / 100),
    };
  }
  if (previous.maxSide > 640) {
    return {
      maxSide: Math.max(640, Math.round(previous.maxSide * 0.8)),
      quality: previous.quality,
    };
  }
  return null;
}

/** Whether a file is an image the browser can redraw (PDFs and documents are sent as they are). */
export function isCompressible(file: Blob): boolean {
  return /^image\/(jpeg|png|webp)$/.test(file.type);
}

type Source = CanvasImageSource & { width: number; height: number };

function encode(source: Source, size: Size, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2D canvas'));
  context.drawImage(source, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      OUTPUT_TYPE,
      quality,
    ),
  );
}

/**
 * Re-encodes a drawable source (a decoded file or a camera frame) until it is under the target,
 * or as small as the attempts allow.
 */
export async function encodeCompressed(source: Source): Promise<Blob> {
  let attempt: Attempt | null = FIRST_ATTEMPT;
  let blob: Blob | null = null;
  while (attempt) {
    blob = await encode(
      source,
      fitWithin(source.width, source.height, attempt.maxSide),
      attempt.quality,
    );
    attempt = nextAttempt(attempt, blob.size);
  }
  return blob!;
}

/** A photo file made small enough to send; other files (and images the browser cannot read) as they are. */
export async function compressImage(file: Blob): Promise<Blob> {
  if (!isCompressible(file) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const small = await encodeCompressed(bitmap);
    return small.size < file.size || file.type !== OUTPUT_TYPE ? small : file;
  } finally {
    bitmap.close();
  }
}
