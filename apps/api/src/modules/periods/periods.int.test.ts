/**
 * Closing and re-opening a month (product.md, "Closing a month"): refused before the closing day
 * unless forced with a reason, snapshots frozen against a later policy change, locks on entries,
 * attendance and leave, re-opening audited and live again. The clock is 2026-09-05 10:00
 * (Jakarta): August's closing date (the 10th of September) has not passed; July's has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeOffice, selfie, north } from '../../../test/attendance-fixtures.js';
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

const CLOSE = `mutation($period: String!, $force: Boolean, $reason: String) {
  closePeriod(period: $period, force: $force, reason: $reason) {
    month status closed closingDate closedAt closedReason closedBy { name } } }`;
const REOPEN = `mutation($period: String!, $reason: String!) { reopenPeriod(period: $period, reason: $reason) {
  month status closed reopenedAt reopenReason reopenedBy { name } } }`;
const PERIODS = `query($year: Int!) { periods(year: $year) { month status closed closingDate closedBy { name } } }`;
const TEAM = `query($period: String!, $unitId: ID!) { teamReport(period: $period, unitId: $unitId) {
  frozen rows { employeeId tppTotal } } }`;
const RECAP = `query($period: String!, $unitId: ID) { tppRecap(period: $period, unitId: $unitId) {
  frozen total { employees total } } }`;

const admin = (query: string, variables: Record<string, unknown>) =>
  t.as(persona.agencyAdmin, query, variables);
const totalOf = async (employeeId: string) => {
  const res = await admin(REPORT, { employeeId, period: MONTH });
  expect(res.errors).toBeUndefined();
  return res.data!.monthlyReport as { frozen: boolean; tpp: { total: number }; computedAt: string };
};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-09-05T10:00:00+07:00' });
  ex = await workedExamples(t);
  await t.tokenOf(persona.agencyAdmin);
  await t.tokenOf(persona.staff);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('periods(year)', () => {
  it('lists the twelve months with their status and closing date, in a constant number of statements', async () => {
    const { count } = await t.countStatements(async () => {
      const res = await t.as(persona.staff, PERIODS, { year: 2026 });
      expect(res.errors).toBeUndefined();
      const months = res.data!.periods as { month: string; status: string; closingDate: string }[];
      expect(months).toHaveLength(12);
      expect(months[6]).toMatchObject({
        month: '2026-07',
        status: 'CLOSABLE',
        closingDate: '2026-08-10',
      });
      expect(months[7]).toMatchObject({
        month: '2026-08',
        status: 'OPEN',
        closingDate: '2026-09-10',
      });
      expect(months[11]).toMatchObject({ month: '2026-12', closingDate: '2027-01-10' });
    });
    expect(count).toBeLessThanOrEqual(16);
  });
});

describe('closePeriod', () => {
  it('is for the agency admin only', async () => {
    const res = await t.as(persona.staff, CLOSE, { period: '2026-07' });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a month not over yet, and a month before its closing date without force and a reason', async () => {
    const current = await admin(CLOSE, { period: '2026-09', force: true, reason: 'uji' });
    expect(current.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const early = await admin(CLOSE, { period: MONTH });
    expect(early.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain('2026-09-10');
    const noReason = await admin(CLOSE, { period: MONTH, force: true, reason: '  ' });
    expect(noReason.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const bad = await admin(CLOSE, { period: '2026-8' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const { n } = await t.one<{ n: number }>(
      `select count(*)::int as n from report_snapshot where month = ?`,
      [MONTH],
    );
    expect(n).toBe(0);
  });

  it('closes a month whose closing date has passed without force', async () => {
    const res = await admin(CLOSE, { period: '2026-07' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.closePeriod).toMatchObject({
      month: '2026-07',
      status: 'CLOSED',
      closed: true,
    });
  });

  it('forced with a reason: freezes every report card in snapshots and audits it', async () => {
    const before = await totalOf(ex.one.id);
    expect(before).toMatchObject({ frozen: false, tpp: { total: 3869991 } });
    const res = await admin(CLOSE, { period: MONTH, force: true, reason: 'Tutup awal untuk gaji' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.closePeriod).toMatchObject({
      status: 'CLOSED',
      closedReason: 'Tutup awal untuk gaji',
      closedAt: '2026-09-05T03:00:00.000Z',
    });
    expect(res.data!.closePeriod.closedBy.name).toBeTruthy();
    const { n, employees } = await t.one<{ n: number; employees: number }>(
      `select (select count(*)::int from report_snapshot where month = ?) as n,
              (select count(*)::int from employee where active) as employees`,
      [MONTH],
    );
    expect(n).toBe(employees);
    const audit = await t.one<{ data: { force: boolean; reports: number } }>(
      `select data from audit_event where action = 'period.close' and data ->> 'month' = ?`,
      [MONTH],
    );
    expect(audit.data).toMatchObject({ force: true, reports: n });
    const again = await admin(CLOSE, { period: MONTH, force: true, reason: 'lagi' });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('a closed month’s reports come from the snapshot: a later policy change does not alter them', async () => {
    await t.sql(
      `insert into performance_policy (agency_id, id, effective_from, performance_weight, discipline_weight, tpp_bases)
       values (?, gen_random_uuid(), '2026-08-01', 70, 30, '{"7": 5000000}')`,
      [ex.agencyId],
    );
    const one = await totalOf(ex.one.id);
    expect(one).toMatchObject({
      frozen: true,
      tpp: { total: 3869991 },
      computedAt: '2026-09-05T03:00:00.000Z',
    });
    expect((await totalOf(ex.three.id)).tpp.total).toBe(2902493);
    const team = await admin(TEAM, { period: MONTH, unitId: ex.unitId });
    expect(team.data!.teamReport.frozen).toBe(true);
    expect(team.data!.teamReport.rows.map((r: { tppTotal: number }) => r.tppTotal)).toEqual([
      3471072,
      3869991,
      2902493,
      expect.any(Number),
    ]);
    const recap = await admin(RECAP, { period: MONTH, unitId: ex.unitId });
    expect(recap.data!.tppRecap).toMatchObject({ frozen: true, total: { employees: 4 } });
  });

  it('locks the month: entries, attendance and leave are refused with CONFLICT', async () => {
    await t.tokenOf(ex.one.nip, PASSWORD);
    const asOne = (query: string, variables: Record<string, unknown>) =>
      t.as(ex.one.nip, query, variables);
    // Entries: deleting a draft, submitting a day.
    const { id: draft } = await t.one<{ id: string }>(
      `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity, credited_minutes)
       select agency_id, gen_random_uuid(), employee_id, '2026-08-31', '16:00', '16:30', item_id, 1, 30
         from activity_entry where employee_id = ? limit 1 returning id`,
      [ex.one.id],
    );
    const del = await asOne('mutation($id: ID!) { deleteActivity(id: $id) }', { id: draft });
    expect(del.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const submit = await asOne('mutation($date: LocalDate!) { submitDay(date: $date) { id } }', {
      date: '2026-08-31',
    });
    expect(submit.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // Leave for a day of the closed month.
    const leave = await asOne(
      `mutation($input: LeaveRequestInput!) { requestLeave(input: $input) { id } }`,
      { input: { kind: 'ANNUAL', startDate: '2026-08-31', endDate: '2026-08-31', reason: 'uji' } },
    );
    expect(leave.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // The supervisor's decisions on a submitted entry and a pending request of the closed month.
    const { id: submitted } = await t.one<{ id: string }>(
      `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                   credited_minutes, status, submitted_at)
       select agency_id, gen_random_uuid(), employee_id, '2026-08-31', '17:00', '17:30', item_id, 1, 30,
              'SUBMITTED', '2026-08-31 17:00+07'
         from activity_entry where employee_id = ? limit 1 returning id`,
      [ex.one.id],
    );
    const { id: pending } = await t.one<{ id: string }>(
      `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, reason, status, submitted_at)
       values (?, gen_random_uuid(), ?, 'ANNUAL', '2026-08-28', '2026-08-28', 'uji', 'PENDING', '2026-08-27 09:00+07')
       returning id`,
      [ex.agencyId, ex.one.id],
    );
    await t.tokenOf(ex.head.nip, PASSWORD);
    const verify = await t.as(
      ex.head.nip,
      `mutation($input: VerifyActivitiesInput!) { verifyActivities(input: $input) { applied failed { entryId code message } } }`,
      { input: { entryIds: [submitted], decision: 'APPROVE' } },
    );
    expect(verify.errors).toBeUndefined();
    expect(verify.data!.verifyActivities).toEqual({
      applied: 0,
      failed: [
        {
          entryId: submitted,
          code: 'CONFLICT',
          message: 'Periode 2026-08 sudah ditutup; aktivitasnya tidak dapat diubah.',
        },
      ],
    });
    const decideLeave = await t.as(
      ex.head.nip,
      `mutation($input: DecideLeaveRequestsInput!) { decideLeaveRequests(input: $input) { applied failed { id code } } }`,
      { input: { ids: [pending], decision: 'APPROVE' } },
    );
    expect(decideLeave.errors).toBeUndefined();
    expect(decideLeave.data!.decideLeaveRequests).toEqual({
      applied: 0,
      failed: [{ id: pending, code: 'CONFLICT' }],
    });
    const cancel = await asOne('mutation($id: ID!) { cancelLeaveRequest(id: $id) { id } }', {
      id: pending,
    });
    expect(cancel.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const unchanged = await t.sql<{ status: string }>(
      `select status::text from activity_entry where id = ? union all select status::text from leave_request where id = ?`,
      [submitted, pending],
    );
    expect(unchanged.map((r) => r.status)).toEqual(['SUBMITTED', 'PENDING']);
    await t.sql(`delete from activity_entry where id = ?`, [submitted]);
    await t.sql(`delete from leave_request where id = ?`, [pending]);
    // A fingerprint log of the closed month is rejected, the rest of the file imported.
    const imported = await admin(
      `mutation($csv: String!) { importFingerprintLogs(csv: $csv) { imported rejected rows { line outcome } } }`,
      { csv: `nip,timestamp\n${ex.one.nip},2026-08-31 07:25\n${ex.one.nip},2026-09-04 07:25\n` },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importFingerprintLogs).toMatchObject({ imported: 1, rejected: 1 });
    // Checking in today when today's month is closed.
    await t.sql(
      `insert into period (agency_id, id, month, closed) values (?, gen_random_uuid(), '2026-09', true)`,
      [ex.agencyId],
    );
    await placeOffice(t, [ex.one.id]);
    const photo = await selfie(t, ex.one.nip);
    const check = await t.as(
      ex.one.nip,
      `mutation($input: CheckInput!) { checkIn(input: $input) { id } }`,
      { input: { ...north(10), accuracyMetres: 5, photoId: photo } },
    );
    expect(check.errors?.[0]?.extensions.code).toBe('CONFLICT');
    await t.sql(`delete from period where month = '2026-09'`);
    const open = await t.as(
      ex.one.nip,
      `mutation($input: CheckInput!) { checkIn(input: $input) { id } }`,
      { input: { ...north(10), accuracyMetres: 5, photoId: photo } },
    );
    expect(open.errors).toBeUndefined();
  });
});

describe('reopenPeriod', () => {
  it('needs a reason and a closed month', async () => {
    const noReason = await admin(REOPEN, { period: MONTH, reason: ' ' });
    expect(noReason.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const open = await admin(REOPEN, { period: '2026-06', reason: 'uji' });
    expect(open.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const staff = await t.as(persona.staff, REOPEN, { period: MONTH, reason: 'uji' });
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('deletes the snapshots, audits what was discarded, and the reports are live again', async () => {
    const res = await admin(REOPEN, { period: MONTH, reason: 'Koreksi presensi' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenPeriod).toMatchObject({
      status: 'OPEN',
      closed: false,
      reopenReason: 'Koreksi presensi',
    });
    expect(res.data!.reopenPeriod.reopenedBy.name).toBeTruthy();
    const { n } = await t.one<{ n: number }>(
      `select count(*)::int as n from report_snapshot where month = ?`,
      [MONTH],
    );
    expect(n).toBe(0);
    const audit = await t.one<{ data: { discardedReports: number; discardedTppTotal: number } }>(
      `select data from audit_event where action = 'period.reopen'`,
    );
    expect(audit.data.discardedReports).toBeGreaterThan(4);
    // Live again, under the policy now in force for August (70/30, class 7 at Rp 5,000,000).
    const live = await totalOf(ex.one.id);
    expect(live.frozen).toBe(false);
    expect(live.tpp.total).toBe(3500000 + 1451250);
  });
});
