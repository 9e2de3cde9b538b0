/**
 * Reading a spreadsheet the admin picked, for the import mutations: CSV goes as its text (UTF-8),
 * XLSX as base64 of its bytes. The format follows the file's extension (or its MIME type).
 */
export type SpreadsheetFormat = 'CSV' | 'XLSX';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function formatOf(file: { name: string; type: string }): SpreadsheetFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'CSV';
  if (name.endsWith('.xlsx') || file.type === XLSX_MIME) return 'XLSX';
  return null;
}

/** Bytes as base64, in chunks (String.fromCharCode of a whole large file overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The file's content as the import takes it; null when it is neither CSV nor XLSX. */
export async function readSpreadsheet(
  file: File,
): Promise<{ format: SpreadsheetFormat; content: string } | null> {
  const format = formatOf(file);
  if (!format) return null;
  if (format === 'CSV') return { format, content: await file.text() };
  return { format, content: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** Text as a CSV file to download (with a BOM so that Excel reads it as UTF-8). */
export function csvFile(filename: string, rows: readonly (readonly string[])[]) {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  return {
    filename,
    mimeType: 'text/csv;charset=utf-8',
    base64: bytesToBase64(new TextEncoder().encode(text)),
  };
}
