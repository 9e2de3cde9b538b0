/**
 * Evidence travels over plain HTTP, not GraphQL: `POST /uploads` with one multipart field `file`,
 * signed in by the session cookie (same origin). The answer names the stored file; errors come
 * as `{ error: { code, message } }` in the caller's language.
 */
import { ClientErrorCode } from '@kinerja/web-common';

export const UPLOADS_URL = '/uploads';

export interface UploadedEvidence {
  id: string;
  kind: 'IMAGE' | 'DOCUMENT';
  mimeType: string;
  sizeBytes: number;
  originalName: string | null;
  url: string;
  thumbnailUrl: string | null;
}

/** An upload the server refused (its code and message) or that never reached it (NETWORK_ERROR). */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }

  get isNetwork(): boolean {
    return this.code === ClientErrorCode.NETWORK;
  }
}

export async function uploadEvidence(
  file: Blob,
  filename: string,
  options: { locale: string; networkMessage: string },
): Promise<UploadedEvidence> {
  const body = new FormData();
  body.append('file', file, filename);
  let response: Response;
  try {
    response = await fetch(UPLOADS_URL, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'Accept-Language': options.locale },
    });
  } catch {
    throw new UploadError(ClientErrorCode.NETWORK, options.networkMessage);
  }
  const answer = (await response.json().catch(() => null)) as
    (UploadedEvidence & { error?: { code: string; message: string } }) | null;
  if (!response.ok || !answer) {
    const error = answer?.error;
    throw new UploadError(
      error?.code ?? ClientErrorCode.UNKNOWN,
      error?.message ?? `HTTP ${response.status}`,
    );
  }
  return answer;
}

/** A name for a photo taken in the app (the server checks the name against the content). */
export function photoName(blob: Blob, now = new Date()): string {
  const ext = blob.type === 'image/webp' ? 'webp' : blob.type === 'image/png' ? 'png' : 'jpg';
  return `foto-${now.toISOString().replace(/[-:T]/g, '').slice(0, 14)}.${ext}`;
}
