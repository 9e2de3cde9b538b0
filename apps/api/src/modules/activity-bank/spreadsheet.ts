/**
 * Reading simple tables as CSV (UTF-8, header row) or XLSX (first worksheet, header row). Rows are
 * plain string records keyed by lowercased header, with their line in the file. Writing is shared:
 * common/spreadsheet/spreadsheet.ts.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput } from '../../common/errors/app-error.js';
import { SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';

export interface SheetRow {
  /** 1-based line (CSV) or row (XLSX); the header is 1. */
  line: number;
  values: Record<string, string>;
}

const unreadable = (format: SpreadsheetFormat, details: string) =>
  badInput('activityBank.importUnreadable', { format, details });

const header = (h: unknown) =>
  String(h ?? '')
    .trim()
    .toLowerCase();

export function readCsv(text: string): SheetRow[] {
  let records: string[][];
  try {
    records = parse(text, {
      skip_empty_lines: false,
      bom: true,
      relax_column_count: true,
    }) as string[][];
  } catch (e) {
    throw unreadable(SpreadsheetFormat.CSV, (e as Error).message);
  }
  return toRows(records);
}

/** Turns a matrix (header first) into rows, skipping blank lines but keeping line numbers. */
function toRows(matrix: string[][]): SheetRow[] {
  const [head, ...body] = matrix;
  if (!head) return [];
  const names = head.map(header);
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      if (name) values[name] = (cells[i] ?? '').trim();
    });
    rows.push({ line: index + 2, values });
  });
  return rows;
}

/** A cell's value as text (numbers, booleans, rich text, hyperlinks and formula results). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

export async function readXlsx(base64: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(base64, 'base64');
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw unreadable(SpreadsheetFormat.XLSX, (e as Error).message);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const width = sheet.columnCount;
  const matrix: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    matrix.push(cells);
  }
  return toRows(matrix);
}

export function readSheet(file: string, format: SpreadsheetFormat): Promise<SheetRow[]> {
  return format === SpreadsheetFormat.CSV ? Promise.resolve(readCsv(file)) : readXlsx(file);
}
