/** An attachment sent to the API's upload endpoint (files do not travel through GraphQL). */
export interface UploadFailure {
  code: string;
  message: string;
}

export class UploadError extends Error {
  constructor(readonly failure: UploadFailure) {
    super(failure.message);
  }
}

/** POST /uploads with the session cookie; the id of the stored file, or an UploadError. */
export async function uploadAttachment(
  file: File,
  locale: string,
  networkMessage: string,
): Promise<string> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/uploads', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'Accept-Language': locale },
    });
  } catch {
    throw new UploadError({ code: 'NETWORK_ERROR', message: networkMessage });
  }
  const json = (await response.json().catch(() => null)) as {
    id?: string;
    error?: UploadFailure;
  } | null;
  if (!response.ok || !json?.id)
    throw new UploadError(json?.error ?? { code: 'UNKNOWN_ERROR', message: networkMessage });
  return json.id;
}
