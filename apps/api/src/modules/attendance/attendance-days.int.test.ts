/**
 * Day statuses and the month (rules.md, “Attendance and the discipline part”, worked example 5):
 * every status from records, approved requests and the calendar inserted by SQL; who may read a
 * team or a day; and the statements a team costs. The clock is 2026-12-01 09:00, so November is over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

let t: TestApp;
let agencyId: string;
let staff: string;
let peerNip: string;
let unitId: string;
let rootUnitId: string;

const MONTH = `query($month: String!) { myAttendance(month: $month) {
  month discipline excusedHalfDays excusedMinutes deductions { date code percent cause }
  days { date status lateMinutes earlyMinutes leaveKind checkIn checkOut checkInInArea checkOutInArea
         provisional violations { code minutes cause } } } }`;
const TEAM = `query($month: String!, $unitId: ID!) { teamAttendance(month: $month, unitId: $unitId) {
  rows { employee { id name } workingDays presentDays lateCount earlyCount absentCount excusedDays
         awaitingAcceptance discipline } } }`;
const DAY = `query($employeeId: ID!, $date: LocalDate!) { attendanceDay(employeeId: $employeeId, date: $date) {
  date status violations { code cause } record { checkIn { time inArea } checkOut { time } } } }`;

/** A record of the staff member: local HH:mm or null, and whether each check was inside. */
async function record(
  date: string,
  checkIn: string | null,
  checkOut: string | null,
  inArea = [true, true],
) {
  const instant = (hhmm: string | null) => (hhmm ? `${date} ${hhmm}:00+07` : null);
  await t.sql(
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source,
                                    check_out_at, check_out_in_area, check_out_source)
     values (?, gen_random_uuid(), ?, ?, ?::timestamptz, ?, ?::attendance_source, ?::timestamptz, ?, ?::attendance_source)`,
    [
      agencyId,
      staff,
      date,
      instant(checkIn),
      checkIn ? inArea[0] : null,
      checkIn ? 'APP' : null,
      instant(checkOut),
      checkOut ? inArea[1] : null,
      checkOut ? 'APP' : null,
    ],
  );
}

async function leave(kind: string, date: string, times: [string, string] | null = null) {
  await t.sql(
    `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, start_time, end_time, reason, status)
     values (?, gen_random_uuid(), ?, ?::leave_kind, ?, ?, ?::time, ?::time, 'uji', 'APPROVED')`,
    [agencyId, staff, kind, date, date, times?.[0] ?? null, times?.[1] ?? null],
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-12-01T09:00:00+07:00' });
  staff = await t.idOf(persona.staff);
  ({ agency_id: agencyId, unit_id: unitId } = await t.one(
    `select e.agency_id, p.unit_id from employee e join position p on p.id = e.position_id where e.id = ?`,
    [staff],
  ));
  ({ id: rootUnitId } = await t.one(`select id from org_unit where parent_id is null`));
  ({ nip: peerNip } = await t.one(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.parent_id = (select p2.parent_id from employee s join position p2 on p2.id = s.position_id where s.id = ?)
        and e.id <> ? and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
    [staff, staff],
  ));
  await t.sql('delete from leave_request');
  await t.sql(`delete from holiday where date between '2026-11-01' and '2026-11-30'`);
  await t.sql(
    `insert into holiday (agency_id, date, name, kind) values (?, '2026-11-17', 'Hari Uji', 'NATIONAL')`,
    [agencyId],
  );
  await record('2026-11-02', '07:30', '16:00'); // present
  await record('2026-11-03', '07:52', '16:00'); // late 22 → TL1
  await record('2026-11-04', '07:30', '15:10'); // early 50 → PSW2
  // 11-05: nothing → TK
  await record('2026-11-06', '07:52', '15:10'); // Friday 07:30–16:30: TL1 + PSW3 (worked example 5)
  await record('2026-11-09', null, '16:05'); // no check-in → TL4
  await record('2026-11-10', '07:30', null); // no check-out → PSW4
  await leave('ANNUAL', '2026-11-11');
  await leave('SICK', '2026-11-12');
  await leave('OFFICIAL_TRAVEL', '2026-11-13');
  await leave('PERMIT_LATE', '2026-11-16', ['07:30', '09:45']);
  await record('2026-11-16', '09:40', '16:00'); // permit to arrive late: no deduction
  await record('2026-11-18', '07:20', '16:10', [false, true]); // check-in outside → TL4
  await record('2026-11-19', '07:20', '16:10', [false, false]); // both outside → TL4 + PSW4
  // The rest of the month's working days: present.
  await t.sql(
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source,
                                    check_out_at, check_out_in_area, check_out_source)
     select ?, gen_random_uuid(), ?, d::date, (d::date + time '07:20') at time zone 'Asia/Jakarta', true, 'APP',
            (d::date + time '16:40') at time zone 'Asia/Jakarta', true, 'APP'
       from generate_series('2026-11-20'::date, '2026-11-30'::date, interval '1 day') d
      where extract(isodow from d) < 6`,
    [agencyId, staff],
  );
});
afterAll(async () => {
  await t?.close();
});

describe('myAttendance', () => {
  it('resolves every day of the month and the discipline', async () => {
    const res = await t.as(persona.staff, MONTH, { month: '2026-11' });
    expect(res.errors).toBeUndefined();
    const month = res.data?.myAttendance;
    const day = (date: string) => month.days.find((d: { date: string }) => d.date === date);
    expect(month.days).toHaveLength(30);
    expect(day('2026-11-02')).toMatchObject({
      status: 'PRESENT',
      violations: [],
      checkIn: '07:30',
    });
    expect(day('2026-11-03')).toMatchObject({
      status: 'LATE',
      lateMinutes: 22,
      violations: [{ code: 'TL1', minutes: 22, cause: 'terlambat 22 menit' }],
    });
    expect(day('2026-11-04')).toMatchObject({
      status: 'EARLY_LEAVE',
      earlyMinutes: 50,
      violations: [{ code: 'PSW2' }],
    });
    expect(day('2026-11-05')).toMatchObject({ status: 'ABSENT', violations: [{ code: 'TK' }] });
    expect(day('2026-11-06')).toMatchObject({
      status: 'LATE_AND_EARLY_LEAVE',
      lateMinutes: 22,
      earlyMinutes: 80,
      violations: [{ code: 'TL1' }, { code: 'PSW3' }],
    });
    expect(day('2026-11-07')).toMatchObject({ status: 'WEEKEND', violations: [] });
    expect(day('2026-11-09')).toMatchObject({
      status: 'MISSING_CHECK_IN',
      checkIn: null,
      checkOut: '16:05',
      violations: [{ code: 'TL4', minutes: null, cause: 'tidak ada presensi masuk' }],
    });
    expect(day('2026-11-10')).toMatchObject({
      status: 'MISSING_CHECK_OUT',
      violations: [{ code: 'PSW4' }],
    });
    expect(day('2026-11-11')).toMatchObject({
      status: 'ON_LEAVE',
      leaveKind: 'ANNUAL',
      violations: [],
    });
    expect(day('2026-11-12')).toMatchObject({ status: 'SICK', leaveKind: 'SICK' });
    expect(day('2026-11-13')).toMatchObject({
      status: 'OFFICIAL_TRAVEL',
      leaveKind: 'OFFICIAL_TRAVEL',
    });
    expect(day('2026-11-16')).toMatchObject({
      status: 'PRESENT',
      lateMinutes: 130,
      violations: [],
    });
    expect(day('2026-11-17')).toMatchObject({ status: 'HOLIDAY' });
    expect(day('2026-11-18')).toMatchObject({
      status: 'MISSING_CHECK_IN',
      checkInInArea: false,
      violations: [{ code: 'TL4', cause: expect.stringMatching(/07:20 di luar lokasi/) }],
    });
    expect(day('2026-11-19')).toMatchObject({
      status: 'MISSING_BOTH',
      violations: [{ code: 'TL4' }, { code: 'PSW4' }],
    });
    expect(day('2026-11-20')).toMatchObject({ status: 'PRESENT' });
    // 0.5 + 1 + 5 + 0.5 + 1.25 + 1.5 + 1.5 + 1.5 + 1.5 + 1.5 = 15.75
    expect(month.discipline).toBe(84.25);
    // Annual leave and sick leave lower the target by a daily minimum each; official travel does not.
    expect(month.excusedHalfDays).toBe(4);
    expect(month.excusedMinutes).toBe(700);
    expect(month.deductions).toHaveLength(10);
    expect(month.deductions[0]).toEqual({
      date: '2026-11-03',
      code: 'TL1',
      percent: 0.5,
      cause: 'terlambat 22 menit',
    });

    const en = await t.as(persona.staff, MONTH, { month: '2026-11' }, { lang: 'en' });
    expect(en.data?.myAttendance.deductions[0].cause).toBe('late by 22 min');
  });

  it('refuses a malformed month', async () => {
    const res = await t.as(persona.staff, MONTH, { month: '2026-13' });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('attendanceDay', () => {
  it('is for the person, those above them and admins', async () => {
    const vars = { employeeId: staff, date: '2026-11-18' };
    const own = await t.as(persona.staff, DAY, vars);
    expect(own.data?.attendanceDay).toMatchObject({
      status: 'MISSING_CHECK_IN',
      record: { checkIn: { time: '07:20', inArea: false }, checkOut: { time: '16:10' } },
    });
    for (const nip of [persona.sectionHead, persona.agencyAdmin, persona.sekda])
      expect((await t.as(nip, DAY, vars)).errors).toBeUndefined();
    expect((await t.as(peerNip, DAY, vars)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await t.as(persona.sectionHead, DAY, {
      employeeId: '00000000-0000-4000-8000-000000000000',
      date: '2026-11-18',
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(
      (await t.as(persona.staff, DAY, { employeeId: staff, date: '2026-12-02' })).data
        ?.attendanceDay,
    ).toBeNull();
  });
});

describe('teamAttendance', () => {
  it('summarises the month of each person the caller may read', async () => {
    const res = await t.as(persona.sectionHead, TEAM, { month: '2026-11', unitId });
    expect(res.errors).toBeUndefined();
    const row = res.data?.teamAttendance.rows.find(
      (r: { employee: { id: string } }) => r.employee.id === staff,
    );
    expect(row).toMatchObject({
      workingDays: 20,
      lateCount: 5,
      earlyCount: 4,
      absentCount: 1,
      excusedDays: 3,
      discipline: 84.25,
    });
    expect(row.presentDays).toBe(15);
  });

  it('is refused to staff and to people of other departments', async () => {
    expect(
      (await t.as(persona.staff, TEAM, { month: '2026-11', unitId })).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    const { nip: teacher } = await t.one<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
        where p.name like 'Guru%' and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
    );
    expect(
      (await t.as(teacher, TEAM, { month: '2026-11', unitId })).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    const unknown = await t.as(persona.sectionHead, TEAM, {
      month: '2026-11',
      unitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('costs the same statements for a section as for the whole agency', async () => {
    const run = (nip: string, unit: string) =>
      t.countStatements(async () => {
        const res = await t.as(nip, TEAM, { month: '2026-11', unitId: unit });
        expect(res.errors).toBeUndefined();
      });
    await t.tokenOf(persona.agencyAdmin);
    await t.tokenOf(persona.departmentHead);
    const small = await run(persona.agencyAdmin, unitId);
    const large = await run(persona.agencyAdmin, rootUnitId);
    expect(large.count, small.sql.join('\n---\n')).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
    // Through the hierarchy (a department head: relations computed in SQL, batched): constant too.
    const headSmall = await run(persona.departmentHead, unitId);
    const headLarge = await run(persona.departmentHead, rootUnitId);
    expect(headLarge.count).toBe(headSmall.count);
  });
});
