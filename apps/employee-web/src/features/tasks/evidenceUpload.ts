/**
 * Evidence for an IKI realisation: photos are shrunk on the phone (longest side 1600 px, JPEG)
 * before going to the upload route (POST /uploads, multipart field `file`), which answers the
 * evidence's id or `{ error: { code, message } }` in the caller's language.
 */
import type { EvidenceItem } from './ikiDraft';

const MAX_SIDE = 1600;

export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A smaller JPEG of a photo; the file itself when it is no image, small already, or undecodable. */
export async function shrinkImage(file: File): Promise<Blob> {
  if (!file.type.startsWith('image/') || file.type === 'image/gif') return file;
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 500_000) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.82),
    );
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}

export async function uploadEvidence(
  file: File,
  locale: string,
  errorMessage: string,
): Promise<EvidenceItem> {
  const body = new FormData();
  const blob = await shrinkImage(file);
  const name = blob === file ? file.name : file.name.replace(/\.\w+$/, '') + '.jpg';
  body.append('file', blob, name);
  let response: Response;
  try {
    response = await fetch('/uploads', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'Accept-Language': locale },
    });
  } catch {
    throw new UploadError('NETWORK_ERROR', errorMessage);
  }
  const json = (await response.json().catch(() => null)) as {
    id?: string;
    originalName?: string | null;
    thumbnailUrl?: string | null;
    url?: string;
    error?: { code: string; message: string };
  } | null;
  if (!response.ok || !json?.id)
    throw new UploadError(
      json?.error?.code ?? 'UNKNOWN_ERROR',
      json?.error?.message ?? errorMessage,
    );
  return {
    id: json.id,
    name: json.originalName ?? name,
    thumbnailUrl: json.thumbnailUrl ?? null,
    url: json.url ?? null,
  };
}
