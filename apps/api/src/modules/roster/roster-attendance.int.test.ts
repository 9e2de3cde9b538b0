/**
 * Attendance judged against the roster (issue 10): a night shift crossing midnight on time, late,
 * leaving early the next morning and absent; a next-morning check-out (app and fingerprint)
 * belonging to the previous evening's shift; a rostered day off that is not a working day; and the
 * month's working days and minute target following the roster, beside an unrostered colleague.
 * The demo's night nurse of Puskesmas Contoh Barat, rostered in November 2026 on nights from Monday
 * to Thursday (days off Friday to Sunday); the clock is Friday 2026-11-20 07:30 (Jakarta).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { north, placeOffice, RECORD, selfie } from '../../../test/attendance-fixtures.js';
import { query } from '../../common/sql.js';
import { DEMO_ROSTER_USERS } from '../../db/seed/demo-city.data.js';
import { POLICY_DEFAULTS } from '../department/department.service.js';
import { FIGURES_SQL, figuresParams } from '../department/department.sql.js';

let t: TestApp;
const HEAD = DEMO_ROSTER_USERS.head.nip;
const NURSE = DEMO_ROSTER_USERS.nightNurse.nip;
let agencyId: string;
let unitId: string;
let nurseId: string;
let colleague: { id: string; nip: string };
const LATE_ID = 'terlambat 40 menit';
const LATE_EN = 'late by 40 min';

const MONTH = `query($month: String!) { myAttendance(month: $month) {
  days { date status lateMinutes earlyMinutes checkIn checkOut provisional
         violations { code minutes cause } shift { code start end crossesMidnight } } } }`;
const TEAM = `query($month: String!, $unitId: ID!) { teamAttendance(month: $month, unitId: $unitId) {
  rows { employee { nip } workingDays presentDays lateCount earlyCount absentCount } } }`;
const REPORT = `query($employeeId: ID!, $period: String!) { monthlyReport(employeeId: $employeeId, period: $period) {
  targetMinutes discipline deductions { date code } } }`;
const WORKING = `query($unitId: ID!, $month: String!) { workingDays(unitId: $unitId, month: $month) { count } }`;

/** The nurse's November: nights Monday to Thursday, days off Friday to Sunday. */
const NIGHTS = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
const isNight = (date: string) => [1, 2, 3, 4].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** A record of the nurse with local check times ('YYYY-MM-DD HH:mm'), inside the office. */
async function record(date: string, checkIn: string | null, checkOut: string | null) {
  await t.sql(
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source,
                                    check_out_at, check_out_in_area, check_out_source)
     values (?, gen_random_uuid(), ?, ?, ?::timestamptz, ?, ?::attendance_source, ?::timestamptz, ?, ?::attendance_source)`,
    [
      agencyId,
      nurseId,
      date,
      checkIn ? `${checkIn}:00+07` : null,
      checkIn ? true : null,
      checkIn ? 'APP' : null,
      checkOut ? `${checkOut}:00+07` : null,
      checkOut ? true : null,
      checkOut ? 'APP' : null,
    ],
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-20T07:30:00+07:00' });
  nurseId = await t.idOf(NURSE);
  ({ agency_id: agencyId, unit_id: unitId } = await t.one(
    `select e.agency_id, p.unit_id from employee e join position p on p.id = e.position_id
      where e.id = ? and p.name like 'Perawat%'`,
    [nurseId],
  ));
  colleague = await t.one(
    `select e.id, e.nip from employee e join position p on p.id = e.position_id
      where p.unit_id = ? and p.name like 'Perawat%' and e.id <> ? order by e.nip limit 1`,
    [unitId, nurseId],
  );
  await t.sql('delete from leave_request');
  const shifts: Record<string, string> = {};
  for (const [code, name, start, end] of [
    ['P', 'Pagi', '07:00', '14:00'],
    ['M', 'Malam', '21:00', '07:00'],
  ] as const) {
    const res = await t.as(
      HEAD,
      `mutation($input: ShiftPatternInput!) { createShiftPattern(input: $input) { id } }`,
      { input: { unitId, code, name, start, end } },
    );
    shifts[code] = res.data!.createShiftPattern.id;
  }
  const set = await t.as(
    HEAD,
    `mutation($unitId: ID!, $cells: [RosterCellInput!]!) { setRosterCells(unitId: $unitId, cells: $cells) { saved } }`,
    {
      unitId,
      cells: NIGHTS.map((date) =>
        isNight(date)
          ? { employeeId: nurseId, date, shiftId: shifts.M }
          : { employeeId: nurseId, date, dayOff: true },
      ),
    },
  );
  expect(set.data?.setRosterCells.saved).toBe(30);
  await placeOffice(t, [nurseId]);

  // on time; late; early the next morning; 11-12 absent; the 11-19 night's check-out comes below
  await record('2026-11-09', '2026-11-09 20:55', '2026-11-10 07:05');
  await record('2026-11-10', '2026-11-10 21:40', '2026-11-11 07:10');
  await record('2026-11-11', '2026-11-11 20:50', '2026-11-12 06:00');
  await record('2026-11-19', '2026-11-19 20:58', null);
});
afterAll(() => t?.close());

type Day = {
  date: string;
  status: string;
  lateMinutes: number;
  earlyMinutes: number;
  checkIn: string | null;
  checkOut: string | null;
  provisional: boolean;
  violations: { code: string; minutes: number | null }[];
  shift: { code: string; crossesMidnight: boolean } | null;
};
async function days(): Promise<Map<string, Day>> {
  const res = await t.as(NURSE, MONTH, { month: '2026-11' });
  expect(res.errors).toBeUndefined();
  return new Map((res.data!.myAttendance.days as Day[]).map((d) => [d.date, d]));
}

describe('a night shift crossing midnight', () => {
  it('checks out the next morning into the previous evening’s shift (app)', async () => {
    const photoId = await selfie(t, NURSE);
    const out = await t.as(
      NURSE,
      `mutation($input: CheckInput!) { checkOut(input: $input) { ${RECORD} } }`,
      { input: { ...north(0), accuracyMetres: 5, photoId } },
    );
    expect(out.errors).toBeUndefined();
    expect(out.data?.checkOut).toMatchObject({
      date: '2026-11-19',
      checkIn: { time: '20:58' },
      checkOut: { time: '07:30', inArea: true },
    });
    // a check-in after the night's end belongs to today
    const inn = await t.as(
      NURSE,
      `mutation($input: CheckInput!) { checkIn(input: $input) { date } }`,
      { input: { ...north(0), accuracyMetres: 5, photoId: await selfie(t, NURSE) } },
    );
    expect(inn.data?.checkIn.date).toBe('2026-11-20');
  });

  it('takes a fingerprint log of the next morning as the night’s check-out', async () => {
    const res = await t.as(
      persona.agencyAdmin,
      `mutation($csv: String!) { importFingerprintLogs(csv: $csv) { imported rejected recordsChanged } }`,
      { csv: `nip,timestamp\n${NURSE},2026-11-16 20:58\n${NURSE},2026-11-17 07:03\n` },
    );
    expect(res.data?.importFingerprintLogs).toEqual({
      imported: 2,
      rejected: 0,
      recordsChanged: 1,
    });
    const rows = await t.sql<{ date: string; cin: string; cout: string }>(
      `select date::text as date, to_char(check_in_at at time zone 'Asia/Jakarta', 'MM-DD HH24:MI') as cin,
              to_char(check_out_at at time zone 'Asia/Jakarta', 'MM-DD HH24:MI') as cout
         from attendance_record where employee_id = ? and date between '2026-11-16' and '2026-11-17'`,
      [nurseId],
    );
    expect(rows).toEqual([{ date: '2026-11-16', cin: '11-16 20:58', cout: '11-17 07:03' }]);
  });

  it('is judged against the shift: on time, late, early, absent; a day off is no working day', async () => {
    const d = await days();
    const night = { code: 'M', crossesMidnight: true };
    expect(d.get('2026-11-09')).toMatchObject({
      status: 'PRESENT',
      checkIn: '20:55',
      checkOut: '07:05',
      lateMinutes: 0,
      earlyMinutes: 0,
      violations: [],
      shift: night,
    });
    expect(d.get('2026-11-10')).toMatchObject({
      status: 'LATE',
      lateMinutes: 40,
      earlyMinutes: 0,
      violations: [{ code: 'TL2', minutes: 40 }],
    });
    expect(d.get('2026-11-11')).toMatchObject({
      status: 'EARLY_LEAVE',
      lateMinutes: 0,
      earlyMinutes: 60,
      checkOut: '06:00',
      violations: [{ code: 'PSW2', minutes: 60 }],
    });
    // the early check-out of 11-12 06:00 is the 11-11 night's: 11-12 itself has no check
    expect(d.get('2026-11-12')).toMatchObject({
      status: 'ABSENT',
      violations: [{ code: 'TK', minutes: null }],
      shift: night,
    });
    expect(d.get('2026-11-16')).toMatchObject({ status: 'PRESENT', checkOut: '07:03' });
    expect(d.get('2026-11-16')).toMatchObject({ provisional: false });
    // last night's shift ended this morning: not counted toward the month before the day is over
    expect(d.get('2026-11-19')).toMatchObject({
      status: 'PRESENT',
      checkOut: '07:30',
      provisional: true,
    });
    // Friday 11-13 is a working day for the unit but a day off on her roster
    expect(d.get('2026-11-13')).toMatchObject({ status: 'WEEKEND', violations: [], shift: null });
  });

  it('explains the lateness in Indonesian and English', async () => {
    const cause = async (lang: string) => {
      const res = await t.as(NURSE, MONTH, { month: '2026-11' }, { lang });
      const day = (
        res.data!.myAttendance.days as { date: string; violations: { cause: string }[] }[]
      ).find((x) => x.date === '2026-11-10');
      return day!.violations[0]!.cause;
    };
    expect(await cause('id')).toBe(LATE_ID);
    expect(await cause('en')).toBe(LATE_EN);
  });
});

describe('the month follows the roster', () => {
  it('counts the rostered working days in the team view', async () => {
    const res = await t.as(HEAD, TEAM, { month: '2026-11', unitId });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.teamAttendance.rows as { employee: { nip: string } }[];
    // nights over by now: 2–5, 9–12 and 16–18 November (the 19th's ends this morning)
    expect(rows.find((r) => r.employee.nip === NURSE)).toEqual({
      employee: { nip: NURSE },
      workingDays: 11,
      presentDays: 4,
      lateCount: 1,
      earlyCount: 1,
      absentCount: 7,
    });
  });

  it('sets the working days and the minute target by the roster, beside the calendar', async () => {
    const nights = NIGHTS.filter(isNight).length;
    expect(nights).toBe(17);
    const calendar = await t.as(HEAD, WORKING, { unitId, month: '2026-11' });
    const calendarDays = calendar.data!.workingDays.count as number;
    expect(calendarDays).not.toBe(nights);

    const report = (employeeId: string, period: string) =>
      t.as(persona.agencyAdmin, REPORT, { employeeId, period });
    const unrostered = (await report(colleague.id, '2026-11')).data!.monthlyReport;
    const dailyMinimum = unrostered.targetMinutes / calendarDays;
    expect(Number.isInteger(dailyMinimum)).toBe(true);
    const rostered = (await report(nurseId, '2026-11')).data!.monthlyReport;
    expect(rostered.targetMinutes).toBe(nights * dailyMinimum);
    // October has no roster: the nurse's target is the calendar's, like everyone's
    const october = await t.as(HEAD, WORKING, { unitId, month: '2026-10' });
    const oct = (await report(nurseId, '2026-10')).data!.monthlyReport;
    expect(oct.targetMinutes).toBe(october.data!.workingDays.count * dailyMinimum);
    // the absences on her nights are deducted; her days off are not
    const tk = (rostered.deductions as { date: string; code: string }[]).filter(
      (x) => x.code === 'TK',
    );
    expect(tk.map((x) => x.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-12',
      '2026-11-17',
      '2026-11-18',
    ]);
  });

  it('gives the department view the same target and discipline as the report cards', async () => {
    const [row] = await query<{
      people: { employeeId: string; discipline: number; targetMinutes: number }[];
    }>(
      t.orm.em.fork(),
      FIGURES_SQL,
      figuresParams({
        agencyId,
        monthStart: '2026-11-01',
        today: '2026-11-20',
        timeZone: 'Asia/Jakarta',
        subject: unitId,
        children: false,
        people: 'ALL',
        policyDefaults: POLICY_DEFAULTS,
      }),
    );
    for (const who of [nurseId, colleague.id]) {
      const card = (await t.as(persona.agencyAdmin, REPORT, { employeeId: who, period: '2026-11' }))
        .data!.monthlyReport;
      const view = row!.people.find((p) => p.employeeId === who);
      expect(view).toMatchObject({
        discipline: Math.round(card.discipline * 100),
        targetMinutes: card.targetMinutes,
      });
    }
  });
});

describe('permits on a night shift', () => {
  const REQUEST = `mutation($input: LeaveRequestInput!) { requestLeave(input: $input) {
    kind startDate startTime endTime status } }`;
  const permit = (kind: string, startDate: string, time: string) =>
    t.as(NURSE, REQUEST, {
      input: { kind, startDate, endDate: startDate, time, reason: 'Keperluan keluarga' },
    });

  it('covers the shift into the next morning: arriving late after midnight, leaving early before 07:00', async () => {
    const late = await permit('PERMIT_LATE', '2026-11-23', '00:30');
    expect(late.errors).toBeUndefined();
    expect(late.data?.requestLeave).toMatchObject({
      kind: 'PERMIT_LATE',
      startTime: '21:00',
      endTime: '00:30',
      status: 'PENDING',
    });
    const early = await permit('PERMIT_EARLY', '2026-11-24', '05:00');
    expect(early.errors).toBeUndefined();
    expect(early.data?.requestLeave).toMatchObject({ startTime: '05:00', endTime: '07:00' });
  });

  it('refuses a time outside the night shift, naming its hours', async () => {
    const res = await permit('PERMIT_LATE', '2026-11-25', '08:00');
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('21:00');
    expect(res.errors?.[0]?.message).toContain('07:00');
  });
});
