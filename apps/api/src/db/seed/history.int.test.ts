import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { query } from '../../common/sql.js';
import { POLICY_DEFAULTS } from '../../modules/department/department.service.js';
import { FIGURES_SQL, figuresParams } from '../../modules/department/department.sql.js';
import { DEMO_ROSTER_USERS } from './demo-city.data.js';
import { historyRange, seedDemoHistory, type HistorySummary } from './history.js';
import { seedDemoReminders } from './reminders.js';

const AS_OF = '2026-11-23';
const MONTHS = ['2026-08', '2026-09', '2026-10'];

let t: TestApp;
let first: HistorySummary;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T10:00:00+07:00' });
  first = await seedDemoHistory(t.orm.em.fork(), AS_OF);
  console.log(`demo history as of ${AS_OF}: ${JSON.stringify(first)}`);
}, 120_000);
afterAll(() => t?.close());

const num = (v: unknown) => Number(v);

describe('the demo history', () => {
  it('covers the three months before today and this month up to yesterday', async () => {
    expect(historyRange(AS_OF)).toEqual({
      from: '2026-08-01',
      to: '2026-11-22',
      monthEnd: '2026-11-30',
    });
    expect(historyRange('2026-01-01')).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
      monthEnd: '2026-01-31',
    });
    expect(first.from).toBe('2026-08-01');
    expect(first.to).toBe('2026-11-22');
    // everyone but the elected mayor at the top
    expect(first.employees).toBeGreaterThanOrEqual(280);

    const months = await t.sql<{ month: string; entries: string; people: string; days: string }>(
      `select to_char(date, 'YYYY-MM') as month, count(*) as entries, count(distinct employee_id) as people,
              count(distinct (employee_id, date)) as days
         from activity_entry group by 1 order by 1`,
    );
    expect(months.map((m) => m.month)).toEqual([...MONTHS, '2026-11']);
    for (const m of months) {
      expect(num(m.people)).toBe(first.employees);
      // 3 to 7 entries a day
      expect(num(m.entries) / num(m.days)).toBeGreaterThan(3.5);
      expect(num(m.entries) / num(m.days)).toBeLessThan(7);
    }
    expect(months.reduce((sum, m) => sum + num(m.entries), 0)).toBe(first.entries);
    const { outside } = await t.one<{ outside: string }>(
      `select count(*) as outside from activity_entry where date < '2026-08-01' or date >= ?`,
      [AS_OF],
    );
    expect(num(outside)).toBe(0);

    const statuses = await t.sql<{ past: boolean; status: string; n: string }>(
      `select date < '2026-11-01' as past, status::text as status, count(*) as n from activity_entry group by 1, 2`,
    );
    const count = (past: boolean, status: string) =>
      num(statuses.find((s) => s.past === past && s.status === status)?.n ?? 0);
    const pastTotal = statuses.filter((s) => s.past).reduce((sum, s) => sum + num(s.n), 0);
    // past months: decided, mostly approved, a few rejected
    expect(count(true, 'SUBMITTED') + count(true, 'RETURNED') + count(true, 'DRAFT')).toBe(0);
    expect(count(true, 'APPROVED') / pastTotal).toBeGreaterThan(0.95);
    expect(count(true, 'REJECTED')).toBeGreaterThan(0);
    // this month: a pending queue, and some returned entries waiting for their author
    expect(count(false, 'SUBMITTED')).toBeGreaterThan(0);
    expect(count(false, 'RETURNED')).toBeGreaterThan(0);

    const { rejected_without_note, decided_wrongly } = await t.one<Record<string, string>>(
      `select count(*) filter (where status = 'REJECTED' and decision_note is null) as rejected_without_note,
              count(*) filter (where status in ('APPROVED', 'REJECTED', 'RETURNED')
                               and (decided_by is null or decided_by = employee_id or decided_at <= submitted_at
                                    or decided_at >= '2026-11-23T00:00:00+07:00')) as decided_wrongly
         from activity_entry`,
    );
    expect(num(rejected_without_note)).toBe(0);
    expect(num(decided_wrongly)).toBe(0);
    // returned entries that were fixed and approved keep their trail in the audit log
    const { resubmitted } = await t.one<{ resubmitted: string }>(
      `select count(distinct entity_id) as resubmitted from audit_event
        where action = 'activity.submit' and request_id = 'seed-history'`,
    );
    expect(num(resubmitted)).toBeGreaterThan(0);
    expect(first.auditEvents).toBeGreaterThan(0);
  });

  it('uses evidence-free items that apply to the person, without overlaps', async () => {
    const { evidence, overlaps, over_credited } = await t.one<Record<string, string>>(
      `select (select count(*) from activity_entry a join activity_item i on i.agency_id = a.agency_id and i.id = a.item_id
                where i.requires_evidence or i.status <> 'PUBLISHED') as evidence,
              (select count(*) from activity_entry a join activity_entry b
                  on b.agency_id = a.agency_id and b.employee_id = a.employee_id and b.date = a.date and b.id > a.id
                 and b.start_time < a.end_time and a.start_time < b.end_time
                where a.status <> 'REJECTED' and b.status <> 'REJECTED') as overlaps,
              (select count(*) from activity_entry a join activity_item i on i.agency_id = a.agency_id and i.id = a.item_id
                where a.credited_minutes > least(i.standard_minutes * a.quantity,
                                                 extract(epoch from a.end_time - a.start_time) / 60)) as over_credited`,
    );
    expect(num(evidence)).toBe(0);
    expect(num(overlaps)).toBe(0);
    expect(num(over_credited)).toBe(0);

    // daily credited minutes: mostly 300–480, some lighter days
    const { days, usual, light } = await t.one<Record<string, string>>(
      `with d as (select employee_id, date, sum(credited_minutes) as m from activity_entry
                   where status <> 'REJECTED' group by 1, 2)
       select count(*) as days, count(*) filter (where m between 300 and 480) as usual,
              count(*) filter (where m < 300) as light from d`,
    );
    expect(num(usual) / num(days)).toBeGreaterThan(0.7);
    expect(num(light)).toBeGreaterThan(0);
  });

  it('gives every demo persona approved entries in August to October and pending ones in November', async () => {
    const rows = await t.sql<{ nip: string; month: string; approved: string; pending: string }>(
      `select e.nip, to_char(a.date, 'YYYY-MM') as month,
              count(*) filter (where a.status = 'APPROVED') as approved,
              count(*) filter (where a.status = 'SUBMITTED') as pending
         from activity_entry a join employee e on e.agency_id = a.agency_id and e.id = a.employee_id
        where e.nip = any(?::text[])
        group by 1, 2`,
      [`{${Object.values(persona).join(',')}}`],
    );
    for (const nip of Object.values(persona)) {
      for (const month of MONTHS) {
        const row = rows.find((r) => r.nip === nip && r.month === month);
        expect(num(row?.approved ?? 0), `${nip} ${month}`).toBeGreaterThan(0);
      }
      const november = rows.find((r) => r.nip === nip && r.month === '2026-11');
      expect(num(november?.pending ?? 0), `${nip} pending`).toBeGreaterThan(0);
    }
  });

  it('fills the supervisors’ queues, some entries past the escalation limit', async () => {
    const res = await t.as<{ verificationQueue: { totalCount: number } }>(
      persona.sectionHead,
      `query { verificationQueue(filter: {}) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.verificationQueue.totalCount).toBeGreaterThan(0);

    // pending for 5 working days or more: also in the queue of the supervisor's supervisor
    const { overdue } = await t.one<{ overdue: string }>(
      `with pending as (
         select agency_id, (submitted_at at time zone 'Asia/Jakarta')::date as day, count(*) as n
           from activity_entry where status = 'SUBMITTED' group by 1, 2
       )
       select coalesce(sum(n) filter (where working_days_between(agency_id, day, ?::date) >= 5), 0) as overdue
         from pending`,
      [AS_OF],
    );
    expect(num(overdue)).toBeGreaterThan(0);
  });

  it('records attendance with late arrivals and absences, consistent with leave and permits', async () => {
    const a = await t.one<Record<string, string>>(
      `with people as (
         select e.id, p.unit_id from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
       ),
       cal as (
         select * from work_calendar((select id from agency), (select array_agg(distinct unit_id) from people),
                                     '2026-08-01', '2026-11-22')
       ),
       days as (
         -- a roster cell (the puskesmas) overrides the calendar: a shift is a working day, a day off not
         select p.id, c.day,
                case when rc.employee_id is null then c.day_kind
                     when rc.shift_id is null then 'WEEKEND' else 'WORKDAY' end as day_kind,
                coalesce(sp.start_time, c.start_time) as start_time, r.check_in_at, r.id as record_id
           from people p join cal c on c.unit_id = p.unit_id
           left join roster_cell rc on rc.employee_id = p.id and rc.date = c.day
           left join shift_pattern sp on sp.id = rc.shift_id
           left join attendance_record r on r.employee_id = p.id and r.date = c.day
       )
       select count(record_id) as records,
              count(record_id) filter (where day_kind <> 'WORKDAY') as off_days,
              count(*) filter (where (check_in_at at time zone 'Asia/Jakarta')::time > start_time) as late,
              count(*) filter (where (check_in_at at time zone 'Asia/Jakarta')::time > start_time + interval '90 minutes') as very_late,
              count(*) filter (where day_kind = 'WORKDAY' and record_id is null and not exists (
                select 1 from leave_request l where l.employee_id = days.id and days.day between l.start_date and l.end_date
                   and l.status in ('APPROVED', 'PENDING') and l.kind not in ('PERMIT_LATE', 'PERMIT_EARLY'))
                and exists (select 1 from attendance_record y where y.employee_id = days.id)) as absent
         from days`,
    );
    expect(num(a.records)).toBe(first.attendanceRecords);
    expect(num(a.off_days)).toBe(0);
    expect(num(a.late)).toBeGreaterThan(0);
    expect(num(a.very_late)).toBeGreaterThan(0);
    // absent without notice: a working day with neither a record nor a request (the mayor aside)
    expect(num(a.absent)).toBeGreaterThan(0);
    expect(num(a.absent)).toBeLessThan(num(a.records) * 0.05);

    const leave = await t.sql<{ kind: string; n: string }>(
      `select kind::text as kind, count(*) as n from leave_request where status = 'APPROVED' group by 1`,
    );
    for (const kind of ['ANNUAL', 'SICK', 'OFFICIAL_TRAVEL', 'PERMIT_LATE', 'PERMIT_EARLY'])
      expect(num(leave.find((l) => l.kind === kind)?.n ?? 0), kind).toBeGreaterThan(0);

    const c = await t.one<Record<string, string>>(
      `select
         (select count(*) from attendance_record r join leave_request l
             on l.employee_id = r.employee_id and r.date between l.start_date and l.end_date
          where l.status in ('APPROVED', 'PENDING')
            and (l.kind in ('ANNUAL', 'SICK') or (l.kind = 'OFFICIAL_TRAVEL' and not l.half_day))) as on_leave,
         (select count(*) from activity_entry x join leave_request l
             on l.employee_id = x.employee_id and x.date between l.start_date and l.end_date
          where l.status in ('APPROVED', 'PENDING') and l.kind in ('ANNUAL', 'SICK')) as logged_on_leave,
         (select count(*) from attendance_record r join leave_request l
             on l.employee_id = r.employee_id and r.date = l.start_date and l.status = 'APPROVED'
          where (l.kind = 'PERMIT_LATE' and (r.check_in_at at time zone 'Asia/Jakarta')::time > l.end_time)
             or (l.kind = 'PERMIT_EARLY' and (r.check_out_at at time zone 'Asia/Jakarta')::time < l.start_time)) as outside_permit,
         (select count(*) from leave_request l where l.kind = 'SICK' and l.end_date > l.start_date
            and l.attachment_id is null) as sick_without_letter`,
    );
    expect(c).toEqual({
      on_leave: '0',
      logged_on_leave: '0',
      outside_permit: '0',
      sick_without_letter: '0',
    });
  });

  it('follows the puskesmas’ shift rosters, the night nurse checking out the next morning', async () => {
    const { head, nightNurse } = DEMO_ROSTER_USERS;
    const cells = await t.one<Record<string, string>>(
      `select count(*) as cells, count(distinct c.employee_id) as people, min(c.date)::text as first,
              max(c.date)::text as last, count(distinct s.code) as codes,
              count(*) filter (where c.shift_id is null) as days_off
         from roster_cell c left join shift_pattern s on s.id = c.shift_id`,
    );
    expect(cells).toMatchObject({ first: '2026-08-01', last: '2026-11-30', codes: '3' });
    expect(num(cells.cells)).toBe(first.rosterCells);
    expect(num(cells.people)).toBeGreaterThanOrEqual(30);
    expect(num(cells.days_off)).toBeGreaterThan(0);
    // the head of Puskesmas Contoh Barat works mornings (07:00), Monday to Saturday
    const headDays = await t.sql<{ code: string; n: string }>(
      `select coalesce(s.code, 'L') as code, count(*) as n from roster_cell c
         join employee e on e.id = c.employee_id left join shift_pattern s on s.id = c.shift_id
        where e.nip = ? and c.date between '2026-10-01' and '2026-10-31' group by 1 order by 1`,
      [head.nip],
    );
    expect(headDays.map((d) => d.code)).toEqual(['L', 'P']);
    // the night nurse: only nights, each checked in in the evening and out the next morning
    const nights = await t.one<Record<string, string>>(
      `select count(*) filter (where s.code = 'M') as nights, count(*) filter (where s.code <> 'M') as other,
              count(r.id) as records,
              count(r.id) filter (where (r.check_in_at at time zone 'Asia/Jakarta')::date = r.date
                                   and (r.check_out_at at time zone 'Asia/Jakarta')::date = r.date + 1) as overnight,
              count(r.id) filter (where (r.check_in_at at time zone 'Asia/Jakarta')::time
                                   > time '21:00') as late
         from roster_cell c
         join employee e on e.id = c.employee_id
         left join shift_pattern s on s.id = c.shift_id
         left join attendance_record r on r.employee_id = c.employee_id and r.date = c.date
        where e.nip = ? and c.date < ?`,
      [nightNurse.nip, AS_OF],
    );
    expect(num(nights.nights)).toBeGreaterThan(50);
    expect(num(nights.other)).toBe(0);
    expect(num(nights.records)).toBeGreaterThan(40);
    expect(num(nights.overnight)).toBeGreaterThan(num(nights.records) * 0.9);
    expect(num(nights.late)).toBeLessThan(num(nights.records) * 0.3);
    // her work is logged on both dates: the evening and, after midnight, the next morning
    const { mornings } = await t.one<{ mornings: string }>(
      `select count(*) as mornings from activity_entry a join employee e on e.id = a.employee_id
        where e.nip = ? and a.start_time < time '07:30'`,
      [nightNurse.nip],
    );
    expect(num(mornings)).toBeGreaterThan(0);
  });

  it('differs between employees', async () => {
    const s = await t.one<Record<string, string>>(
      `with d as (
         select employee_id, date, least(450, sum(credited_minutes)) as m from activity_entry
          where status = 'APPROVED' and date between '2026-10-01' and '2026-10-31' group by 1, 2
       ),
       p as (select employee_id, sum(m) as m from d group by 1)
       select min(m) as min, max(m) as max, stddev_pop(m)::int as sd, count(distinct m) as distinct_totals,
              count(*) as people from p`,
    );
    console.log(`approved minutes per person in October 2026: ${JSON.stringify(s)}`);
    expect(num(s.max) - num(s.min)).toBeGreaterThan(1500);
    expect(num(s.sd)).toBeGreaterThan(300);
    expect(num(s.distinct_totals)).toBeGreaterThan(num(s.people) * 0.6);
  });

  it('adds nothing when run again', { timeout: 60_000 }, async () => {
    const totals = () =>
      t.one(
        `select (select count(*) from activity_entry) as entries, (select count(*) from attendance_record) as attendance,
                (select count(*) from leave_request) as leave, (select count(*) from audit_event) as audit`,
      );
    const before = await totals();
    const again = await seedDemoHistory(t.orm.em.fork(), AS_OF);
    console.log(`second run: ${again.milliseconds} ms`);
    expect(again).toMatchObject({
      leaveRequests: 0,
      attendanceRecords: 0,
      entries: 0,
      auditEvents: 0,
    });
    expect(await totals()).toEqual(before);
  });

  it('fills the past months’ report cards with IKI, SKP, behaviour and peer standing', async () => {
    expect(first.plans).toBeGreaterThanOrEqual(10);
    expect(first.ikiReports).toBeGreaterThan(0);
    expect(first.behaviourReviews).toBeGreaterThan(first.employees);
    expect(first.peerRankings).toBeGreaterThan(first.employees);
    const staffId = (
      await t.one<{ id: string }>('select id from employee where nip = ?', [persona.staff])
    ).id;
    const report = await t.as(
      persona.staff,
      `query($e: ID!) { monthlyReport(employeeId: $e, period: "2026-10") {
         iki skp behaviour peerPercentile behaviourValues { value score } behaviourRating predicate
         explanation { key text } } }`,
      { e: staffId },
    );
    expect(report.errors).toBeUndefined();
    const card = report.data!.monthlyReport;
    expect(card.iki).toBeGreaterThan(0);
    expect(card.skp).toBeGreaterThan(0);
    expect(card.behaviour).toBeGreaterThan(0);
    expect(card.peerPercentile).toBeGreaterThanOrEqual(0);
    expect(card.behaviourValues).toHaveLength(7);
    const keys = (card.explanation as { key: string }[]).map((l) => l.key);
    expect(keys).toEqual(expect.arrayContaining(['iki', 'skp', 'behaviour', 'peerStanding']));
    // November's tasks are not done yet: no behaviour score, no standing.
    const now = await t.as(
      persona.staff,
      `query($e: ID!) { monthlyReport(employeeId: $e, period: "2026-11") { behaviour peerPercentile behaviourValues { value } } }`,
      { e: staffId },
    );
    expect(now.data!.monthlyReport).toEqual({
      behaviour: null,
      peerPercentile: null,
      behaviourValues: [],
    });

    const unit = await t.one<{ unit_id: string }>(
      `select p.unit_id from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id where e.nip = ?`,
      [persona.staff],
    );
    const team = await t.as(
      persona.sectionHead,
      `query($u: ID!) { teamReport(period: "2026-10", unitId: $u) { rows { employeeId iki behaviour peerPercentile } } }`,
      { u: unit.unit_id },
    );
    expect(team.errors).toBeUndefined();
    const row = (team.data!.teamReport.rows as { employeeId: string }[]).find(
      (r) => r.employeeId === staffId,
    );
    expect(row).toEqual({
      employeeId: staffId,
      iki: card.iki,
      behaviour: card.behaviour,
      peerPercentile: card.peerPercentile,
    });
  });

  it('gives the same figures per person in the department view as in the report cards', async () => {
    // The department statement renders the report card's rules in SQL: on a varied month (leave,
    // permits, lateness, absences, rejections, pending entries) every person must agree.
    const recap = await t.as(
      persona.agencyAdmin,
      `query { tppRecap(period: "2026-10") { rows { employeeId name achievement discipline total } } }`,
    );
    expect(recap.errors).toBeUndefined();
    const cards = recap.data!.tppRecap.rows as {
      employeeId: string;
      name: string;
      achievement: number;
      discipline: number;
      total: number;
    }[];
    const { agency_id: agencyId } = await t.one<{ agency_id: string }>(
      'select agency_id from org_unit limit 1',
    );
    const [row] = await query<{
      people: {
        employeeId: string;
        achievement: number;
        discipline: number;
        tppTotal: number | null;
      }[];
    }>(
      t.orm.em.fork(),
      FIGURES_SQL,
      figuresParams({
        agencyId,
        monthStart: '2026-10-01',
        today: AS_OF,
        timeZone: 'Asia/Jakarta',
        subject: null,
        children: false,
        people: 'ALL',
        policyDefaults: POLICY_DEFAULTS,
      }),
    );
    const sql = new Map(row!.people.map((p) => [p.employeeId, p]));
    const differing = cards
      .map((c) => ({ card: c, view: sql.get(c.employeeId) }))
      .filter(
        ({ card, view }) =>
          !view ||
          Math.round(card.achievement * 100) !== view.achievement ||
          Math.round(card.discipline * 100) !== view.discipline ||
          // null: no TPP at all (the elected regional head), which the card shows as Rp 0
          card.total !== (view.tppTotal ?? 0),
      );
    if (differing.length) console.log(JSON.stringify(differing.slice(0, 5), null, 1));
    expect(cards.length).toBeGreaterThan(250);
    expect(sql.size).toBe(cards.length);
    expect(differing.map((d) => d.card.name)).toEqual([]);
  });

  it('gives a new demo its first reminders, once', async () => {
    // The morning run of Monday 2026-11-23: the weekly digest goes to department heads and Sekda.
    const created = await seedDemoReminders(t.orm.em.fork(), new Date('2026-11-23T07:00:00+07:00'));
    expect(created.weeklyDigest).toBeGreaterThan(0);
    const digests = await t.sql<{ nip: string }>(
      `select e.nip from notification n join employee e on e.id = n.recipient_id
        where n.kind = 'WEEKLY_DIGEST' and n.dedupe_key = 'week:2026-11-23'`,
    );
    expect(digests.map((d) => d.nip)).toEqual(
      expect.arrayContaining([persona.sekda, persona.departmentHead]),
    );
    expect(digests.map((d) => d.nip)).not.toContain(persona.staff);
    const again = await seedDemoReminders(t.orm.em.fork(), new Date('2026-11-23T07:00:00+07:00'));
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });
});
