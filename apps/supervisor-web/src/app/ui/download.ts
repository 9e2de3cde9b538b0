/**
 * Saving a file the API generated (ExportedFile: base64 content, a name and a MIME type) in the
 * browser: the bytes become a Blob, a temporary link downloads it under the server's file name.
 */
/** The formats the server writes tables in. */
export type SpreadsheetFormat = 'CSV' | 'XLSX';

export interface DownloadableFile {
  base64: string;
  filename: string;
  mimeType: string;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function fileBlob(file: DownloadableFile): Blob {
  return new Blob([base64ToBytes(file.base64)], { type: file.mimeType });
}

/** Downloads the file (the browser's own "save" behaviour) and releases the Blob afterwards. */
export function downloadFile(file: DownloadableFile, doc: Document = document): void {
  const url = URL.createObjectURL(fileBlob(file));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click has been handled: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
