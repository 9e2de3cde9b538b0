/**
 * The work calendar on the demo city: day plans of an office employee and a teacher, Ramadan
 * hours, working days and minutes of a month, pattern inheritance, holiday import, who may change
 * the calendar, and the escalation clock of verification. Clock: Friday 20 November 2026, Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { Factory } from '../../../test/factories.js';
import { CalendarService } from './calendar.service.js';

const NOW = '2026-11-20T10:00:00+07:00';
/** The demo city's only department admin (Dinas Pendidikan). */
const DEPT_ADMIN = '199503202020112402';

let t: TestApp;
let agencyId: string;
let staffId: string;
let teacherId: string;
const unit: Record<'section' | 'school' | 'dinkes' | 'pkmBarat' | 'pkmTimur' | 'kominfo', string> =
  {} as never;

const calendar = () => new CalendarService(t.orm.em.fork(), agencyId);
const unitByCode = async (code: string) =>
  (await t.one<{ id: string }>('select id from org_unit where code = ?', [code])).id;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>("select id from agency where code = 'kota-contoh'")).id;
  staffId = await t.idOf(persona.staff);
  teacherId = (
    await t.one<{ id: string }>(
      `select e.id from employee e join position p on p.id = e.position_id
         join org_unit u on u.id = p.unit_id where u.code = 'DISDIK.04' order by e.nip limit 1`,
    )
  ).id;
  unit.section = (
    await t.one<{ id: string }>(
      'select p.unit_id as id from employee e join position p on p.id = e.position_id where e.id = ?',
      [staffId],
    )
  ).id;
  unit.school = await unitByCode('DISDIK.04');
  unit.dinkes = await unitByCode('DINKES');
  unit.pkmBarat = await unitByCode('DINKES.05');
  unit.pkmTimur = await unitByCode('DINKES.06');
  unit.kominfo = await unitByCode('DISKOMINFO');
});
afterAll(() => t.close());

const WORKING_MONTH = `query($u: ID!, $m: String!) { workingDays(unitId: $u, month: $m) { month days count workingMinutes } }`;
async function month(unitId: string, m: string, nip: string = persona.staff) {
  const res = await t.as(nip, WORKING_MONTH, { u: unitId, m });
  expect(res.errors).toBeUndefined();
  return res.data!.workingDays as { days: string[]; count: number; workingMinutes: number };
}

describe('dayPlans', () => {
  it('plans the week of Kenaikan Yesus Kristus for an office employee and a teacher', async () => {
    // Mon 11 – Sun 17 May 2026: Thu 14 is a national holiday, Fri 15 collective leave, Sat 16 a
    // school day only.
    const plans = await calendar().dayPlans([staffId, teacherId], '2026-05-11', '2026-05-17');
    const of = (id: string) =>
      plans
        .filter((p) => p.employeeId === id)
        .map((p) => [p.date, p.dayKind, p.start, p.end, p.breakMinutes, p.netMinutes]);
    expect(of(staffId)).toEqual([
      ['2026-05-11', 'WORKDAY', '07:30', '16:00', 60, 450],
      ['2026-05-12', 'WORKDAY', '07:30', '16:00', 60, 450],
      ['2026-05-13', 'WORKDAY', '07:30', '16:00', 60, 450],
      ['2026-05-14', 'HOLIDAY', null, null, 0, 0],
      ['2026-05-15', 'COLLECTIVE_LEAVE', null, null, 0, 0],
      ['2026-05-16', 'WEEKEND', null, null, 0, 0],
      ['2026-05-17', 'WEEKEND', null, null, 0, 0],
    ]);
    expect(of(teacherId)).toEqual([
      ['2026-05-11', 'WORKDAY', '07:00', '13:30', 0, 390],
      ['2026-05-12', 'WORKDAY', '07:00', '13:30', 0, 390],
      ['2026-05-13', 'WORKDAY', '07:00', '13:30', 0, 390],
      ['2026-05-14', 'HOLIDAY', null, null, 0, 0],
      ['2026-05-15', 'COLLECTIVE_LEAVE', null, null, 0, 0],
      ['2026-05-16', 'WORKDAY', '07:00', '12:30', 0, 330],
      ['2026-05-17', 'WEEKEND', null, null, 0, 0],
    ]);
    const holiday = plans.find((p) => p.employeeId === staffId && p.date === '2026-05-14');
    expect(holiday?.holidayName).toBe('Kenaikan Yesus Kristus');
  });

  it('keeps a holiday on a day off a weekend (with its name); on a school Saturday it is a holiday', async () => {
    // Sun 31 May: Waisak. Sat 21 March: Idul Fitri.
    const plans = await calendar().dayPlans([staffId, teacherId], '2026-03-21', '2026-03-21');
    expect(plans.map((p) => [p.employeeId, p.dayKind])).toEqual(
      expect.arrayContaining([
        [staffId, 'WEEKEND'],
        [teacherId, 'HOLIDAY'],
      ]),
    );
    const [waisak] = await calendar().dayPlans([staffId], '2026-05-31', '2026-05-31');
    expect(waisak).toMatchObject({
      dayKind: 'WEEKEND',
      holidayName: 'Hari Raya Waisak 2570 BE',
      netMinutes: 0,
    });
  });

  it('uses Ramadan hours for office units only', async () => {
    // Mon 2 and Fri 6 March 2026 are in Ramadan 1447 H (18 Feb – 19 Mar).
    const plans = await calendar().dayPlans([staffId, teacherId], '2026-03-02', '2026-03-06');
    const day = (id: string, date: string) =>
      plans.find((p) => p.employeeId === id && p.date === date);
    expect(day(staffId, '2026-03-02')).toMatchObject({
      start: '08:00',
      end: '15:00',
      breakMinutes: 30,
      netMinutes: 390,
    });
    expect(day(staffId, '2026-03-06')).toMatchObject({
      start: '08:00',
      end: '15:30',
      breakMinutes: 60,
      netMinutes: 390,
    });
    expect(day(teacherId, '2026-03-02')).toMatchObject({
      start: '07:00',
      end: '13:30',
      netMinutes: 390,
    });
    // The day after Ramadan hours end … is a collective leave day; Wed 25 March is back to normal.
    const [after] = await calendar().dayPlans([staffId], '2026-03-25', '2026-03-25');
    expect(after).toMatchObject({ start: '07:30', end: '16:00', netMinutes: 450 });
  });

  it('sends one statement whatever the number of employees and days', async () => {
    const many = (await t.sql<{ id: string }>('select id from employee')).map((r) => r.id);
    expect(many.length).toBeGreaterThan(200);
    const small = await t.countStatements(() =>
      calendar().dayPlans([staffId], '2026-11-02', '2026-11-02'),
    );
    let rows = 0;
    const big = await t.countStatements(async () => {
      rows = (await calendar().dayPlans(many, '2026-11-01', '2026-11-30')).length;
    });
    expect(small.count).toBe(1);
    expect(big.count).toBe(1);
    expect(rows).toBe(many.length * 30);
  });

  it('gives no plans for ids of another agency and refuses bad ranges', async () => {
    const em = t.orm.em.fork();
    const other = await Factory.agency(em);
    const u = await other.unit('Dinas Lain');
    const e = await other.employee('Orang Lain', await other.position('Kepala', u));
    expect(await calendar().dayPlans([e.id], '2026-11-02', '2026-11-06')).toEqual([]);
    // Their own calendar has no pattern configured: the national default applies.
    const theirs = await new CalendarService(t.orm.em.fork(), other.agency.id).dayPlans(
      [e.id],
      '2026-11-06',
      '2026-11-07',
    );
    expect(theirs.map((p) => [p.dayKind, p.start, p.end, p.netMinutes])).toEqual([
      ['WORKDAY', '07:30', '16:30', 450],
      ['WEEKEND', null, null, 0],
    ]);
    await expect(calendar().dayPlans([staffId], '2026-11-10', '2026-11-01')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(calendar().dayPlans([staffId], '2026-01-01', '2027-06-01')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('working days of a month', () => {
  it('counts November 2026: no holidays', async () => {
    // 21 weekdays (2–6, 9–13, 16–20, 23–27, 30) × 450 = 9,450.
    const office = await month(unit.section, '2026-11');
    expect(office.count).toBe(21);
    expect(office.workingMinutes).toBe(9450);
    expect(office.days[0]).toBe('2026-11-02');
    // School: 21 weekdays + 4 Saturdays = 25; Mon–Thu 17 × 390 + Fri 4 × 240 + Sat 4 × 330 = 8,910.
    const school = await month(unit.school, '2026-11');
    expect(school.count).toBe(25);
    expect(school.workingMinutes).toBe(8910);
    const svc = calendar();
    expect(await svc.workingDays(unit.section, '2026-11')).toEqual(office.days);
    expect(await svc.workingMinutes(unit.school, '2026-11')).toBe(8910);
  });

  it('counts March 2026: Ramadan, Nyepi, Idul Fitri and collective leave', async () => {
    // 22 weekdays minus 18 (CB), 19 (Nyepi), 20 (CB), 23, 24 (CB) = 17; Ramadan hours through the
    // 19th: 2–6, 9–13, 16–17 = 12 × 390 = 4,680; then 25–27, 30–31 = 5 × 450 = 2,250; 6,930.
    const office = await month(unit.section, '2026-03');
    expect(office.count).toBe(17);
    expect(office.workingMinutes).toBe(6930);
    // School (no Ramadan change): 26 days Mon–Sat minus 18, 19, 20, 21 (Sat, Idul Fitri), 23, 24
    // = 20; Mon 4 + Tue 4 + Wed 3 + Thu 3 = 14 × 390 = 5,460, Fri 3 × 240 = 720, Sat 3 × 330 = 990:
    // 7,170.
    const school = await month(unit.school, '2026-03');
    expect(school.count).toBe(20);
    expect(school.workingMinutes).toBe(7170);
  });

  it('refuses a bad month and an unknown unit', async () => {
    const bad = await t.as(persona.staff, WORKING_MONTH, { u: unit.section, m: '2026-13' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const missing = await t.as(persona.staff, WORKING_MONTH, {
      u: '00000000-0000-4000-8000-000000000000',
      m: '2026-11',
    });
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('the verification escalation clock', () => {
  it('skips holidays and collective leave', async () => {
    // After Fri 8 May up to Mon 18 May: 11, 12, 13, 18 (14 holiday, 15 collective leave) = 4.
    const row = await t.one<{ n: number }>(
      `select working_days_between(?, '2026-05-08', '2026-05-18') as n`,
      [agencyId],
    );
    expect(row.n).toBe(4);
    const nov = await t.one<{ n: number }>(
      `select working_days_between(?, '2026-11-13', '2026-11-20') as n`,
      [agencyId],
    );
    expect(nov.n).toBe(5);
  });
});

const CREATE_PATTERN = `mutation($i: WorkPatternInput!) { createWorkPattern(input: $i) { id code isDefault days { weekday start end breakMinutes netMinutes } } }`;
const SET_UNIT = `mutation($u: ID!, $p: ID) { setUnitWorkPattern(unitId: $u, patternId: $p) { id workPattern { code } } }`;
const fourDays = (code: string) => ({
  code,
  name: `Empat hari ${code}`,
  days: [1, 2, 3, 4].map((weekday) => ({
    weekday,
    start: '07:00',
    end: '17:00',
    breakMinutes: 60,
  })),
});

describe('patterns through the unit tree', () => {
  it('inherits the nearest pattern up the tree, and the default at the top', async () => {
    const created = await t.as(persona.agencyAdmin, CREATE_PATTERN, { i: fourDays('empat-hari') });
    expect(created.errors).toBeUndefined();
    const pattern = created.data!.createWorkPattern;
    expect(pattern.days[0]).toEqual({
      weekday: 1,
      start: '07:00',
      end: '17:00',
      breakMinutes: 60,
      netMinutes: 540,
    });
    const school = (
      await t.one<{ id: string }>("select id from work_pattern where code = 'sekolah-6-hari'")
    ).id;

    expect(
      (await t.as(persona.agencyAdmin, SET_UNIT, { u: unit.dinkes, p: pattern.id })).data
        ?.setUnitWorkPattern.workPattern.code,
    ).toBe('empat-hari');
    await t.as(persona.agencyAdmin, SET_UNIT, { u: unit.pkmBarat, p: school });
    // November 2026: Mon–Thu = 17 days; Mon–Sat = 25; Mon–Fri = 21.
    expect((await month(unit.pkmTimur, '2026-11')).count).toBe(17);
    expect((await month(unit.dinkes, '2026-11')).count).toBe(17);
    expect((await month(unit.pkmBarat, '2026-11')).count).toBe(25);
    expect((await month(unit.kominfo, '2026-11')).count).toBe(21);

    await t.as(persona.agencyAdmin, SET_UNIT, { u: unit.dinkes, p: null });
    expect((await month(unit.pkmTimur, '2026-11')).count).toBe(21);
    expect((await month(unit.pkmBarat, '2026-11')).count).toBe(25);
    await t.as(persona.agencyAdmin, SET_UNIT, { u: unit.pkmBarat, p: null });

    const audit = await t.sql(
      `select action from audit_event where action in ('workPattern.create', 'orgUnit.setWorkPattern')`,
    );
    expect(audit.length).toBe(5);
  });

  it('lists the units that have each pattern as their own, in two more statements', async () => {
    const read = (fields: string) => t.as(persona.staff, `{ workPatterns { code ${fields} } }`);
    await read('isDefault'); // signs in
    const without = await t.countStatements(() => read('days { weekday }'));
    const withUnits = await t.countStatements(() => read('days { weekday } units { name }'));
    expect(withUnits.count - without.count).toBe(2);
    const res = await read('units { name }');
    expect(res.errors).toBeUndefined();
    const units = Object.fromEntries(
      (res.data!.workPatterns as { code: string; units: { name: string }[] }[]).map((p) => [
        p.code,
        p.units.map((u) => u.name),
      ]),
    );
    // The default is inherited, never set on a unit; the schools have theirs set.
    expect(units['kantor-5-hari']).toEqual([]);
    expect(units['sekolah-6-hari']).toEqual([
      'SD Negeri 1 Contoh',
      'SMP Negeri 1 Contoh',
      'SMP Negeri 2 Contoh',
    ]);
  });

  it('validates days, codes, the default and use', async () => {
    const bad = await t.as(persona.agencyAdmin, CREATE_PATTERN, {
      i: { ...fourDays('rusak'), days: [{ weekday: 1, start: '16:00', end: '08:00' }] },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const dup = await t.as(persona.agencyAdmin, CREATE_PATTERN, { i: fourDays('kantor-5-hari') });
    expect(dup.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const school = (
      await t.one<{ id: string }>("select id from work_pattern where code = 'sekolah-6-hari'")
    ).id;
    const inUse = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!) { deleteWorkPattern(id: $id) }`,
      { id: school },
    );
    expect(inUse.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(inUse.errors?.[0]?.message).toContain('3 unit');

    // A new default takes over; the old one is not default any more.
    const made = await t.as(persona.agencyAdmin, CREATE_PATTERN, {
      i: { ...fourDays('baru-default'), isDefault: true },
    });
    expect(made.data?.createWorkPattern.isDefault).toBe(true);
    const list = await t.as(persona.staff, `{ workPatterns { code isDefault } }`);
    expect(list.data?.workPatterns.filter((p: { isDefault: boolean }) => p.isDefault)).toEqual([
      { code: 'baru-default', isDefault: true },
    ]);
    const office = (
      await t.one<{ id: string }>("select id from work_pattern where code = 'kantor-5-hari'")
    ).id;
    await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!, $i: WorkPatternInput!) { updateWorkPattern(id: $id, input: $i) { isDefault } }`,
      {
        id: office,
        i: {
          code: 'kantor-5-hari',
          name: 'Kantor, 5 hari kerja',
          isDefault: true,
          days: [1, 2, 3, 4]
            .map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 }))
            .concat([{ weekday: 5, start: '07:30', end: '16:30', breakMinutes: 90 }]),
        },
      },
    );
    const removed = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!) { deleteWorkPattern(id: $id) }`,
      { id: made.data!.createWorkPattern.id },
    );
    expect(removed.data?.deleteWorkPattern).toBe(true);
    expect((await month(unit.section, '2026-11')).workingMinutes).toBe(9450);
  });
});

describe('holidays', () => {
  const IMPORT = `mutation($csv: String!) { importHolidays(csv: $csv) { ok created updated rejected { line date messages } } }`;

  it('lists a year', async () => {
    const res = await t.as(persona.staff, `{ holidays(year: 2026) { date name kind } }`);
    expect(res.data?.holidays).toHaveLength(25);
    expect(res.data?.holidays[0]).toEqual({
      date: '2026-01-01',
      name: 'Tahun Baru 2026 Masehi',
      kind: 'NATIONAL',
    });
  });

  it('imports all or nothing, upserting by date', async () => {
    const bad = await t.as(
      persona.agencyAdmin,
      IMPORT,
      {
        csv: 'date,name,kind\n2027-01-01,Tahun Baru 2027,LIBUR_NASIONAL\n2027-02-30,Salah,NATIONAL\n2027-03-01,Cuti,LIBURAN\n2027-01-01,Lagi,NATIONAL\n',
      },
      { lang: 'en' },
    );
    expect(bad.errors).toBeUndefined();
    expect(bad.data?.importHolidays.ok).toBe(false);
    expect(bad.data?.importHolidays.rejected.map((r: { line: number }) => r.line)).toEqual([
      3, 4, 5,
    ]);
    expect(bad.data?.importHolidays.rejected[1].messages[0]).toContain('Unknown holiday kind');
    expect(await t.sql(`select 1 from holiday where date >= '2027-01-01'`)).toHaveLength(0);

    const good = await t.as(persona.agencyAdmin, IMPORT, {
      csv: 'date,name,kind\n2027-01-01,Tahun Baru 2027,libur_nasional\n2027-02-05,Cuti Bersama Imlek,CUTI_BERSAMA\n2026-12-24,Cuti Bersama Natal (diubah),COLLECTIVE_LEAVE\n',
    });
    expect(good.data?.importHolidays).toEqual({ ok: true, created: 2, updated: 1, rejected: [] });
    const rows = await t.sql(
      `select to_char(date, 'YYYY-MM-DD') as date, name, kind::text from holiday where date >= '2026-12-24' order by date`,
    );
    expect(rows.map((r) => [r.date, r.kind])).toEqual([
      ['2026-12-24', 'COLLECTIVE_LEAVE'],
      ['2026-12-25', 'NATIONAL'],
      ['2027-01-01', 'NATIONAL'],
      ['2027-02-05', 'COLLECTIVE_LEAVE'],
    ]);
    expect(rows[0]!.name).toBe('Cuti Bersama Natal (diubah)');
  });

  it('creates and deletes one, refusing a taken date', async () => {
    const CREATE = `mutation($i: HolidayInput!) { createHoliday(input: $i) { date name kind } }`;
    const i = { date: '2026-11-25', name: 'Hari Guru (contoh)', kind: 'NATIONAL' };
    expect((await t.as(persona.agencyAdmin, CREATE, { i })).data?.createHoliday).toEqual(i);
    expect((await t.as(persona.agencyAdmin, CREATE, { i })).errors?.[0]?.extensions.code).toBe(
      'CONFLICT',
    );
    expect((await month(unit.section, '2026-11')).count).toBe(20);
    const del = `mutation($d: LocalDate!) { deleteHoliday(date: $d) }`;
    expect((await t.as(persona.agencyAdmin, del, { d: '2026-11-25' })).data?.deleteHoliday).toBe(
      true,
    );
    expect(
      (await t.as(persona.agencyAdmin, del, { d: '2026-11-25' })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
  });
});

describe('special periods', () => {
  it('creates, lists and deletes one for all units', async () => {
    const ramadan = (
      await t.one<{ id: string }>("select id from work_pattern where code = 'ramadan-kantor'")
    ).id;
    const created = await t.as(
      persona.agencyAdmin,
      `mutation($i: SpecialPeriodInput!) { createSpecialPeriod(input: $i) { id name basePattern { code } pattern { code } } }`,
      {
        i: {
          name: 'Jam khusus',
          startDate: '2026-11-23',
          endDate: '2026-11-28',
          patternId: ramadan,
        },
      },
    );
    expect(created.data?.createSpecialPeriod).toMatchObject({
      basePattern: null,
      pattern: { code: 'ramadan-kantor' },
    });
    // The week of 23 November: 5 days × 390 instead of 450 for the office, 5 × 390 for schools Mon–Fri.
    expect((await month(unit.section, '2026-11')).workingMinutes).toBe(9450 - 5 * 60);
    const school = await month(unit.school, '2026-11');
    expect(school.count).toBe(24); // Saturday 28 is not in the Ramadan pattern
    const list = await t.as(
      persona.staff,
      `{ specialPeriods(year: 2026) { name startDate endDate } }`,
    );
    expect(list.data?.specialPeriods.map((s: { name: string }) => s.name)).toEqual([
      'Ramadan 1447 H',
      'Jam khusus',
    ]);
    const del = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!) { deleteSpecialPeriod(id: $id) }`,
      { id: created.data!.createSpecialPeriod.id },
    );
    expect(del.data?.deleteSpecialPeriod).toBe(true);
    expect((await month(unit.school, '2026-11')).count).toBe(25);
  });
});

describe('who may change the calendar', () => {
  const ops = (ids: {
    pattern: string;
    unit: string;
    period: string;
  }): [string, Record<string, unknown>][] => [
    [CREATE_PATTERN, { i: fourDays('tidak-boleh') }],
    [
      `mutation($id: ID!, $i: WorkPatternInput!) { updateWorkPattern(id: $id, input: $i) { id } }`,
      { id: ids.pattern, i: fourDays('tidak-boleh') },
    ],
    [`mutation($id: ID!) { deleteWorkPattern(id: $id) }`, { id: ids.pattern }],
    [SET_UNIT, { u: ids.unit, p: ids.pattern }],
    [
      `mutation($i: SpecialPeriodInput!) { createSpecialPeriod(input: $i) { id } }`,
      { i: { name: 'X', startDate: '2026-12-01', endDate: '2026-12-02', patternId: ids.pattern } },
    ],
    [`mutation($id: ID!) { deleteSpecialPeriod(id: $id) }`, { id: ids.period }],
    [
      `mutation($i: HolidayInput!) { createHoliday(input: $i) { date } }`,
      { i: { date: '2026-12-31', name: 'Tidak', kind: 'NATIONAL' } },
    ],
    [`mutation($d: LocalDate!) { deleteHoliday(date: $d) }`, { d: '2026-12-25' }],
    [
      `mutation($csv: String!) { importHolidays(csv: $csv) { ok } }`,
      { csv: 'date,name,kind\n2026-12-31,Tidak,NATIONAL\n' },
    ],
  ];

  it('refuses staff, the Sekda and department admins (but for units of their department)', async () => {
    const ids = {
      pattern: (
        await t.one<{ id: string }>("select id from work_pattern where code = 'sekolah-6-hari'")
      ).id,
      unit: unit.school,
      period: (await t.one<{ id: string }>('select id from special_period limit 1')).id,
    };
    for (const nip of [persona.staff, persona.sekda]) {
      for (const [op, vars] of ops(ids)) {
        const res = await t.as(nip, op, vars);
        expect(res.errors?.[0]?.extensions.code, `${nip} ${op}`).toBe('FORBIDDEN');
      }
    }
    for (const [op, vars] of ops(ids)) {
      const res = await t.as(DEPT_ADMIN, op, vars);
      if (op === SET_UNIT) expect(res.errors, op).toBeUndefined();
      else expect(res.errors?.[0]?.extensions.code, op).toBe('FORBIDDEN');
    }
    const outside = await t.as(DEPT_ADMIN, SET_UNIT, { u: unit.kominfo, p: ids.pattern });
    expect(outside.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await t.sql(`select 1 from holiday where date = '2026-12-31'`)).toHaveLength(0);
  });

  it('does not find ids of another agency', async () => {
    const em = t.orm.em.fork();
    const other = await Factory.agency(em);
    const u = await other.unit('Dinas Lain');
    const office = (
      await t.one<{ id: string }>("select id from work_pattern where code = 'kantor-5-hari'")
    ).id;
    const res = await t.as(persona.agencyAdmin, SET_UNIT, { u: u.id, p: office });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const month2 = await t.as(persona.staff, WORKING_MONTH, { u: u.id, m: '2026-11' });
    expect(month2.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
