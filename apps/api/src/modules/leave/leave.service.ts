/**
 * Leave and permits (issue 5): requesting, cancelling, the annual-leave balance, and the
 * supervisor's decisions through the verification cascade (decision.sql.ts, pending status
 * PENDING). Every rule refuses with its own error and writes nothing; every change is audited
 * with its before and after; decisions are set-based (one statement classifies, one writes).
 */
import { LockMode, type EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import type { DecisionSource } from '../activities/activities.enums.js';
import { hhmm, minutesOf } from '../activities/activity-rules.js';
import { AuditLog } from '../audit/audit.service.js';
import type { CalendarReader } from '../calendar/calendar.contract.js';
import { assertEvidenceUsable } from '../evidence/evidence.service.js';
import type { Access } from '../organisation/access.js';
import { Employee } from '../organisation/employee.entity.js';
import { Role, type EmploymentType } from '../organisation/organisation.enums.js';
import { DEFAULT_POLICY } from '../policy/performance-policy.entity.js';
import { policyOn } from '../policy/policy.service.js';
import { withCandidates, withTargets } from '../verification/decision.sql.js';
import { LeaveRequest } from './leave-request.entity.js';
import { LeaveKind, LeaveRequestStatus, PERMIT_KINDS } from './leave.enums.js';
import {
  MAX_LEAVE_BATCH,
  type DecideLeaveRequestsInput,
  type LeaveQueueFilter,
  type LeaveRequestInput,
} from './leave.inputs.js';
import {
  mayCancel,
  noteRequired,
  outcomeOf,
  TARGET_STATUS,
  type RequestFacts,
} from './leave.policy.js';
import {
  addDays,
  annualBalance,
  daysBetween,
  firstEntitledYear,
  SERVICE_YEARS,
  serviceStart,
  shapeViolation,
  yearsOfService,
  type AnnualBalance,
  type RequestShape,
} from './leave-rules.js';
import type {
  LeaveBalance,
  LeaveDecisionFailure,
  LeaveDecisionResult,
  LeaveQueue,
} from './leave.types.js';
import { firstClosedMonth } from '../periods/closed-months.js';

/** Years a balance or a list may be asked for. */
const YEARS = { min: 2000, max: 2100 };

type QueueCursor = [submittedAt: string, id: string];
const isQueueCursor = (v: unknown): v is QueueCursor =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  isUuid(v[1]);

interface QueueRow {
  total: number;
  id: string | null;
  employee_id: string;
  overdue: boolean;
  pending_days: number;
  source: DecisionSource;
  submitted_key: string;
}

interface HistoryRow {
  kind: LeaveKind;
  status: LeaveRequestStatus;
  start_date: string;
  end_date: string;
}

function snapshot(r: LeaveRequest) {
  return {
    employeeId: r.employee.id,
    kind: r.kind,
    startDate: r.startDate,
    endDate: r.endDate,
    halfDay: r.halfDay,
    startTime: r.startTime && hhmm(r.startTime),
    endTime: r.endTime && hhmm(r.endTime),
    reason: r.reason,
    attachmentId: r.attachmentId,
    destinationName: r.destinationName,
    status: r.status,
  };
}

/** Every date from `from` to `to` (inclusive). */
function* dates(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

export class LeaveService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly loaders: Loaders,
    private readonly access: Access,
    private readonly calendar: CalendarReader,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────
  /** NOT_FOUND for an unknown id (or another agency's); FORBIDDEN unless the viewer may read their private data. */
  private async assertReadable(employeeId: string): Promise<void> {
    if (!isUuid(employeeId) || !(await this.loaders.employee.load(employeeId)))
      throw notFound('organisation.employeeNotFound');
    if (!(await this.access.mayReadPrivate(employeeId))) throw forbidden('leave.readForbidden');
  }

  private assertYear(year: number): void {
    if (!Number.isInteger(year) || year < YEARS.min || year > YEARS.max)
      throw badInput('leave.badYear', YEARS, { field: 'year' });
  }

  /**
   * Requests of an employee touching a year, latest first: the employee themselves, their
   * supervisors up the chain, admins of their department, agency admins and executives.
   */
  async requestsOf(employeeId: string, year: number): Promise<LeaveRequest[]> {
    this.assertYear(year);
    if (employeeId !== this.viewer.employeeId) await this.assertReadable(employeeId);
    return this.em.find(
      LeaveRequest,
      {
        agencyId: this.agencyId,
        employee: employeeId,
        startDate: { $lte: `${year}-12-31` },
        endDate: { $gte: `${year}-01-01` },
      },
      { orderBy: { startDate: 'desc', submittedAt: 'desc', id: 'desc' } },
    );
  }

  /** The annual-leave balance of an employee (default: the viewer), readable as requestsOf. */
  async balance(year: number, employeeId: string = this.viewer.employeeId): Promise<LeaveBalance> {
    this.assertYear(year);
    if (employeeId !== this.viewer.employeeId) await this.assertReadable(employeeId);
    const [me] = await query<{ nip: string; employment_type: EmploymentType }>(
      this.em,
      'select nip, employment_type from employee where agency_id = $1 and id = $2',
      [this.agencyId, employeeId],
    );
    if (!me) throw notFound('organisation.employeeNotFound');
    return this.annual(this.em, employeeId, serviceStart(me.nip, me.employment_type), year);
  }

  /** Working days (the calendar's WORKDAY dates) of an employee in a range, a year at a time. */
  private async workdays(employeeId: string, from: string, to: string): Promise<Set<string>> {
    const chunks: [string, string][] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) {
      const a = `${y}-01-01` > from ? `${y}-01-01` : from;
      const b = `${y}-12-31` < to ? `${y}-12-31` : to;
      chunks.push([a, b]);
    }
    const plans = await Promise.all(
      chunks.map(([a, b]) => this.calendar.dayPlans([employeeId], a, b)),
    );
    return new Set(
      plans
        .flat()
        .filter((p) => p.dayKind === 'WORKDAY')
        .map((p) => p.date),
    );
  }

  /** The annual balance of one employee in a year (see annualOf). */
  private async annual(
    em: EntityManager,
    employeeId: string,
    start: string | null,
    year: number,
  ): Promise<AnnualBalance> {
    return (await this.annualOf(em, [{ key: employeeId, employeeId, start, year }])).get(
      employeeId,
    )!;
  }

  /**
   * Annual balances (each an employee in a year, under its key) from the employees' histories:
   * approved and pending annual leave and approved big leave in one statement, then the working
   * days of each year with annual leave in one calendar read for everyone.
   */
  private async annualOf(
    em: EntityManager,
    wanted: readonly { key: string; employeeId: string; start: string | null; year: number }[],
  ): Promise<Map<string, AnnualBalance>> {
    const asked = wanted.map((w) => ({
      ...w,
      first: w.start === null ? null : firstEntitledYear(w.start),
    }));
    const entitled = asked.filter(
      (w): w is typeof w & { first: number } => w.first !== null && w.first <= w.year,
    );
    const rows = entitled.length
      ? await query<HistoryRow & { employee_id: string }>(
          em,
          `select employee_id, kind, status, start_date::text as start_date, end_date::text as end_date
             from leave_request
            where agency_id = $1 and employee_id = any($2::uuid[])
              and ((kind = 'ANNUAL' and status in ('PENDING', 'APPROVED')) or (kind = 'BIG' and status = 'APPROVED'))
              and end_date >= $3::date and start_date <= $4::date
            order by start_date`,
          [
            this.agencyId,
            [...new Set(entitled.map((w) => w.employeeId))],
            `${Math.min(...entitled.map((w) => w.first))}-01-01`,
            `${Math.max(...entitled.map((w) => w.year))}-12-31`,
          ],
        )
      : [];
    const annual = rows.filter((r) => r.kind === LeaveKind.ANNUAL);
    const people = [...new Set(annual.map((r) => r.employee_id))];
    const plans = await Promise.all(
      [...new Set(annual.map((r) => Number(r.start_date.slice(0, 4))))].map((y) =>
        this.calendar.dayPlans(people, `${y}-01-01`, `${y}-12-31`),
      ),
    );
    const working = new Set(
      plans
        .flat()
        .filter((p) => p.dayKind === 'WORKDAY')
        .map((p) => `${p.employeeId} ${p.date}`),
    );
    const balances = new Map<string, AnnualBalance>();
    for (const { key, employeeId, first, year } of asked) {
      const own =
        first === null || first > year
          ? []
          : rows.filter(
              (r) =>
                r.employee_id === employeeId &&
                r.end_date >= `${first}-01-01` &&
                r.start_date <= `${year}-12-31`,
            );
      const bigLeaveYears = new Set<number>();
      for (const r of own.filter((x) => x.kind === LeaveKind.BIG))
        for (let y = Number(r.start_date.slice(0, 4)); y <= Number(r.end_date.slice(0, 4)); y += 1)
          bigLeaveYears.add(y);
      const usedByYear = new Map<number, number>();
      let pending = 0;
      for (const r of own.filter((x) => x.kind === LeaveKind.ANNUAL)) {
        for (const d of dates(r.start_date, r.end_date)) {
          if (!working.has(`${employeeId} ${d}`)) continue;
          const y = Number(d.slice(0, 4));
          if (r.status === LeaveRequestStatus.APPROVED)
            usedByYear.set(y, (usedByYear.get(y) ?? 0) + 1);
          else if (y === year) pending += 1;
        }
      }
      balances.set(
        key,
        annualBalance({ year, firstEntitledYear: first, usedByYear, bigLeaveYears, pending }),
      );
    }
    return balances;
  }

  // ── requesting ───────────────────────────────────────────────────────────────────────────
  /** Files a request of the viewer after checking every rule (rules.md, “Leave”). */
  async request(input: LeaveRequestInput): Promise<LeaveRequest> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('leave.reasonRequired', {}, { field: 'reason' });
    const shape: RequestShape = {
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate,
      halfDay: input.halfDay ?? false,
      time: input.time?.trim() || null,
      destinationName: input.destinationName?.trim() || null,
      latitude: input.destinationLatitude ?? null,
      longitude: input.destinationLongitude ?? null,
    };
    const bad = shapeViolation(shape);
    if (bad) throw badInput(bad.key, bad.params, bad.field ? { field: bad.field } : {});
    const employeeId = this.viewer.employeeId;

    return this.em.transactional(async (em) => {
      // One request of a person at a time: the balance and overlap checks see every earlier one.
      const [me] = await query<{ nip: string; employment_type: EmploymentType }>(
        em,
        'select nip, employment_type from employee where agency_id = $1 and id = $2 for no key update',
        [this.agencyId, employeeId],
      );
      if (!me) throw notFound('organisation.employeeNotFound');

      const policy = await policyOn(em, this.agencyId, this.today);
      if (daysBetween(shape.startDate, this.today) > policy.backdatingDays)
        throw badInput(
          'leave.backdating',
          { days: policy.backdatingDays, date: addDays(this.today, -policy.backdatingDays) },
          { field: 'startDate' },
        );
      await this.assertOpenMonths(em, shape.startDate, shape.endDate);

      const times = await this.permitTimes(shape);
      const working = await this.workdays(employeeId, shape.startDate, shape.endDate);
      if (!working.size) throw badInput('leave.noWorkingDay', {}, { field: 'startDate' });

      const needYears = SERVICE_YEARS[shape.kind];
      const start = serviceStart(me.nip, me.employment_type);
      if (needYears !== undefined) {
        if (!start) throw badInput('leave.serviceUnknown');
        if (yearsOfService(start, shape.startDate) < needYears)
          throw badInput(
            'leave.serviceYears',
            {
              kind: `@leave.kinds.${shape.kind}`,
              years: needYears,
              date: `${Number(start.slice(0, 4)) + needYears}${start.slice(4)}`,
            },
            { field: 'startDate' },
          );
      }
      if (shape.kind === LeaveKind.SICK && working.size > 1 && !input.attachmentId)
        throw badInput('leave.attachmentRequired', {}, { field: 'attachmentId' });
      if (shape.kind === LeaveKind.ANNUAL) {
        const year = Number(shape.startDate.slice(0, 4));
        const balance = await this.annual(em, employeeId, start, year);
        if (working.size > balance.remaining)
          throw conflict('leave.balance', {
            days: working.size,
            remaining: Math.max(0, balance.remaining),
            year,
          });
      }
      await assertEvidenceUsable(em, this.viewer, input.attachmentId ? [input.attachmentId] : []);
      await this.assertNoOverlap(em, shape);

      const request = em.create(LeaveRequest, {
        agencyId: this.agencyId,
        employee: em.getReference(Employee, employeeId),
        kind: shape.kind,
        startDate: shape.startDate,
        endDate: shape.endDate,
        halfDay: shape.halfDay,
        startTime: times?.start ?? null,
        endTime: times?.end ?? null,
        reason,
        attachmentId: input.attachmentId ?? null,
        destinationName: shape.destinationName,
        destinationLatitude: shape.latitude,
        destinationLongitude: shape.longitude,
        submittedAt: this.now(),
      });
      await flushOrOverlap(em);
      this.audit(em).write('leave.request', 'LeaveRequest', request.id, {
        after: snapshot(request),
      });
      await em.flush();
      return request;
    });
  }

  /**
   * A permit's excused part of its date, on the schedule of that date: late, from the scheduled
   * start to the arrival; early, from the departure to the scheduled end. The time must lie
   * strictly inside the working hours (a night shift's run on into the next morning). Null for
   * other kinds.
   */
  private async permitTimes(shape: RequestShape): Promise<{ start: string; end: string } | null> {
    if (!PERMIT_KINDS.has(shape.kind) || shape.time === null) return null;
    const [plan] = await this.calendar.dayPlans(
      [this.viewer.employeeId],
      shape.startDate,
      shape.startDate,
    );
    if (!plan || plan.dayKind !== 'WORKDAY' || !plan.start || !plan.end)
      throw badInput('leave.notWorkingDay', { date: shape.startDate }, { field: 'startDate' });
    const time = hhmm(shape.time);
    // A night shift ends the next morning: its end, and a time after midnight, count past 1440.
    const overnight = plan.crossesMidnight ? 1440 : 0;
    const from = minutesOf(plan.start)!;
    const to = minutesOf(plan.end)! + overnight;
    const at = minutesOf(time)! + (overnight && minutesOf(time)! < from ? 1440 : 0);
    if (at <= from || at >= to)
      throw badInput(
        'leave.timeOutside',
        { start: hhmm(plan.start), end: hhmm(plan.end) },
        { field: 'time' },
      );
    return shape.kind === LeaveKind.PERMIT_LATE
      ? { start: hhmm(plan.start), end: time }
      : { start: time, end: hhmm(plan.end) };
  }

  /**
   * CONFLICT when a pending or approved request of the viewer clashes (same rule as the
   * database's leave_request_no_overlap: overlapping dates and overlapping parts of the day).
   */
  private async assertNoOverlap(em: EntityManager, shape: RequestShape): Promise<void> {
    const [clash] = await query<{ kind: LeaveKind; start_date: string; end_date: string }>(
      em,
      `select kind, start_date::text as start_date, end_date::text as end_date from leave_request
        where agency_id = $1 and employee_id = $2 and status in ('PENDING', 'APPROVED')
          and start_date <= $4::date and end_date >= $3::date
          and leave_request_slot(kind, half_day) && leave_request_slot($5::leave_kind, $6::boolean)
        order by start_date limit 1`,
      [
        this.agencyId,
        this.viewer.employeeId,
        shape.startDate,
        shape.endDate,
        shape.kind,
        shape.halfDay,
      ],
    );
    if (clash)
      throw conflict('leave.overlap', {
        kind: `@leave.kinds.${clash.kind}`,
        start: clash.start_date,
        end: clash.end_date,
      });
  }

  /** CONFLICT when a month the dates touch is closed: its leave no longer changes. */
  private async assertOpenMonths(em: EntityManager, from: string, to: string): Promise<void> {
    const closed = await firstClosedMonth(em, this.agencyId, from.slice(0, 7), to.slice(0, 7));
    if (closed) throw conflict('leave.periodClosed', { month: closed });
  }

  /** The requester cancels a pending request, or an approved one that has not begun. */
  async cancel(id: string): Promise<LeaveRequest> {
    return this.em.transactional(async (em) => {
      const request = isUuid(id)
        ? await em.findOne(
            LeaveRequest,
            { agencyId: this.agencyId, id },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      if (!request) throw notFound('leave.requestNotFound');
      if (request.employee.id !== this.viewer.employeeId) {
        // Someone who may read the requester's data learns that it is not theirs; others, nothing.
        if (await this.access.mayReadPrivate(request.employee.id))
          throw forbidden('leave.notOwner');
        throw notFound('leave.requestNotFound');
      }
      if (!mayCancel(request.status, request.startDate, this.today))
        throw conflict('leave.notCancellable', { status: `@leave.statuses.${request.status}` });
      await this.assertOpenMonths(em, request.startDate, request.endDate);
      const before = snapshot(request);
      request.status = LeaveRequestStatus.CANCELLED;
      this.audit(em).write('leave.cancel', 'LeaveRequest', request.id, {
        before,
        after: snapshot(request),
      });
      await em.flush();
      return request;
    });
  }

  // ── deciding ─────────────────────────────────────────────────────────────────────────────
  /** $1…$7 of decision.sql.ts for the viewer. */
  private fixedParams(depth: number): unknown[] {
    return [
      this.agencyId,
      this.viewer.employeeId,
      this.today,
      this.viewer.timeZone,
      this.viewer.roles.has(Role.AGENCY_ADMIN),
      DEFAULT_POLICY.escalationWorkingDays,
      depth,
    ];
  }

  /** Approves or rejects a batch: one statement classifies (rows locked), one writes and audits. */
  async decide(input: DecideLeaveRequestsInput, locale: Locale): Promise<LeaveDecisionResult> {
    const ids = [...new Set(input.ids)];
    if (!ids.length) throw badInput('leave.noRequests', {}, { field: 'ids' });
    if (ids.length > MAX_LEAVE_BATCH) throw badInput('leave.tooMany', { max: MAX_LEAVE_BATCH });
    const note = input.note?.trim() || null;
    if (noteRequired(input.decision) && !note)
      throw badInput('leave.noteRequired', {}, { field: 'note' });
    const viewerId = this.viewer.employeeId;
    return this.em.transactional(async (em) => {
      const rows = await query<{
        id: string;
        status: LeaveRequestStatus;
        source: DecisionSource | null;
        decided_by: string | null;
        closed_month: string | null;
      }>(
        em,
        `${withTargets(
          `select r.* from leave_request r where r.agency_id = $1 and r.id = any($8::uuid[]) for update`,
          'PENDING',
        )} select c.id, c.status, c.source, c.decided_by,
                  (select min(p.month) from period p
                    where p.agency_id = $1 and p.closed
                      and p.month between to_char(c.start_date, 'YYYY-MM') and to_char(c.end_date, 'YYYY-MM')
                  ) as closed_month
             from classified c`,
        [...this.fixedParams(0), ids.filter(isUuid)],
      );
      const facts = new Map<string, RequestFacts>(
        rows.map((r) => [
          r.id,
          {
            status: r.status,
            source: r.source,
            decidedBy: r.decided_by,
            closedMonth: r.closed_month,
          },
        ]),
      );
      const failed: LeaveDecisionFailure[] = [];
      const apply: { id: string; source: DecisionSource }[] = [];
      let noops = 0;
      for (const id of ids) {
        const outcome = outcomeOf(facts.get(id) ?? null, input.decision, viewerId);
        if (outcome.kind === 'apply') apply.push({ id, source: outcome.source });
        else if (outcome.kind === 'noop') noops += 1;
        else
          failed.push({
            id,
            code: outcome.code,
            message: translate(locale, outcome.key, outcome.params),
          });
      }
      if (!apply.length) return { applied: noops, failed };
      const [row] = await query<{ n: number }>(
        em,
        `with decided as (
           update leave_request r
              set status = $3::request_status, decided_by = $2, decided_at = $5::timestamptz,
                  decision_note = $4, decision_source = d.source::decision_source, updated_at = $5::timestamptz
             from unnest($6::uuid[], $7::text[]) as d(id, source)
            where r.agency_id = $1 and r.id = d.id and r.status = 'PENDING'
           returning r.id, r.employee_id, r.kind, r.start_date, r.end_date, d.source
         ),
         audited as (
           insert into audit_event (agency_id, id, actor_id, action, entity_type, entity_id, data, request_id, at)
           select $1, gen_random_uuid(), $2, 'leave.decide', 'LeaveRequest', d.id,
                  jsonb_build_object(
                    'decision', $8::text,
                    'before', jsonb_build_object('status', 'PENDING'),
                    'after', jsonb_build_object('status', $3::text, 'source', d.source),
                    'note', $4::text,
                    'employeeId', d.employee_id, 'kind', d.kind,
                    'startDate', d.start_date, 'endDate', d.end_date),
                  $9, $5::timestamptz
             from decided d
           returning 1
         )
         select (select count(*) from audited)::int as n`,
        [
          this.agencyId,
          viewerId,
          TARGET_STATUS[input.decision],
          note,
          this.now(),
          apply.map((a) => a.id),
          apply.map((a) => a.source),
          input.decision,
          this.requestId,
        ],
      );
      return { applied: (row?.n ?? 0) + noops, failed };
    });
  }

  /**
   * Pending requests the viewer may decide today (direct reports, through Plt/Plh too; escalated
   * ones from one level further down; for agency admins, the top), oldest submission first.
   */
  async queue(
    filter: LeaveQueueFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<LeaveQueue> {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, isQueueCursor) : null;
    if (filter.employeeId && !isUuid(filter.employeeId))
      throw notFound('organisation.employeeNotFound');
    const rows = await query<QueueRow>(
      this.em,
      `${withCandidates(
        `select r.* from leave_request r
          where r.agency_id = $1 and r.status = 'PENDING' and r.employee_id in (select id from candidates)
            and ($8::uuid is null or r.employee_id = $8::uuid)
            and ($9::text[] is null or r.kind::text = any($9::text[]))`,
        'PENDING',
      )},
      visible as (
        select * from classified c where c.source is not null and (not $10::boolean or c.overdue)
      ),
      page as (
        select * from visible v
         where $11::timestamptz is null or (v.submitted_at, v.id) > ($11::timestamptz, $12::uuid)
         order by v.submitted_at, v.id
         limit $13
      )
      select tot.n as total, p.id, p.employee_id, p.overdue, p.pending_days, p.source,
             p.submitted_at::text as submitted_key
        from (select count(*)::int as n from visible) tot left join page p on true
       order by p.submitted_at, p.id`,
      [
        ...this.fixedParams(2),
        filter.employeeId ?? null,
        filter.kinds?.length ? filter.kinds : null,
        filter.escalatedOnly ?? false,
        cursor?.[0] ?? null,
        cursor?.[1] ?? null,
        size + 1,
      ],
    );
    const totalCount = rows[0]?.total ?? 0;
    // With no rows the statement still answers one line (the total) with nulls.
    const hits = rows.filter((r): r is QueueRow & { id: string } => r.id !== null);
    const listed = hits.slice(0, size);
    const ids = listed.map((r) => r.id);
    const [requests, employees, workingDays, overlaps] = await Promise.all([
      ids.length ? this.em.find(LeaveRequest, { agencyId: this.agencyId, id: { $in: ids } }) : [],
      this.loaders.employee.loadMany(listed.map((r) => r.employee_id)),
      this.workingDaysOf(ids),
      this.overlapsOf(ids),
    ]);
    const byId = new Map(requests.map((r) => [r.id, r]));
    const edges = listed.map((r, i) => ({
      cursor: encodeCursor([r.submitted_key, r.id] satisfies QueueCursor),
      node: {
        request: byId.get(r.id)!,
        employee: employees[i] as Employee,
        escalated: r.overdue,
        workingDaysPending: r.pending_days,
        decisionSource: r.source,
        workingDays: workingDays.get(r.id) ?? 0,
        overlaps: overlaps.get(r.id) ?? [],
      },
    }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: hits.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * For each annual-leave request of queue rows, its person's balance in the year it starts: the
   * statements of one balance, however many people.
   */
  async balancesOf(
    rows: readonly { request: LeaveRequest; employee: Employee }[],
  ): Promise<Map<string, AnnualBalance>> {
    return this.annualOf(
      this.em,
      rows
        .filter((r) => r.request.kind === LeaveKind.ANNUAL)
        .map((r) => ({
          key: r.request.id,
          employeeId: r.employee.id,
          start: serviceStart(r.employee.nip, r.employee.employmentType),
          year: Number(r.request.startDate.slice(0, 4)),
        })),
    );
  }

  /**
   * Working days each request covers on its employee's work calendar (the unit's work week,
   * minus holidays and collective leave): one statement for a page of requests.
   */
  private async workingDaysOf(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await query<{ id: string; days: number }>(
      this.em,
      `with req as (
         select r.id, r.start_date, r.end_date, p.unit_id
           from leave_request r
           join employee e on e.agency_id = r.agency_id and e.id = r.employee_id
           left join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where r.agency_id = $1 and r.id = any($2::uuid[])
       )
       select req.id, (count(c.day) filter (where c.day_kind = 'WORKDAY'))::int as days
         from req
         left join work_calendar($1, (select array_agg(distinct unit_id) from req),
                                 (select min(start_date) from req), (select max(end_date) from req)) c
           on c.unit_id is not distinct from req.unit_id and c.day between req.start_date and req.end_date
        group by req.id`,
      [this.agencyId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.days]));
  }

  /**
   * Who else is away: for each request, the pending or approved requests of other people of the
   * same unit whose dates overlap it, earliest first (one statement for a page).
   */
  private async overlapsOf(ids: readonly string[]): Promise<Map<string, LeaveRequest[]>> {
    if (!ids.length) return new Map();
    const rows = await query<EntityDictionary<LeaveRequest> & { overlap_of: string }>(
      this.em,
      `select q.id as overlap_of, o.*
         from leave_request q
         join employee qe on qe.agency_id = q.agency_id and qe.id = q.employee_id
         join position qp on qp.agency_id = qe.agency_id and qp.id = qe.position_id
         join leave_request o on o.agency_id = q.agency_id and o.employee_id <> q.employee_id
              and o.status in ('PENDING', 'APPROVED')
              and o.start_date <= q.end_date and o.end_date >= q.start_date
         join employee oe on oe.agency_id = o.agency_id and oe.id = o.employee_id
         join position op on op.agency_id = oe.agency_id and op.id = oe.position_id and op.unit_id = qp.unit_id
        where q.agency_id = $1 and q.id = any($2::uuid[])
        order by q.id, o.start_date, o.submitted_at, o.id`,
      [this.agencyId, ids],
    );
    const found = new Map<string, LeaveRequest[]>();
    for (const { overlap_of: of, ...row } of rows) {
      const list = found.get(of) ?? [];
      list.push(this.em.map(LeaveRequest, row));
      found.set(of, list);
    }
    return found;
  }
}

async function flushOrOverlap(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if ((e as { code?: string }).code === '23P01') throw conflict('leave.overlapAny');
    throw e;
  }
}
