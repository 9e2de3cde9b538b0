/**
 * Importing and exporting the bank as CSV and XLSX: all-or-nothing with a report per row, a
 * department's import stays PROPOSED inside the department, and export → import is lossless.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

let t: TestApp;
let eduAdmin: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ nip: eduAdmin } = await t.one<{ nip: string }>(
    `select nip from employee where 'DEPARTMENT_ADMIN' = any(roles) order by nip limit 1`,
  ));
});
afterAll(() => t?.close());

const IMPORT = `mutation($file: String!, $format: SpreadsheetFormat!) { importActivityItems(file: $file, format: $format) {
  ok created updated rejected { line code messages } } }`;
const EXPORT = `query($format: SpreadsheetFormat!, $status: ActivityItemStatus) { exportActivityItems(format: $format, status: $status) {
  filename mimeType base64 } }`;

const HEADER =
  'code,name,description,output_unit,standard_minutes,category,position_kinds,unit_codes,keywords,requires_evidence';

/** The whole bank as comparable rows. */
const bank = () =>
  t.sql(
    `select code, name, description, output_unit, standard_minutes, category, status, requires_evidence,
            scope_position_ids, scope_position_kinds, scope_unit_ids, keywords, rejection_reason
       from activity_item order by code`,
  );

describe('import', () => {
  it('rejects the whole file when any row is wrong, naming every problem of every row', async () => {
    const before = await bank();
    const csv = [
      HEADER,
      'IMP.001,Menyusun daftar hadir,,dokumen,15,MAIN,,,"absen,daftar hadir",tidak',
      'IMP.002,Xy,,dokumen,0,LAINNYA,MANAGER,NOPE.01,,mungkin',
      'IMP.001,Duplikat,,dokumen,15,UTAMA,,,,ya',
      ',Tanpa kode,,dokumen,15,MAIN,,,,',
    ].join('\n');
    const res = await t.as(persona.agencyAdmin, IMPORT, { file: csv, format: 'CSV' });
    expect(res.errors).toBeUndefined();
    const report = res.data?.importActivityItems;
    expect(report).toMatchObject({ ok: false, created: 0, updated: 0 });
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([3, 4, 5]);
    expect(report.rejected[0].code).toBe('IMP.002');
    expect(report.rejected[0].messages).toEqual([
      'name harus 3–200 karakter',
      'Norma waktu "0" harus bilangan bulat 1–1440 menit.',
      'Kategori "LAINNYA" tidak dikenal; gunakan MAIN/UTAMA atau ADDITIONAL/TAMBAHAN.',
      'Jenis jabatan "MANAGER" tidak dikenal; gunakan STRUCTURAL, FUNCTIONAL atau EXECUTOR.',
      'Kode unit "NOPE.01" tidak ditemukan.',
      'Nilai "mungkin" pada kolom requires_evidence harus ya/tidak atau true/false.',
    ]);
    expect(report.rejected[1].messages).toEqual(['Kode "IMP.001" sudah ada di baris 2.']);
    expect(report.rejected[2].messages).toEqual(['Kolom code wajib diisi.']);
    expect(await bank()).toEqual(before);
  });

  it('refuses a file without the required columns', async () => {
    const res = await t.as(persona.agencyAdmin, IMPORT, {
      file: 'code,name\nA.1,Butir',
      format: 'CSV',
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/output_unit, standard_minutes, category/);
    const xlsx = await t.as(persona.agencyAdmin, IMPORT, { file: 'bm90IGEgemlw', format: 'XLSX' });
    expect(xlsx.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('creates, then updates by code; the agency admin’s items are published', async () => {
    const csv = [
      HEADER,
      'imp.001,Menyusun daftar hadir,"Daftar hadir rapat, apel dan kegiatan",Dokumen,15,utama,,,"absen, daftar hadir",tidak',
      'IMP.002,Memimpin apel pagi,,kegiatan,30,TAMBAHAN,STRUCTURAL,,,ya',
      'IMP.003,Menyusun jadwal pelajaran,,dokumen,120,MAIN,,"DISDIK.04,DISDIK.05",jadwal,false',
    ].join('\r\n');
    const first = await t.as(persona.agencyAdmin, IMPORT, { file: csv, format: 'CSV' });
    expect(first.data?.importActivityItems).toEqual({
      ok: true,
      created: 3,
      updated: 0,
      rejected: [],
    });
    const row = await t.one(
      `select status, category, description, keywords, requires_evidence, cardinality(scope_unit_ids) as units
         from activity_item where code = 'IMP.001'`,
    );
    expect(row).toEqual({
      status: 'PUBLISHED',
      category: 'MAIN',
      description: 'Daftar hadir rapat, apel dan kegiatan',
      keywords: ['absen', 'daftar hadir'],
      requires_evidence: false,
      units: 0,
    });
    const again = await t.as(persona.agencyAdmin, IMPORT, {
      file: csv.replace('Menyusun daftar hadir', 'Menyusun daftar hadir pegawai'),
      format: 'CSV',
    });
    expect(again.data?.importActivityItems).toMatchObject({ ok: true, created: 0, updated: 3 });
    expect((await t.one(`select name from activity_item where code = 'IMP.001'`)).name).toBe(
      'Menyusun daftar hadir pegawai',
    );
    const audit = await t.sql(
      `select data from audit_event where action = 'activityItem.import' order by at`,
    );
    expect(audit).toHaveLength(2);
  });

  it('keeps a department admin’s import PROPOSED and inside the department', async () => {
    const csv = [
      HEADER,
      'DIK.001,Menyusun jadwal ekstrakurikuler,,dokumen,60,MAIN,,DISDIK.06,,tidak',
      'DIK.002,Memelihara server sekolah,,kegiatan,60,MAIN,,DISKOMINFO.02,,tidak',
      'DIK.003,Mengikuti rapat dinas,,kegiatan,60,MAIN,FUNCTIONAL,,,tidak',
      'GURU.001,Menyusun soal ulangan harian,,dokumen,45,MAIN,,DISDIK.04,,tidak',
    ].join('\n');
    const res = await t.as(eduAdmin, IMPORT, { file: csv, format: 'CSV' });
    const report = res.data?.importActivityItems;
    expect(report.ok).toBe(false);
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([3, 4, 5]);
    expect(report.rejected[0].messages).toEqual([
      'Admin perangkat daerah hanya dapat mengusulkan butir untuk unit atau jabatan di perangkat daerahnya sendiri (tanpa jenis jabatan).',
    ]);
    // A published item of the department: only the agency admin changes it.
    expect(report.rejected[2].messages).toEqual([
      'Butir aktivitas berstatus PUBLISHED hanya dapat diubah oleh admin BKPSDM.',
    ]);

    const ok = await t.as(eduAdmin, IMPORT, {
      file: csv.split('\n').slice(0, 2).join('\n'),
      format: 'CSV',
    });
    expect(ok.data?.importActivityItems).toMatchObject({ ok: true, created: 1 });
    expect((await t.one(`select status from activity_item where code = 'DIK.001'`)).status).toBe(
      'PROPOSED',
    );
    // Staff may not import at all.
    const staff = await t.as(persona.staff, IMPORT, { file: csv, format: 'CSV' });
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('export', () => {
  it('writes the import’s columns, one row per item, as CSV and XLSX', async () => {
    const res = await t.as(persona.agencyAdmin, EXPORT, { format: 'CSV', status: 'PUBLISHED' });
    expect(res.errors).toBeUndefined();
    const file = res.data?.exportActivityItems;
    expect(file.filename).toBe('bank-aktivitas-published.csv');
    expect(file.mimeType).toMatch(/^text\/csv/);
    const lines = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(`${HEADER},position_ids,status`);
    const { n } = await t.one<{ n: string }>(
      `select count(*) as n from activity_item where status = 'PUBLISHED'`,
    );
    expect(lines).toHaveLength(Number(n) + 1);
    expect(Number(n)).toBeGreaterThanOrEqual(150);
    expect(lines).toContain(
      'GURU.001,Menyusun soal ulangan harian,,dokumen,60,MAIN,,"DISDIK.04,DISDIK.05,DISDIK.06","soal,ulangan,uh,penilaian",tidak,,PUBLISHED',
    );

    const xlsx = await t.as(persona.agencyAdmin, EXPORT, { format: 'XLSX' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(xlsx.data?.exportActivityItems.base64, 'base64') as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('code');
    const { all } = await t.one<{ all: string }>('select count(*) as all from activity_item');
    expect(sheet.rowCount).toBe(Number(all) + 1);
  });

  it('limits a department admin to their department', async () => {
    const res = await t.as(eduAdmin, EXPORT, { format: 'CSV' });
    const text = Buffer.from(res.data?.exportActivityItems.base64, 'base64').toString('utf8');
    expect(text).toMatch(/DIK\.001/);
    expect(text).not.toMatch(/UMUM\.001/);
  });
});

describe('round trip', () => {
  it.each(['XLSX', 'CSV'])('export then import (%s) gives the same bank back', async (format) => {
    // A richer bank: a retired item, a rejected one, one scoped to a position.
    await t.sql(`update activity_item set status = 'RETIRED' where code = 'UMUM.031'`);
    await t.sql(
      `update activity_item set status = 'REJECTED', rejection_reason = 'Duplikat' where code = 'DIK.001'`,
    );
    await t.sql(
      `update activity_item set scope_position_ids = array[(select position_id from employee where nip = ?)] where code = 'SDM.001'`,
      [persona.agencyAdmin],
    );
    const original = await bank();
    const exported = await t.as(persona.agencyAdmin, EXPORT, { format });
    const file = exported.data?.exportActivityItems.base64 as string;

    // Change the bank, then bring it back from the file.
    await t.sql(`update activity_item set name = name || ' (diubah)', standard_minutes = standard_minutes + 1,
                   keywords = '{}', scope_unit_ids = '{}', requires_evidence = not requires_evidence`);
    await t.sql(`update activity_item set status = 'PUBLISHED' where code = 'UMUM.031'`);
    const text = format === 'CSV' ? Buffer.from(file, 'base64').toString('utf8') : file;
    const res = await t.as(persona.agencyAdmin, IMPORT, { file: text, format });
    expect(res.data?.importActivityItems).toMatchObject({
      ok: true,
      created: 0,
      updated: original.length,
    });
    expect(await bank()).toEqual(original);
  });
});
