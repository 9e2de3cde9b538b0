/**
 * The executive's department view on the demo city, with two small departments of our own whose
 * month (November 2026) is arranged in SQL so every figure can be checked by hand. The clock is
 * fixed on Saturday 5 December 2026, 10:00 in Jakarta: November is over.
 *
 * Dinas Uji (DEPARTMENT) — the head H (class 12) — Seksi Uji (SECTION): A, B (class 7) and C
 * (override Rp 1,000,000). Every working day of November: H approved 350 min, A 400, B 175, C none
 * (two entries still submitted, on 20 and 25 November). Attendance on time every working day for
 * H, A and C (A 22 minutes late once: TL1), none for B (TK every day).
 *   achievement H 100, A 100, B 50.00, C 0 → mean 62.50, 2 of 4 meet the target (50.00 %)
 *   discipline H 100, A 99.50, B 0, C 100 → mean 74.875 → 74.88
 *   TPP (60/40): H 5,674,846 + 3,783,230 = 9,458,076; A 2,352,578 + 1,560,544 = 3,913,122;
 *   B 1,176,289 + 0 = 1,176,289; C 0 + 400,000 = 400,000 → total 14,947,487;
 *   budget 9,458,076 + 2 × 3,920,964 + 1,000,000 = 18,300,004
 *   pending 2, the oldest submitted 20 November → 15 days
 * Dinas Uji Dua: one person, 350 approved every working day, on time → achievement 100.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { EntryFixtures } from '../../../test/entry-fixtures.js';

const NOW = '2026-12-05T10:00:00+07:00';
const MAYOR = '197108171997031001';

const FIGURES = `unitId code name kind headCount meetingTargetCount shareMeetingTarget meanAchievement
  meanDiscipline pendingEntries oldestPendingAgeDays tppTotal tppBudget tppShareOfBudget approvedMinutes
  workingMinutes workloadPercent rank distribution { label count }
  trend { month fromSnapshot headCount meanAchievement meanDiscipline shareMeetingTarget tppTotal }`;
const DEPARTMENTS = `query($period: String!) { departmentPerformance(period: $period) {
  period fromSnapshot agency { ${FIGURES} } departments { ${FIGURES} }
  ranking { rank unitId name meanAchievement } distribution { label count } } }`;
const UNIT = `query($period: String!, $unitId: ID!) { unitPerformance(period: $period, unitId: $unitId) {
  period fromSnapshot unit { ${FIGURES} } children { ${FIGURES} } ranking { rank unitId }
  people { employeeId name nip positionName achievement discipline meetsTarget pendingEntries
           targetMinutes countedMinutes tppTotal } } }`;
const EXPORT = `query($period: String!, $format: SpreadsheetFormat!) {
  exportDepartmentPerformance(period: $period, format: $format) { filename mimeType base64 } }`;

interface Figures {
  unitId: string;
  code: string;
  name: string;
  headCount: number;
  meetingTargetCount: number;
  shareMeetingTarget: number | null;
  meanAchievement: number | null;
  meanDiscipline: number | null;
  pendingEntries: number;
  oldestPendingAgeDays: number | null;
  tppTotal: number;
  tppBudget: number;
  tppShareOfBudget: number | null;
  approvedMinutes: number;
  workingMinutes: number;
  workloadPercent: number | null;
  rank: number | null;
  distribution: { label: string; count: number }[];
  trend: { month: string; fromSnapshot: boolean; headCount: number; meanAchievement: number }[];
}

let t: TestApp;
let agencyId: string;
let ids: Record<'dept' | 'section' | 'dept2' | 'h' | 'a' | 'b' | 'c' | 'e', string>;
let workingDays: number;
let netMinutes: number;
let deptAdmin: { nip: string; unit: string };

async function unitOf(code: string, name: string, kind: string, parent: string | null) {
  const row = await t.one<{ id: string }>(
    `insert into org_unit (agency_id, id, parent_id, code, name, kind)
     values (?, gen_random_uuid(), coalesce(?::uuid, (select id from org_unit where parent_id is null)), ?, ?, ?::org_unit_kind)
     returning id`,
    [agencyId, parent, code, name, kind],
  );
  return row.id;
}

async function personIn(
  unit: string,
  nip: string,
  name: string,
  jobClass: number,
  override: number | null = null,
) {
  const row = await t.one<{ id: string }>(
    `with pos as (
       insert into position (agency_id, id, unit_id, parent_id, name, kind, job_class, tpp_base_override)
       values (?, gen_random_uuid(), ?, (select position_id from employee where nip = ?), ?, 'EXECUTOR', ?, ?)
       returning id)
     insert into employee (agency_id, id, nip, name, position_id)
     select ?, gen_random_uuid(), ?, ?, id from pos returning id`,
    [agencyId, unit, persona.sekda, `Jabatan ${name}`, jobClass, override, agencyId, nip, name],
  );
  return row.id;
}

/** `minutes` approved every working day of November 2026 (one entry a day). */
async function approvedEveryDay(employeeId: string, minutes: number, itemId: string) {
  await t.sql(
    `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                 credited_minutes, status, submitted_at, decided_at, decision_source)
     select ?, gen_random_uuid(), ?, c.day, '08:00', '15:00', ?, 1, ?, 'APPROVED',
            c.day + time '17:00', c.day + time '18:00', 'SUPERVISOR'
       from work_calendar(?, array[?]::uuid[], '2026-11-01', '2026-11-30') c where c.day_kind = 'WORKDAY'`,
    [agencyId, employeeId, itemId, minutes, agencyId, ids.section],
  );
}

/** A check-in at 07:25 (07:52 on `lateOn`) and a check-out at 16:35 every working day of November. */
async function onTimeEveryDay(employeeId: string, lateOn: string | null = null) {
  await t.sql(
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source,
                                    check_out_at, check_out_in_area, check_out_source)
     select ?, gen_random_uuid(), ?, c.day,
            (c.day + case when c.day = ?::date then time '07:52' else time '07:25' end) at time zone 'Asia/Jakarta',
            true, 'APP', (c.day + time '16:35') at time zone 'Asia/Jakarta', true, 'APP'
       from work_calendar(?, array[?]::uuid[], '2026-11-01', '2026-11-30') c where c.day_kind = 'WORKDAY'`,
    [agencyId, employeeId, lateOn, agencyId, ids.section],
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>('select id from agency')).id;
  const dept = await unitOf('UJI', 'Dinas Uji', 'DEPARTMENT', null);
  const section = await unitOf('UJI.01', 'Seksi Uji', 'SECTION', dept);
  const dept2 = await unitOf('UJI2', 'Dinas Uji Dua', 'DEPARTMENT', null);
  ids = { dept, section, dept2 } as typeof ids;
  ids.h = await personIn(dept, '198001012005011901', 'Hadi Uji', 12);
  ids.a = await personIn(section, '199001012015011902', 'Ani Uji', 7);
  ids.b = await personIn(section, '199001012015011903', 'Budi Uji', 7);
  ids.c = await personIn(section, '199001012015011904', 'Citra Uji', 7, 1_000_000);
  ids.e = await personIn(dept2, '199001012015011905', 'Eka Uji', 7);

  const fx = new EntryFixtures(t.sql, agencyId);
  const item = await fx.item();
  await approvedEveryDay(ids.h, 350, item);
  await approvedEveryDay(ids.a, 400, item);
  await approvedEveryDay(ids.b, 175, item);
  await approvedEveryDay(ids.e, 350, item);
  await fx.entry({
    employeeId: ids.c,
    date: '2026-11-20',
    submittedAt: '2026-11-20T17:00:00+07:00',
  });
  await fx.entry({
    employeeId: ids.c,
    date: '2026-11-25',
    submittedAt: '2026-11-25T17:00:00+07:00',
  });
  await onTimeEveryDay(ids.h);
  await onTimeEveryDay(ids.a, '2026-11-10');
  await onTimeEveryDay(ids.c);
  await onTimeEveryDay(ids.e);

  const cal = await t.one<{ days: number; minutes: number }>(
    `select count(*)::int as days, sum(net_minutes)::int as minutes
       from work_calendar(?, array[?]::uuid[], '2026-11-01', '2026-11-30') where day_kind = 'WORKDAY'`,
    [agencyId, section],
  );
  workingDays = cal.days;
  netMinutes = cal.minutes;
  const admin = await t.one<{ nip: string; admin_unit_id: string }>(
    `select nip, admin_unit_id from employee where 'DEPARTMENT_ADMIN' = any(roles) order by nip limit 1`,
  );
  deptAdmin = { nip: admin.nip, unit: admin.admin_unit_id };
});
afterAll(() => t?.close());

const departments = async (nip: string, period = '2026-11') => {
  const res = await t.as(nip, DEPARTMENTS, { period });
  expect(res.errors).toBeUndefined();
  return res.data!.departmentPerformance as {
    fromSnapshot: boolean;
    agency: Figures | null;
    departments: Figures[];
    ranking: { rank: number; unitId: string; meanAchievement: number }[];
    distribution: { label: string; count: number }[];
  };
};

describe('departmentPerformance', () => {
  it('gives the hand-checked figures of a department', async () => {
    expect(workingDays).toBeGreaterThanOrEqual(19);
    const view = await departments(MAYOR);
    const d = view.departments.find((x) => x.unitId === ids.dept)!;
    expect(d).toMatchObject({
      name: 'Dinas Uji',
      headCount: 4,
      meetingTargetCount: 2,
      shareMeetingTarget: 50,
      meanAchievement: 62.5,
      meanDiscipline: 74.88,
      pendingEntries: 2,
      oldestPendingAgeDays: 15,
      tppTotal: 14_947_487,
      tppBudget: 18_300_004,
      approvedMinutes: (350 + 400 + 175) * workingDays,
      workingMinutes: 4 * netMinutes,
    });
    expect(d.distribution).toEqual([
      { label: '0–60', count: 2 },
      { label: '60–80', count: 0 },
      { label: '80–90', count: 0 },
      { label: '90–100', count: 0 },
      { label: '100', count: 2 },
    ]);
    expect(d.trend.map((m) => m.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(d.trend.at(-1)).toMatchObject({ headCount: 4, meanAchievement: 62.5 });
    // The agency row covers everyone, our people included.
    expect(view.agency!.headCount).toBeGreaterThan(4);
    expect(view.agency!.pendingEntries).toBeGreaterThanOrEqual(2);
  });

  it('lists every department under the root and ranks them by mean achievement', async () => {
    const view = await departments(persona.agencyAdmin);
    const roots = await t.sql<{ id: string }>(
      `select id from org_unit where parent_id = (select id from org_unit where parent_id is null)`,
    );
    expect(view.departments.map((d) => d.unitId).sort()).toEqual(roots.map((r) => r.id).sort());
    expect(view.departments.map((d) => d.name)).toContain('Sekretariat Daerah');
    const means = view.ranking.map((r) => r.meanAchievement);
    expect(means).toEqual([...means].sort((a, b) => b - a));
    const rankOf = (id: string) => view.ranking.find((r) => r.unitId === id)!.rank;
    expect(rankOf(ids.dept2)).toBeLessThan(rankOf(ids.dept));
    expect(rankOf(ids.dept)).toBe(1 + view.ranking.filter((r) => r.meanAchievement > 62.5).length);
    expect(view.departments.find((d) => d.unitId === ids.dept)!.rank).toBe(rankOf(ids.dept));
  });

  it('limits a department admin to their department and refuses everyone else', async () => {
    const view = await departments(deptAdmin.nip);
    expect(view.agency).toBeNull();
    expect(view.departments.map((d) => d.unitId)).toEqual([deptAdmin.unit]);
    for (const nip of [persona.sectionHead, persona.staff, persona.departmentHead]) {
      const res = await t.as(nip, DEPARTMENTS, { period: '2026-11' });
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const bad = await t.as(MAYOR, DEPARTMENTS, { period: '2026-13' }, { lang: 'en' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('2026-13');
  });

  it('reads a closed month from its report snapshots', async () => {
    await t.sql(
      `insert into period (agency_id, id, month, closed, closed_at) values (?, gen_random_uuid(), '2026-10', true, now())
       on conflict (agency_id, month) do update set closed = true`,
      [agencyId],
    );
    await t.sql(
      `insert into report_snapshot (agency_id, month, employee_id, unit_id, data)
       values (?, '2026-10', ?, ?, ?::jsonb)`,
      [
        agencyId,
        ids.a,
        ids.section,
        JSON.stringify({
          version: 1,
          card: {
            achievement: 8000,
            discipline: { discipline: 9000 },
            tpp: { total: 123, base: 456 },
          },
        }),
      ],
    );
    const view = await departments(MAYOR, '2026-10');
    expect(view.fromSnapshot).toBe(true);
    const d = view.departments.find((x) => x.unitId === ids.dept)!;
    expect(d).toMatchObject({
      headCount: 1,
      meanAchievement: 80,
      meanDiscipline: 90,
      tppTotal: 123,
      tppBudget: 456,
      meetingTargetCount: 0,
    });
    const nov = await departments(MAYOR);
    const trend = nov.departments.find((x) => x.unitId === ids.dept)!.trend;
    expect(trend.find((m) => m.month === '2026-10')).toMatchObject({
      fromSnapshot: true,
      headCount: 1,
      meanAchievement: 80,
    });
    expect(trend.at(-1)).toMatchObject({ fromSnapshot: false, headCount: 4 });
  });

  it('costs the same number of statements with twice the departments and people', async () => {
    const run = () =>
      t.countStatements(async () => {
        expect((await t.as(MAYOR, DEPARTMENTS, { period: '2026-11' })).errors).toBeUndefined();
      });
    await t.tokenOf(MAYOR);
    const before = await run();
    await t.sql(`insert into org_unit (agency_id, id, parent_id, code, name, kind)
                 select agency_id, gen_random_uuid(), parent_id, code || '-copy', name || ' (salinan)', kind
                   from org_unit where parent_id = (select id from org_unit where parent_id is null)`);
    await t.sql(`with pos as (
                   insert into position (agency_id, id, unit_id, name, kind, job_class)
                   select agency_id, gen_random_uuid(), id, 'Staf', 'EXECUTOR', 6 from org_unit where code like '%-copy'
                   returning agency_id, id)
                 insert into employee (agency_id, id, nip, name, position_id)
                 select p.agency_id, gen_random_uuid(), '1991010120200' || lpad((row_number() over ())::text, 5, '0'),
                        'Salinan', p.id
                   from pos p cross join generate_series(1, 3) g`);
    const after = await run();
    const view = await departments(MAYOR);
    expect(view.departments.filter((d) => d.name.endsWith('(salinan)')).length).toBeGreaterThan(5);
    expect(after.count).toBe(before.count);
    // the session lookup and the one statement of the figures
    expect(after.sql.filter((s) => s.includes('work_calendar'))).toHaveLength(1);
  });
});

describe('unitPerformance', () => {
  const unit = async (nip: string, unitId: string) =>
    t.as(nip, UNIT, { period: '2026-11', unitId });

  it('drills down into child units and the unit’s own people', async () => {
    const res = await unit(MAYOR, ids.dept);
    expect(res.errors).toBeUndefined();
    const u = res.data!.unitPerformance;
    expect(u.unit).toMatchObject({ headCount: 4, meanAchievement: 62.5, tppTotal: 14_947_487 });
    expect(u.children).toHaveLength(1);
    expect(u.children[0]).toMatchObject({
      unitId: ids.section,
      headCount: 3,
      meetingTargetCount: 1,
      meanAchievement: 50,
      meanDiscipline: 66.5,
      pendingEntries: 2,
      tppTotal: 3_913_122 + 1_176_289 + 400_000,
    });
    expect(u.people).toEqual([
      expect.objectContaining({
        employeeId: ids.h,
        name: 'Hadi Uji',
        achievement: 100,
        discipline: 100,
        meetsTarget: true,
        targetMinutes: 350 * workingDays,
        countedMinutes: 350 * workingDays,
        tppTotal: 9_458_076,
      }),
    ]);
    const section = (await unit(MAYOR, ids.section)).data!.unitPerformance;
    expect(
      section.people.map((p: { name: string; achievement: number; discipline: number }) => [
        p.name,
        p.achievement,
        p.discipline,
      ]),
    ).toEqual([
      ['Ani Uji', 100, 99.5],
      ['Budi Uji', 50, 0],
      ['Citra Uji', 0, 100],
    ]);
    expect(section.people[2]).toMatchObject({ pendingEntries: 2, tppTotal: 400_000 });
  });

  it('lets a department admin into their own units only', async () => {
    const own = await unit(deptAdmin.nip, deptAdmin.unit);
    expect(own.errors).toBeUndefined();
    const other = await unit(deptAdmin.nip, ids.dept);
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await unit(persona.staff, ids.dept)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const missing = await unit(MAYOR, '00000000-0000-4000-8000-000000000000');
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('exportDepartmentPerformance', () => {
  const exported = async (nip: string, format: 'CSV' | 'XLSX', lang = 'id') => {
    const res = await t.as(nip, EXPORT, { period: '2026-11', format }, { lang });
    expect(res.errors).toBeUndefined();
    return res.data!.exportDepartmentPerformance as {
      filename: string;
      mimeType: string;
      base64: string;
    };
  };
  const csvRows = (file: { base64: string }) =>
    parse(Buffer.from(file.base64, 'base64').toString('utf8'), { bom: true }) as string[][];
  const percent = (x: number | null) => (x === null ? '' : x.toFixed(2));
  /** What a row of the file must say for figures of the query. */
  const expected = (f: Figures) => [
    f.rank === null ? '' : String(f.rank),
    f.code,
    f.name,
    String(f.headCount),
    String(f.meetingTargetCount),
    percent(f.shareMeetingTarget),
    percent(f.meanAchievement),
    percent(f.meanDiscipline),
    String(f.pendingEntries),
    f.oldestPendingAgeDays === null ? '' : String(f.oldestPendingAgeDays),
    String(f.approvedMinutes),
    String(f.workingMinutes),
    percent(f.workloadPercent),
    String(f.tppTotal),
    String(f.tppBudget),
    percent(f.tppShareOfBudget),
  ];

  it('writes the CSV table of the query: each department, then the whole agency', async () => {
    const file = await exported(MAYOR, 'CSV');
    expect(file).toMatchObject({
      filename: 'kinerja-perangkat-daerah-2026-11.csv',
      mimeType: 'text/csv; charset=utf-8',
    });
    const rows = csvRows(file);
    expect(rows[0]).toEqual([
      'Peringkat',
      'Kode',
      'Perangkat Daerah',
      'Jumlah Pegawai',
      'Memenuhi Target',
      'Memenuhi Target (%)',
      'Rata-rata Capaian (%)',
      'Rata-rata Disiplin (%)',
      'Aktivitas Menunggu Verifikasi',
      'Umur Tertua (hari)',
      'Menit Disetujui',
      'Menit Kerja',
      'Beban Kerja (%)',
      'Total TPP',
      'Pagu TPP',
      'TPP dari Pagu (%)',
    ]);
    const view = await departments(MAYOR);
    expect(rows.slice(1, -1)).toEqual(view.departments.map(expected));
    const agency = view.agency!;
    expect(rows.at(-1)).toEqual(expected({ ...agency, name: `Seluruh instansi: ${agency.name}` }));
    // The hand-checked department, as written in the file.
    const uji = rows.find((r) => r[1] === 'UJI')!;
    expect(uji.slice(2, 10)).toEqual(['Dinas Uji', '4', '2', '50.00', '62.50', '74.88', '2', '15']);
    expect(uji.slice(13, 15)).toEqual(['14947487', '18300004']);
  });

  it('writes the same table as an XLSX workbook, in the caller’s language', async () => {
    const file = await exported(persona.agencyAdmin, 'XLSX', 'en');
    expect(file.filename).toBe('kinerja-perangkat-daerah-2026-11.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Department Performance');
    expect(sheet.getRow(1).getCell(3).value).toBe('Department');
    const view = await departments(persona.agencyAdmin);
    expect(sheet.rowCount).toBe(1 + view.departments.length + 1);
    const uji = view.departments.findIndex((d) => d.unitId === ids.dept);
    const row = sheet.getRow(2 + uji);
    expect(row.getCell(3).value).toBe('Dinas Uji');
    expect(row.getCell(4).value).toBe(4);
    expect(row.getCell(7).value).toBe('62.50');
    expect(row.getCell(14).value).toBe(14_947_487);
    expect(sheet.getRow(sheet.rowCount).getCell(3).value).toBe(
      `Whole agency: ${view.agency!.name}`,
    );
  });

  it('gives a department admin their department only, and refuses everyone else', async () => {
    const rows = csvRows(await exported(deptAdmin.nip, 'CSV'));
    const view = await departments(deptAdmin.nip);
    expect(rows).toHaveLength(2);
    expect(rows[1]![2]).toBe(view.departments[0]!.name);
    for (const nip of [persona.staff, persona.sectionHead, persona.departmentHead]) {
      const res = await t.as(nip, EXPORT, { period: '2026-11', format: 'CSV' });
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const bad = await t.as(MAYOR, EXPORT, { period: '2026-13', format: 'CSV' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('costs the statements of the table itself', async () => {
    const table = await t.countStatements(async () => {
      expect((await t.as(MAYOR, DEPARTMENTS, { period: '2026-11' })).errors).toBeUndefined();
    });
    const file = await t.countStatements(async () => {
      await exported(MAYOR, 'XLSX');
    });
    expect(file.count).toBe(table.count);
  });
});
