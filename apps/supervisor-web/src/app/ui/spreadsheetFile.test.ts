import { describe, expect, it } from 'vitest';
import { bytesToBase64, csvFile, formatOf, readSpreadsheet } from './spreadsheetFile';

const decode = (base64: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
  );

describe('formatOf', () => {
  it('follows the extension, then the MIME type', () => {
    expect(formatOf({ name: 'Bank.CSV', type: '' })).toBe('CSV');
    expect(formatOf({ name: 'bank.xlsx', type: '' })).toBe('XLSX');
    expect(formatOf({ name: 'export', type: 'text/csv' })).toBe('CSV');
    expect(formatOf({ name: 'bank.xls', type: 'application/vnd.ms-excel' })).toBeNull();
  });
});

describe('bytesToBase64', () => {
  it('encodes any bytes, also past one chunk', () => {
    expect(bytesToBase64(new Uint8Array([0, 255, 16]))).toBe('AP8Q');
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    const back = Uint8Array.from(atob(bytesToBase64(big)), (c) => c.charCodeAt(0));
    expect(back).toEqual(big);
  });
});

describe('readSpreadsheet', () => {
  it('sends CSV as its text and XLSX as base64', async () => {
    const csv = new File(['code,name\nUMUM.001,Rapat koordinasi\n'], 'bank.csv', {
      type: 'text/csv',
    });
    expect(await readSpreadsheet(csv)).toEqual({
      format: 'CSV',
      content: 'code,name\nUMUM.001,Rapat koordinasi\n',
    });
    const xlsx = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'bank.xlsx');
    expect(await readSpreadsheet(xlsx)).toEqual({ format: 'XLSX', content: 'UEsDBA==' });
    expect(await readSpreadsheet(new File(['x'], 'notes.txt'))).toBeNull();
  });
});

describe('csvFile', () => {
  it('quotes what needs quoting and starts with a BOM for Excel', () => {
    const file = csvFile('contoh.csv', [
      ['nip', 'name'],
      ['199001012015011001', 'Budi, S.Kom.'],
      ['x', 'kata "kutip"'],
    ]);
    expect(file).toMatchObject({ filename: 'contoh.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(decode(file.base64)).toBe(
      '\uFEFFnip,name\r\n199001012015011001,"Budi, S.Kom."\r\nx,"kata ""kutip"""\r\n',
    );
  });
});
