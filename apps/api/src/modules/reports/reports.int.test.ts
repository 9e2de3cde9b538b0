/**
 * Report cards, team reports and the TPP recap through GraphQL: rules.md's worked examples 1–3 end
 * to end (test/report-fixtures.ts builds them in August 2026, 21 working days), who may read what,
 * the recap's files, and the statements each read costs. The clock is 2026-09-05 10:00 (Jakarta):
 * August is over but not closed, so its reports are live.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import {
  MONTH,
  PASSWORD,
  REPORT,
  workedExamples,
  type ExampleUnit,
} from '../../../test/report-fixtures.js';

let t: TestApp;
let ex: ExampleUnit;
let staffId: string;
let staffUnitId: string;
let staffDepartmentId: string;
let otherDepartmentId: string;
let peerNip: string;
let deptAdminNip: string;
let otherDeptAdminNip: string;

const TEAM = `query($period: String!, $unitId: ID!) { teamReport(period: $period, unitId: $unitId) {
  period unitId frozen rows { employeeId name nip unitId unitName achievement discipline predicate tppTotal } } }`;
const RECAP = `query($period: String!, $unitId: ID) { tppRecap(period: $period, unitId: $unitId) {
  period frozen rows { employeeId nip name positionName jobClass unitId unitName base proratedBase achievement
                       discipline performancePart disciplinePart otherCuts total }
  units { unitId unitName employees base performancePart disciplinePart otherCuts total }
  total { employees base proratedBase performancePart disciplinePart otherCuts total } } }`;
const EXPORT = `query($period: String!, $unitId: ID, $format: SpreadsheetFormat!) {
  exportTppRecap(period: $period, unitId: $unitId, format: $format) { filename mimeType base64 } }`;

const report = (nip: string, employeeId: string, lang?: string) =>
  t.as(nip, REPORT, { employeeId, period: MONTH }, lang ? { lang } : {});

beforeAll(async () => {
  t = await createTestApp({ now: '2026-09-05T10:00:00+07:00' });
  ex = await workedExamples(t);
  staffId = await t.idOf(persona.staff);
  ({ unit_id: staffUnitId } = await t.one(
    `select p.unit_id from employee e join position p on p.id = e.position_id where e.id = ?`,
    [staffId],
  ));
  // The staff member's department: the unit right under the root above their unit.
  ({ id: staffDepartmentId } = await t.one(
    `with recursive up(id, parent_id) as (
       select id, parent_id from org_unit where id = ?
       union all select o.id, o.parent_id from up join org_unit o on o.id = up.parent_id)
     select u.id from up u join org_unit r on r.id = u.parent_id where r.parent_id is null`,
    [staffUnitId],
  ));
  ({ id: otherDepartmentId } = await t.one(
    `select id from org_unit where parent_id = (select id from org_unit where parent_id is null)
        and id <> ? and kind = 'DEPARTMENT' order by code limit 1`,
    [staffDepartmentId],
  ));
  ({ nip: peerNip } = await t.one(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.parent_id = (select p2.parent_id from employee s join position p2 on p2.id = s.position_id where s.id = ?)
        and e.id <> ? and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
    [staffId, staffId],
  ));
  // Department admins: one of the staff member's department, one of another.
  const admins = await t.sql<{ nip: string; admin_unit_id: string }>(
    `update employee set roles = '{EMPLOYEE,DEPARTMENT_ADMIN}', admin_unit_id = x.unit
       from (values (?::text, ?::uuid), (?::text, ?::uuid)) as x(nip, unit)
      where employee.nip = x.nip returning employee.nip, employee.admin_unit_id`,
    [ex.head.nip, staffDepartmentId, ex.two.nip, otherDepartmentId],
  );
  expect(admins).toHaveLength(2);
  deptAdminNip = ex.head.nip;
  otherDeptAdminNip = ex.two.nip;
  for (const nip of [
    persona.staff,
    persona.sectionHead,
    persona.sekda,
    persona.agencyAdmin,
    peerNip,
  ])
    await t.tokenOf(nip);
  for (const nip of [ex.head.nip, ex.one.nip, ex.two.nip, ex.three.nip])
    await t.tokenOf(nip, PASSWORD);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('monthlyReport: the worked examples of rules.md', () => {
  it('example 1: 21 working days, main 6,900 + additional 600, TL1 ×2, TL3, PSW2 → Rp 3,869,991', async () => {
    const res = await report(persona.agencyAdmin, ex.one.id);
    expect(res.errors).toBeUndefined();
    const r = res.data!.monthlyReport;
    expect(r).toMatchObject({
      period: MONTH,
      approvedMainMinutes: 6900,
      approvedAdditionalMinutes: 600,
      countedAdditionalMinutes: 600,
      targetMinutes: 7350,
      excusedMinutes: 0,
      achievement: 100,
      discipline: 96.75,
      iki: null,
      skp: null,
      behaviour: null,
      peerPercentile: null,
      workResultRating: 'AS_EXPECTED',
      behaviourRating: 'AS_EXPECTED',
      predicate: 'BAIK',
      negativeActivities: { count: 1, minutes: 30 },
      tpp: {
        base: 3920964,
        proratedBase: 3920964,
        performancePart: 2352578,
        disciplinePart: 1517413,
        otherCuts: 0,
        cuts: [],
        total: 3869991,
      },
      frozen: false,
    });
    expect(r.deductions.map((d: { code: string }) => d.code)).toEqual([
      'TL1',
      'TL1',
      'TL3',
      'PSW2',
    ]);
    expect(r.deductions[0]).toMatchObject({ date: '2026-08-04', percent: 0.5 });
    expect(r.computedAt).toBe('2026-09-05T03:00:00.000Z');
    const line = (key: string) => r.explanation.find((l: { key: string }) => l.key === key);
    expect(line('tpp.total')).toMatchObject({ value: '3869991' });
    expect(line('achievement')).toMatchObject({ value: '100.00' });
    expect(line('minutes.main').sources).toHaveLength(20);
    expect(line('target.gross').sources).toHaveLength(21);
  });

  it('example 2: 2 days of annual leave and 1 TK, main 5,600 → 84.21 %, 95.00 %, Rp 3,471,072', async () => {
    const res = await report(persona.agencyAdmin, ex.two.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.monthlyReport).toMatchObject({
      approvedMainMinutes: 5600,
      targetMinutes: 6650,
      excusedMinutes: 700,
      achievement: 84.21,
      discipline: 95,
      deductions: [{ date: '2026-08-13', code: 'TK', percent: 5 }],
      tpp: { performancePart: 1981106, disciplinePart: 1489966, otherCuts: 0, total: 3471072 },
    });
  });

  it('example 3: example 1 with an active sanction of 25 % → cuts 967,498, Rp 2,902,493', async () => {
    const res = await report(persona.agencyAdmin, ex.three.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.monthlyReport.tpp).toMatchObject({
      performancePart: 2352578,
      disciplinePart: 1517413,
      otherCuts: 967498,
      cuts: [{ key: 'tpp.cut.sanction', percent: 25, amount: 967498 }],
      total: 2902493,
    });
  });

  it('explains every figure in Indonesian and in English', async () => {
    const id = (await report(ex.one.nip, ex.one.id)).data!.monthlyReport;
    const en = (await report(ex.one.nip, ex.one.id, 'en')).data!.monthlyReport;
    const text = (r: { explanation: { key: string; text: string }[] }, key: string) =>
      r.explanation.filter((l) => l.key === key).map((l) => l.text);
    expect(text(id, 'tpp.total')).toEqual([
      'TPP Rp 3.869.991 = Rp 2.352.578 + Rp 1.517.413 − Rp 0',
    ]);
    expect(text(en, 'tpp.total')).toEqual([
      'TPP Rp 3,869,991 = Rp 2,352,578 + Rp 1,517,413 − Rp 0',
    ]);
    expect(text(id, 'discipline.deduction')[0]).toBe(
      'TL1 pada 2026-08-04 (terlambat 15 menit): −0,50%',
    );
    expect(text(en, 'discipline')).toEqual([
      'Discipline 96.75% = max(0, 100 − 3.25%) from 4 violations',
    ]);
    expect(text(id, 'predicate')).toEqual([
      'Predikat BAIK (hasil kerja sesuai ekspektasi, perilaku sesuai ekspektasi)',
    ]);
    expect(id.deductions[2].cause).toBe('terlambat 75 menit');
    // Every line is worded by the catalogue (none falls back to scoring's English).
    for (const l of id.explanation as { key: string; text: string }[])
      expect(l.text, l.key).not.toMatch(/^reports\./);
    const sanction = (await report(ex.three.nip, ex.three.id)).data!.monthlyReport;
    expect(text(sanction, 'tpp.cut.sanction')).toEqual(['Hukuman disiplin: 25,00%, Rp 967.498']);
  });
});

describe('monthlyReport: who may read it', () => {
  it('the person, anyone above, admins in scope and executives; not a peer or another department’s admin', async () => {
    const ok = async (nip: string) => {
      const res = await report(nip, staffId);
      expect(res.errors, nip).toBeUndefined();
      expect(res.data!.monthlyReport.employeeId).toBe(staffId);
    };
    const refused = async (nip: string) => {
      const res = await report(nip, staffId);
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
    };
    await ok(persona.staff);
    await ok(persona.sectionHead);
    await ok(persona.departmentHead);
    await ok(persona.sekda);
    await ok(persona.agencyAdmin);
    await ok(deptAdminNip);
    await refused(peerNip);
    await refused(otherDeptAdminNip);
    // Staff read only their own: the section head's card is not theirs to read.
    const up = await t.as(persona.staff, REPORT, {
      employeeId: await t.idOf(persona.sectionHead),
      period: MONTH,
    });
    expect(up.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('NOT_FOUND for an unknown employee, BAD_USER_INPUT for a bad period', async () => {
    const missing = await report(persona.sekda, '00000000-0000-4000-8000-000000000000');
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const bad = await t.as(persona.sekda, REPORT, { employeeId: staffId, period: '2026-13' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('teamReport', () => {
  it('the head of the example unit sees everyone in it, with their TPP', async () => {
    const res = await t.as(ex.head.nip, TEAM, { period: MONTH, unitId: ex.unitId });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.teamReport.rows as {
      name: string;
      tppTotal: number;
      achievement: number;
    }[];
    expect(rows.map((r) => r.name)).toEqual([
      'Contoh Dua',
      'Contoh Satu',
      'Contoh Tiga',
      'Kepala Uji',
    ]);
    expect(rows.map((r) => r.tppTotal).slice(0, 3)).toEqual([3471072, 3869991, 2902493]);
  });

  it('a peer is refused; a section head sees only their subtree', async () => {
    const peer = await t.as(peerNip, TEAM, { period: MONTH, unitId: staffUnitId });
    expect(peer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const head = await t.as(persona.sectionHead, TEAM, {
      period: MONTH,
      unitId: staffDepartmentId,
    });
    expect(head.errors).toBeUndefined();
    const ids = (head.data!.teamReport.rows as { employeeId: string }[]).map((r) => r.employeeId);
    expect(ids).toContain(staffId);
    const sekda = await t.as(persona.sekda, TEAM, { period: MONTH, unitId: staffDepartmentId });
    expect(sekda.data!.teamReport.rows.length).toBeGreaterThan(ids.length);
  });

  it('costs the same statements for a unit of 4 and a department of many (N+1 guard)', async () => {
    const count = (nip: string, unitId: string) =>
      t.countStatements(async () => {
        const res = await t.as(nip, TEAM, { period: MONTH, unitId });
        expect(res.errors).toBeUndefined();
      });
    const small = await count(persona.sekda, ex.unitId);
    const large = await count(persona.sekda, staffDepartmentId);
    expect(large.count).toBe(small.count);
    const smallHead = await count(persona.sectionHead, staffUnitId);
    const largeHead = await count(persona.sectionHead, staffDepartmentId);
    expect(largeHead.count).toBe(smallHead.count);
    expect(largeHead.count).toBeLessThanOrEqual(17);
  });
});

describe('tppRecap', () => {
  it('rows with every component, totals per unit and in all', async () => {
    const res = await t.as(persona.agencyAdmin, RECAP, { period: MONTH, unitId: ex.unitId });
    expect(res.errors).toBeUndefined();
    const recap = res.data!.tppRecap;
    expect(recap.frozen).toBe(false);
    const one = recap.rows.find((r: { employeeId: string }) => r.employeeId === ex.one.id);
    expect(one).toMatchObject({
      nip: ex.one.nip,
      jobClass: 7,
      unitName: 'Seksi Uji Laporan',
      base: 3920964,
      achievement: 100,
      discipline: 96.75,
      performancePart: 2352578,
      disciplinePart: 1517413,
      otherCuts: 0,
      total: 3869991,
    });
    const sum = recap.rows.reduce((s: number, r: { total: number }) => s + r.total, 0);
    expect(recap.units).toHaveLength(1);
    expect(recap.units[0]).toMatchObject({ unitId: ex.unitId, employees: 4, total: sum });
    expect(recap.total).toMatchObject({ employees: 4, total: sum, otherCuts: 967498 });
  });

  it('agency admins and executives: any unit; department admins: their department; staff: none', async () => {
    const run = (nip: string, unitId: string | null) => t.as(nip, RECAP, { period: MONTH, unitId });
    expect((await run(persona.sekda, ex.unitId)).errors).toBeUndefined();
    expect((await run(deptAdminNip, staffUnitId)).errors).toBeUndefined();
    const own = await run(deptAdminNip, null);
    expect(own.errors).toBeUndefined();
    const ids = (own.data!.tppRecap.rows as { employeeId: string }[]).map((r) => r.employeeId);
    expect(ids).toContain(staffId);
    expect(ids).not.toContain(ex.one.id);
    expect((await run(otherDeptAdminNip, staffUnitId)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await run(persona.staff, staffUnitId)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await run(persona.sectionHead, null)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('downloads as CSV and XLSX with the unit’s and the grand total', async () => {
    const csv = await t.as(persona.agencyAdmin, EXPORT, {
      period: MONTH,
      unitId: ex.unitId,
      format: 'CSV',
    });
    expect(csv.errors).toBeUndefined();
    expect(csv.data!.exportTppRecap).toMatchObject({
      filename: 'rekap-tpp-2026-08.csv',
      mimeType: 'text/csv; charset=utf-8',
    });
    const text = Buffer.from(csv.data!.exportTppRecap.base64, 'base64').toString('utf8');
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'NIP',
      'Nama',
      'Jabatan',
      'Kelas Jabatan',
      'Unit Kerja',
      'Basis TPP',
      'Basis Setelah Prorata',
      'Capaian Kinerja (%)',
      'Disiplin (%)',
      'Bagian Kinerja',
      'Bagian Disiplin',
      'Potongan Lain',
      'Total TPP',
    ]);
    const one = rows.find((r) => r[0] === ex.one.nip)!;
    expect(one.slice(3)).toEqual([
      '7',
      'Seksi Uji Laporan',
      '3920964',
      '3920964',
      '100.00',
      '96.75',
      '2352578',
      '1517413',
      '0',
      '3869991',
    ]);
    const total = rows.at(-1)!;
    expect(total[1]).toBe('Jumlah Seluruhnya');
    const people = rows.slice(1).filter((r) => r[0] !== '');
    expect(people).toHaveLength(4);
    expect(Number(total[12])).toBe(people.reduce((s, r) => s + Number(r[12]), 0));
    expect(rows.at(-2)![1]).toBe('Jumlah Seksi Uji Laporan');

    const xlsx = await t.as(
      persona.sekda,
      EXPORT,
      { period: MONTH, unitId: ex.unitId, format: 'XLSX' },
      { lang: 'en' },
    );
    expect(xlsx.errors).toBeUndefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(xlsx.data!.exportTppRecap.base64, 'base64') as unknown as ExcelJS.Buffer,
    );
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('TPP Recap');
    expect(sheet.getRow(1).getCell(13).value).toBe('TPP Total');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(2).value).toBe('Grand Total');
    expect(last.getCell(13).value).toBe(Number(total[12]));
  });

  it('costs the same statements for a unit and for the whole agency (N+1 guard)', async () => {
    const count = (unitId: string | null) =>
      t.countStatements(async () => {
        const res = await t.as(persona.agencyAdmin, RECAP, { period: MONTH, unitId });
        expect(res.errors).toBeUndefined();
      });
    const small = await count(ex.unitId);
    const large = await count(null);
    expect(large.count).toBeLessThanOrEqual(small.count);
  });
});
