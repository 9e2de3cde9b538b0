/**
 * Files every table can be downloaded as (product.md: "every table exports to CSV and XLSX"): the
 * format enum, the GraphQL type of a generated file, and the writer. Readers of imported sheets
 * stay with the feature that imports them (activity-bank/spreadsheet.ts).
 */
import ExcelJS from 'exceljs';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** File formats of spreadsheet imports and exports. */
export enum SpreadsheetFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerEnumType(SpreadsheetFormat, {
  name: 'SpreadsheetFormat',
  description: 'CSV (UTF-8 text) or XLSX (Excel workbook, sent and returned as base64).',
});

@ObjectType({ description: 'A generated file, its content base64-encoded.' })
export class ExportedFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  base64!: string;
}

export const MIME: Record<SpreadsheetFormat, string> = {
  [SpreadsheetFormat.CSV]: 'text/csv; charset=utf-8',
  [SpreadsheetFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const EXTENSION: Record<SpreadsheetFormat, string> = {
  [SpreadsheetFormat.CSV]: 'csv',
  [SpreadsheetFormat.XLSX]: 'xlsx',
};

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** The table as a file (CSV with a BOM so that Excel reads UTF-8), base64-encoded. */
export async function writeSheet(
  format: SpreadsheetFormat,
  sheetName: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): Promise<string> {
  if (format === SpreadsheetFormat.CSV) {
    const lines = [columns, ...rows].map((r) => r.map((v) => csvField(String(v))).join(','));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, columns[i]!.length + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}

/** The table as an ExportedFile named `<basename>.<csv|xlsx>`. */
export async function exportedFile(
  format: SpreadsheetFormat,
  basename: string,
  sheetName: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): Promise<ExportedFile> {
  return {
    filename: `${basename}.${EXTENSION[format]}`,
    mimeType: MIME[format],
    base64: await writeSheet(format, sheetName, columns, rows),
  };
}
