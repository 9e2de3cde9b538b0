/**
 * Verification of daily activities (issue 4): the queue of what the caller may decide, batch
 * decisions, approving a person's range, and a supervisor's timeliness. Every list and every
 * batch is set-based SQL (decision.sql.ts): one statement classifies, one writes.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { isCalendarDate } from '../../common/dates.js';
import { badInput, forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import { ActivityEntryStatus, DecisionSource } from '../activities/activities.enums.js';
import { ActivityEntry } from '../activities/activity-entry.entity.js';
import type { ActivityItem } from '../activity-bank/activity-item.entity.js';
import type { Access } from '../organisation/access.js';
import type { Employee } from '../organisation/employee.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { entriesReturned } from '../notifications/triggers.js';
import { DEFAULT_POLICY } from '../policy/performance-policy.entity.js';
import { policyValue, withCandidates, withTargets } from './decision.sql.js';
import { verificationFiguresOf } from './verification-stats.js';
import { AnomalyFlag, VerificationDecision } from './verification.enums.js';
import {
  MAX_BATCH,
  type VerificationQueueFilter,
  type VerifyActivitiesInput,
} from './verification.inputs.js';
import { noteRequired, outcomeOf, TARGET_STATUS, type EntryFacts } from './verification.policy.js';
import type {
  VerificationDayGroup,
  VerificationFailure,
  VerificationQueue,
  VerificationQueuePerson,
  VerificationResult,
  VerificationStats,
} from './verification.types.js';

/** The longest range approveAll takes, in days. */
export const MAX_APPROVE_ALL_DAYS = 366;

type QueueCursor = [name: string, date: string, startTime: string, id: string];
const isQueueCursor = (v: unknown): v is QueueCursor =>
  Array.isArray(v) &&
  v.length === 4 &&
  v.every((x) => typeof x === 'string') &&
  isCalendarDate(v[1] as string) &&
  /^\d{2}:\d{2}(:\d{2})?$/.test(v[2] as string) &&
  isUuid(v[3] as string);

const FLAGS = new Set<string>(Object.values(AnomalyFlag));
const SOURCES = new Set<string>(Object.values(DecisionSource));

interface QueueRow {
  total: string;
  id: string | null;
  employee_id: string;
  item_id: string;
  employee_name: string;
  date: string;
  start_time: string;
  escalated: boolean;
  pending_days: number | null;
  source: string | null;
  flags: string[];
}

interface ClassifiedRow {
  id: string;
  status: ActivityEntryStatus;
  source: DecisionSource | null;
  decided_by: string | null;
  closed_month: string | null;
}

export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly loaders: Loaders,
    private readonly access: Access,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /** $1…$7 of decision.sql.ts for `deciderId` (the viewer unless reading someone's statistics). */
  private fixedParams(deciderId: string, asAdmin: boolean, depth: number): unknown[] {
    return [
      this.agencyId,
      deciderId,
      this.today,
      this.viewer.timeZone,
      asAdmin,
      DEFAULT_POLICY.escalationWorkingDays,
      depth,
    ];
  }

  private get isAgencyAdmin(): boolean {
    return this.viewer.roles.has(Role.AGENCY_ADMIN);
  }

  // ── the queue ────────────────────────────────────────────────────────────────────────────
  /**
   * `with recursive …, visible as (…)`: the rows of the filter the caller may decide (or, for a
   * status other than SUBMITTED, decided), with `employee_name` and `escalated` (still waiting, past
   * the escalation limit: a decided entry is not escalated any more); parameters $1…$14.
   * The queue, its people and its ids all read this one definition.
   */
  private visible(filter: VerificationQueueFilter): { sql: string; params: unknown[] } {
    if (filter.employeeId && !isUuid(filter.employeeId))
      throw notFound('organisation.employeeNotFound');
    if (filter.unitId && !isUuid(filter.unitId)) throw notFound('organisation.unitNotFound');
    if (filter.from && filter.to && filter.to < filter.from)
      throw badInput('verification.rangeReversed');
    const status = filter.status ?? ActivityEntryStatus.SUBMITTED;
    const sql = `${withCandidates(
      `select e.* from activity_entry e
        where e.agency_id = $1 and e.status = $8::activity_entry_status
          and (e.employee_id in (select id from candidates) or ($9::boolean and e.decided_by = $2))
          and ($10::uuid is null or e.employee_id = $10::uuid)
          and ($12::date is null or e.date >= $12::date)
          and ($13::date is null or e.date <= $13::date)
          and ($11::uuid is null or exists (
                select 1 from employee x join position xp on xp.agency_id = x.agency_id and xp.id = x.position_id
                 where x.agency_id = $1 and x.id = e.employee_id
                   and xp.unit_id in (
                     with recursive below(id) as (
                       select $11::uuid
                       union
                       select o.id from below b join org_unit o on o.agency_id = $1 and o.parent_id = b.id
                     ) select id from below)))`,
    )},
      visible as (
        select c.*, emp.name as employee_name, (c.overdue and c.status = 'SUBMITTED') as escalated
          from classified c join employee emp on emp.agency_id = $1 and emp.id = c.employee_id
         where (c.source is not null or ($9::boolean and c.decided_by = $2))
           and (not $14::boolean or (c.overdue and c.status = 'SUBMITTED'))
      )`;
    return {
      sql,
      params: [
        ...this.fixedParams(this.viewer.employeeId, this.isAgencyAdmin, 2),
        status,
        status !== ActivityEntryStatus.SUBMITTED,
        filter.employeeId ?? null,
        filter.unitId ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.escalatedOnly ?? false,
      ],
    };
  }

  async queue(
    filter: VerificationQueueFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<VerificationQueue> {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, isQueueCursor) : null;
    const visible = this.visible(filter);
    const rows = await query<QueueRow>(
      this.em,
      `${visible.sql},
      page as (
        select * from visible v
         where $15::text is null
            or (v.employee_name, v.date, v.start_time, v.id) > ($15::text, $16::date, $17::time, $18::uuid)
         order by v.employee_name, v.date, v.start_time, v.id
         limit $19
      ),
      flagged as (
        select p.id, p.employee_id, p.item_id, p.employee_name, p.date::text as date,
               p.start_time::text as start_time, p.escalated, p.pending_days, p.source,
               array_remove(array[
                 case when exists (
                   select 1 from activity_entry_evidence ae
                     join evidence ev on ev.agency_id = ae.agency_id and ev.id = ae.evidence_id
                     join evidence ev2 on ev2.agency_id = ev.agency_id and ev2.sha256 = ev.sha256
                     join activity_entry_evidence ae2 on ae2.agency_id = ev2.agency_id and ae2.evidence_id = ev2.id
                    where ae.agency_id = $1 and ae.entry_id = p.id and ae2.entry_id <> p.id
                 ) then 'DUPLICATE_EVIDENCE' end,
                 case when hist.days >= 5 and day.total > 1.5 * hist.median then 'DAY_ABOVE_USUAL' end,
                 case when p.credited_minutes * 60 = extract(epoch from (p.end_time - p.start_time))
                        or day.total >= pol.cap then 'AT_CAP' end,
                 case when (p.created_at at time zone $4)::date > p.date + pol.backdating then 'LATE_LOGGED' end
               ], null) as flags
          from page p
          cross join lateral (
            select ${policyValue('daily_cap_minutes', 'p.date', '$20::int')} as cap,
                   ${policyValue('backdating_days', 'p.date', '$21::int')} as backdating
          ) pol
          cross join lateral (
            select coalesce(sum(d.credited_minutes), 0) as total from activity_entry d
             where d.agency_id = $1 and d.employee_id = p.employee_id and d.date = p.date
               and d.status in ('SUBMITTED', 'APPROVED')
          ) day
          cross join lateral (
            -- DAY_ABOVE_USUAL: daily totals (submitted + approved) of the 30 days before, days with entries only
            select count(*) as days, percentile_cont(0.5) within group (order by h.total) as median
              from (select sum(d.credited_minutes) as total from activity_entry d
                     where d.agency_id = $1 and d.employee_id = p.employee_id
                       and d.date >= p.date - 30 and d.date < p.date and d.status in ('SUBMITTED', 'APPROVED')
                     group by d.date) h
          ) hist
      )
      select tot.n as total, f.*
        from (select count(*) as n from visible) tot left join flagged f on true
       order by f.employee_name, f.date, f.start_time, f.id`,
      [
        ...visible.params,
        cursor?.[0] ?? null,
        cursor?.[1] ?? null,
        cursor?.[2] ?? null,
        cursor?.[3] ?? null,
        size + 1,
        DEFAULT_POLICY.dailyCapMinutes,
        DEFAULT_POLICY.backdatingDays,
      ],
    );
    const totalCount = Number(rows[0]?.total ?? 0);
    // With no rows the statement still answers one line (the total) with nulls.
    const hits = rows.filter((r): r is QueueRow & { id: string } => r.id !== null);
    const listed = hits.slice(0, size);
    const hasNextPage = hits.length > size;

    const ids = listed.map((r) => r.id);
    const entries = ids.length
      ? await this.em.find(ActivityEntry, { agencyId: this.agencyId, id: { $in: ids } })
      : [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const [employees, items, groups] = await Promise.all([
      this.loaders.employee.loadMany(listed.map((r) => r.employee_id)),
      this.loaders.activityItem.loadMany(listed.map((r) => r.item_id)),
      this.groups(listed),
    ]);
    const edges = listed.map((r, i) => ({
      cursor: encodeCursor([r.employee_name, r.date, r.start_time, r.id] satisfies QueueCursor),
      node: {
        entry: byId.get(r.id)!,
        employee: employees[i] as Employee,
        item: items[i] as ActivityItem,
        escalated: r.escalated,
        workingDaysPending: r.pending_days,
        decisionSource: r.source && SOURCES.has(r.source) ? (r.source as DecisionSource) : null,
        flags: r.flags.filter((f) => FLAGS.has(f)) as AnomalyFlag[],
      },
    }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      groups,
    };
  }

  /**
   * Everyone with rows in the queue under the filter, ignoring its employee (so the person can be
   * changed), by name: how many rows each has, how many are escalated, their first and last day.
   * One statement.
   */
  async people(filter: VerificationQueueFilter): Promise<VerificationQueuePerson[]> {
    const visible = this.visible({ ...filter, employeeId: null });
    const rows = await query<{
      employee_id: string;
      n: number;
      escalated: number;
      first_date: string;
      last_date: string;
    }>(
      this.em,
      `${visible.sql}
       select v.employee_id, count(*)::int as n, (count(*) filter (where v.escalated))::int as escalated,
              min(v.date)::text as first_date, max(v.date)::text as last_date
         from visible v
        group by v.employee_id, v.employee_name
        order by v.employee_name, v.employee_id`,
      visible.params,
    );
    const people = await this.loaders.employee.loadMany(rows.map((r) => r.employee_id));
    return rows.map((r, i) => ({
      employee: people[i] as Employee,
      count: r.n,
      escalatedCount: r.escalated,
      firstDate: r.first_date,
      lastDate: r.last_date,
    }));
  }

  /**
   * The ids of the whole filter in the queue's order, at most MAX_BATCH (what one
   * verifyActivities call takes): "select all" without loading every row. One statement.
   */
  async entryIds(filter: VerificationQueueFilter): Promise<string[]> {
    const visible = this.visible(filter);
    const rows = await query<{ id: string }>(
      this.em,
      `${visible.sql}
       select v.id from visible v
        order by v.employee_name, v.date, v.start_time, v.id
        limit $15`,
      [...visible.params, MAX_BATCH],
    );
    return rows.map((r) => r.id);
  }

  /** Totals per (person, day) of the page's rows, in the rows' order: one statement. */
  private async groups(rows: QueueRow[]): Promise<VerificationDayGroup[]> {
    const pairs = new Map<string, { employeeId: string; date: string }>();
    for (const r of rows)
      pairs.set(`${r.employee_id}/${r.date}`, { employeeId: r.employee_id, date: r.date });
    if (!pairs.size) return [];
    const list = [...pairs.values()];
    const totals = await query<{
      employee_id: string;
      date: string;
      total: number;
      approved: number;
      pending: number;
      target: number;
    }>(
      this.em,
      `select g.employee_id, g.date::text as date,
              coalesce(sum(e.credited_minutes) filter (where e.status in ('SUBMITTED', 'APPROVED')), 0)::int as total,
              coalesce(sum(e.credited_minutes) filter (where e.status = 'APPROVED'), 0)::int as approved,
              (count(e.id) filter (where e.status = 'SUBMITTED'))::int as pending,
              ${policyValue('daily_minimum_minutes', 'g.date', '$4::int')} as target
         from unnest($2::uuid[], $3::date[]) with ordinality as g(employee_id, date, ord)
         left join activity_entry e on e.agency_id = $1 and e.employee_id = g.employee_id and e.date = g.date
        group by g.employee_id, g.date, g.ord
        order by g.ord`,
      [
        this.agencyId,
        list.map((p) => p.employeeId),
        list.map((p) => p.date),
        DEFAULT_POLICY.dailyMinimumMinutes,
      ],
    );
    const people = await this.loaders.employee.loadMany(totals.map((t) => t.employee_id));
    return totals.map((t, i) => ({
      employee: people[i] as Employee,
      date: t.date,
      totalCreditedMinutes: t.total,
      approvedMinutes: t.approved,
      pendingCount: t.pending,
      dailyTargetMinutes: t.target,
    }));
  }

  // ── deciding ─────────────────────────────────────────────────────────────────────────────
  /** Decides a batch of entries; see VerificationResult. All valid decisions in one transaction. */
  async verify(input: VerifyActivitiesInput, locale: Locale): Promise<VerificationResult> {
    const ids = [...new Set(input.entryIds)];
    if (!ids.length) throw badInput('verification.noEntries');
    if (ids.length > MAX_BATCH) throw badInput('verification.tooMany', { max: MAX_BATCH });
    const note = input.note?.trim() || null;
    if (noteRequired(input.decision) && !note) throw badInput('verification.noteRequired');
    const valid = ids.filter(isUuid);
    return this.decide(
      ids,
      `select e.* from activity_entry e where e.agency_id = $1 and e.id = any($8::uuid[]) for update`,
      [valid],
      input.decision,
      note,
      locale,
    );
  }

  /** Approves every submitted entry of `employeeId` from `from` to `to` that the caller may decide. */
  async approveAll(
    employeeId: string,
    from: string,
    to: string,
    locale: Locale,
  ): Promise<VerificationResult> {
    if (!isUuid(employeeId) || !(await this.loaders.employee.load(employeeId)))
      throw notFound('organisation.employeeNotFound');
    if (to < from) throw badInput('verification.rangeReversed');
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_APPROVE_ALL_DAYS)
      throw badInput('verification.rangeTooLong', { days: MAX_APPROVE_ALL_DAYS });
    return this.decide(
      null,
      `select e.* from activity_entry e
        where e.agency_id = $1 and e.employee_id = $8::uuid and e.date between $9::date and $10::date
          and e.status = 'SUBMITTED'
        for update`,
      [employeeId, from, to],
      VerificationDecision.APPROVE,
      null,
      locale,
    );
  }

  /**
   * Classifies the targets (one statement, rows locked), applies the outcomes of
   * verification.policy.ts, and writes every decision and its audit event (one statement).
   * `requested`: the ids the caller named (null: the targets themselves), to report unknown ones.
   */
  private async decide(
    requested: string[] | null,
    targets: string,
    targetParams: unknown[],
    decision: VerificationDecision,
    note: string | null,
    locale: Locale,
  ): Promise<VerificationResult> {
    const viewerId = this.viewer.employeeId;
    return this.em.transactional(async (em) => {
      const rows = await query<ClassifiedRow>(
        em,
        `${withTargets(targets)} select c.id, c.status, c.source, c.decided_by, p.month as closed_month
           from classified c
           left join period p on p.agency_id = $1 and p.month = to_char(c.date, 'YYYY-MM') and p.closed`,
        [...this.fixedParams(viewerId, this.isAgencyAdmin, 0), ...targetParams],
      );
      const facts = new Map<string, EntryFacts>(
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
      const failed: VerificationFailure[] = [];
      const apply: { id: string; source: DecisionSource }[] = [];
      let noops = 0;
      for (const id of requested ?? rows.map((r) => r.id)) {
        const outcome = outcomeOf(facts.get(id) ?? null, decision, viewerId);
        if (outcome.kind === 'apply') apply.push({ id, source: outcome.source });
        else if (outcome.kind === 'noop') noops += 1;
        else
          failed.push({
            entryId: id,
            code: outcome.code,
            message: translate(locale, outcome.key, outcome.params),
          });
      }
      let written = 0;
      if (apply.length) {
        const [row] = await query<{ n: number }>(
          em,
          `with decided as (
             update activity_entry e
                set status = $3::activity_entry_status, decided_by = $2, decided_at = $5::timestamptz,
                    decision_note = $4, decision_source = d.source::decision_source, updated_at = $5::timestamptz
               from unnest($6::uuid[], $7::text[]) as d(id, source)
              where e.agency_id = $1 and e.id = d.id and e.status = 'SUBMITTED'
             returning e.id, d.source
           ),
           audited as (
             insert into audit_event (agency_id, id, actor_id, action, entity_type, entity_id, data, request_id, at)
             select $1, gen_random_uuid(), $2, 'activity.decide', 'ActivityEntry', d.id,
                    jsonb_build_object(
                      'decision', $8::text,
                      'before', jsonb_build_object('status', 'SUBMITTED'),
                      'after', jsonb_build_object('status', $3::text, 'source', d.source),
                      'note', $4::text),
                    $9, $5::timestamptz
               from decided d
             returning 1
           )
           select (select count(*) from audited)::int as n`,
          [
            this.agencyId,
            viewerId,
            TARGET_STATUS[decision],
            note,
            this.now(),
            apply.map((a) => a.id),
            apply.map((a) => a.source),
            decision,
            this.requestId,
          ],
        );
        written = row?.n ?? 0;
        // The employees hear of it at once: one notification each for this batch.
        if (decision === VerificationDecision.RETURN)
          await entriesReturned(
            em,
            this.agencyId,
            viewerId,
            apply.map((a) => a.id),
            `batch:${this.requestId}`,
          );
      }
      return { applied: written + noops, failed };
    });
  }

  // ── statistics ───────────────────────────────────────────────────────────────────────────
  /**
   * A supervisor's backlog and timeliness. Readable by the supervisor, anyone above them, admins
   * of their department and agency-wide roles (the private-read rule of the organisation).
   */
  async stats(supervisorId: string): Promise<VerificationStats> {
    const supervisor = isUuid(supervisorId) ? await this.loaders.employee.load(supervisorId) : null;
    if (!supervisor) throw notFound('organisation.employeeNotFound');
    if (!isAgencyWide(this.viewer) && !(await this.access.mayReadPrivate(supervisorId)))
      throw forbidden('verification.statsForbidden');

    const figures = await verificationFiguresOf(
      this.em,
      {
        agencyId: this.agencyId,
        timeZone: this.viewer.timeZone,
        today: this.today,
        now: this.now(),
      },
      [supervisorId],
    );
    return { supervisor, ...figures.get(supervisorId)! };
  }
}
