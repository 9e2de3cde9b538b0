/**
 * Daily activities of the signed-in employee: log, edit, delete, submit a day, copy a day, and a
 * recurring schedule. Every rule refuses with a clear error and writes nothing; every change is
 * audited with its before and after.
 */
import { creditedMinutes } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayIn } from '../../common/dates.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { ITEM_APPLIES } from '../activity-bank/applicability.js';
import { ActivityItem } from '../activity-bank/activity-item.entity.js';
import { AuditLog } from '../audit/audit.service.js';
import { assertEvidenceUsable } from '../evidence/evidence.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { policyOn } from '../policy/policy.service.js';
import { ActivityEntryStatus, DecisionSource } from './activities.enums.js';
import type { ActivityInput, ScheduleInput } from './activities.inputs.js';
import type { SkippedEntry } from './activities.types.js';
import { ActivityEntry, ActivitySchedule } from './activity-entry.entity.js';
import { daysBetween, hhmm, minutesOf, timingViolation, type Violation } from './activity-rules.js';
import { firstClosedMonth } from '../periods/closed-months.js';

const EDITABLE = new Set([ActivityEntryStatus.DRAFT, ActivityEntryStatus.RETURNED]);
export const MAX_RANGE_DAYS = 62;

/** The item rows an entry needs, with whether it may be logged by the employee. */
interface LoggableItem {
  id: string;
  name: string;
  standard_minutes: number;
  requires_evidence: boolean;
  loggable: boolean;
}

const violation = (v: Violation) => badInput(v.key, v.params);

function snapshot(e: ActivityEntry) {
  return {
    date: e.date,
    startTime: hhmm(e.startTime),
    endTime: hhmm(e.endTime),
    itemId: e.item.id,
    quantity: e.quantity,
    description: e.description,
    creditedMinutes: e.creditedMinutes,
    status: e.status,
  };
}

export class ActivitiesService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  /** The agency's today and minutes since its midnight. */
  private clock(): { today: string; nowMinutes: number } {
    const now = this.now();
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: this.viewer.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now);
    return { today: todayIn(this.viewer.timeZone, now), nowMinutes: minutesOf(time) ?? 0 };
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────
  /** Entries of one employee between two dates (the caller checks who may read them). */
  async entriesOf(employeeId: string, from: string, to: string): Promise<ActivityEntry[]> {
    if (to < from) throw badInput('activities.rangeReversed');
    if (daysBetween(from, to) >= MAX_RANGE_DAYS)
      throw badInput('activities.rangeTooLong', { days: MAX_RANGE_DAYS });
    return this.em.find(
      ActivityEntry,
      { agencyId: this.agencyId, employee: employeeId, date: { $gte: from, $lte: to } },
      { orderBy: { date: 'asc', startTime: 'asc' } },
    );
  }

  private async ownEntry(id: string, em: EntityManager): Promise<ActivityEntry> {
    const entry = isUuid(id)
      ? await em.findOne(ActivityEntry, { agencyId: this.agencyId, id })
      : null;
    if (!entry) throw notFound('activities.entryNotFound');
    if (entry.employee.id !== this.viewer.employeeId) throw forbidden('activities.notOwner');
    return entry;
  }

  // ── rules shared by logging, editing and drafting ────────────────────────────────────────
  private async items(ids: string[], em: EntityManager): Promise<Map<string, LoggableItem>> {
    const rows = await query<LoggableItem>(
      em,
      `select i.id, i.name, i.standard_minutes, i.requires_evidence,
              (i.status = 'PUBLISHED' and ${ITEM_APPLIES}) as loggable
         from activity_item i
         join employee e on e.agency_id = i.agency_id and e.id = $2
         left join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where i.agency_id = $1 and i.id = any($3::uuid[])`,
      [this.agencyId, this.viewer.employeeId, ids.filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async assertOpenPeriod(date: string, em: EntityManager): Promise<void> {
    const closed = await firstClosedMonth(em, this.agencyId, date.slice(0, 7));
    if (closed) throw conflict('activities.periodClosed', { month: closed });
  }

  private async timing(
    date: string,
    start: number,
    end: number,
    em: EntityManager,
  ): Promise<Violation | null> {
    const policy = await policyOn(em, this.agencyId, date);
    return timingViolation({
      date,
      startMinutes: start,
      endMinutes: end,
      ...this.clock(),
      ...policy,
    });
  }

  private parseTimes(input: { startTime: string; endTime: string }): {
    start: number;
    end: number;
  } {
    const start = minutesOf(input.startTime);
    if (start === null)
      throw badInput('activities.badTime', { value: input.startTime }, { field: 'startTime' });
    const end = minutesOf(input.endTime);
    if (end === null)
      throw badInput('activities.badTime', { value: input.endTime }, { field: 'endTime' });
    return { start, end };
  }

  /** The first entry of the viewer overlapping [start, end) on date (rejected ones do not count). */
  private async overlapping(
    date: string,
    start: string,
    end: string,
    em: EntityManager,
    except?: string,
  ) {
    const [row] = await query<{ start_time: string; end_time: string; name: string }>(
      em,
      `select e.start_time, e.end_time, i.name
         from activity_entry e join activity_item i on i.agency_id = e.agency_id and i.id = e.item_id
        where e.agency_id = $1 and e.employee_id = $2 and e.date = $3::date and e.status <> 'REJECTED'
          and e.start_time < $5::time and e.end_time > $4::time and e.id is distinct from $6::uuid
        order by e.start_time limit 1`,
      [this.agencyId, this.viewer.employeeId, date, start, end, except ?? null],
    );
    return row ?? null;
  }

  /** Checks an input against every rule; returns the values to store. Writes nothing. */
  private async validate(input: ActivityInput, em: EntityManager, except?: string) {
    const { start, end } = this.parseTimes(input);
    const timing = await this.timing(input.date, start, end, em);
    if (timing) throw violation(timing);
    await this.assertOpenPeriod(input.date, em);
    const item = (await this.items([input.itemId], em)).get(input.itemId);
    if (!item) throw notFound('activities.itemNotFound');
    if (!item.loggable)
      throw badInput('activities.itemNotApplicable', { item: item.name }, { field: 'itemId' });
    const evidenceIds = [...new Set(input.evidenceIds ?? [])];
    if (item.requires_evidence && !evidenceIds.length) {
      throw badInput('activities.evidenceRequired', { item: item.name }, { field: 'evidenceIds' });
    }
    await assertEvidenceUsable(em, this.viewer, evidenceIds);
    const startTime = hhmm(input.startTime);
    const endTime = hhmm(input.endTime);
    const clash = await this.overlapping(input.date, startTime, endTime, em, except);
    if (clash) {
      throw conflict('activities.overlap', {
        start: hhmm(clash.start_time),
        end: hhmm(clash.end_time),
        item: clash.name,
      });
    }
    return {
      startTime,
      endTime,
      evidenceIds,
      credited: creditedMinutes(item.standard_minutes, input.quantity, start, end),
    };
  }

  private async linkEvidence(
    entryId: string,
    evidenceIds: string[],
    em: EntityManager,
  ): Promise<void> {
    await query(em, 'delete from activity_entry_evidence where agency_id = $1 and entry_id = $2', [
      this.agencyId,
      entryId,
    ]);
    if (!evidenceIds.length) return;
    await query(
      em,
      `insert into activity_entry_evidence (agency_id, entry_id, evidence_id)
       select $1, $2, unnest($3::uuid[])`,
      [this.agencyId, entryId, evidenceIds],
    );
  }

  // ── changes ──────────────────────────────────────────────────────────────────────────────
  async log(input: ActivityInput): Promise<ActivityEntry> {
    const clientId = input.clientId ?? null;
    if (clientId !== null && !isUuid(clientId))
      throw badInput('common.invalidId', { id: clientId }, { field: 'clientId' });
    return this.em.transactional(async (em) => {
      if (clientId !== null) {
        // The offline queue may send an entry again (a lost answer, two tabs): the first one wins.
        await query(em, 'select pg_advisory_xact_lock(hashtext($1))', [clientId]);
        const sent = await em.findOne(ActivityEntry, {
          agencyId: this.agencyId,
          employee: this.viewer.employeeId,
          clientId,
        });
        if (sent) return sent;
      }
      const v = await this.validate(input, em);
      const entry = em.create(ActivityEntry, {
        agencyId: this.agencyId,
        employee: em.getReference(Employee, this.viewer.employeeId),
        date: input.date,
        startTime: v.startTime,
        endTime: v.endTime,
        item: em.getReference(ActivityItem, input.itemId),
        quantity: input.quantity,
        description: input.description?.trim() || null,
        creditedMinutes: v.credited,
        clientId,
      });
      await flushOrOverlap(em);
      await this.linkEvidence(entry.id, v.evidenceIds, em);
      this.audit(em).write('activity.create', 'ActivityEntry', entry.id, {
        after: { ...snapshot(entry), evidenceIds: v.evidenceIds },
      });
      await em.flush();
      return entry;
    });
  }

  async update(id: string, input: ActivityInput): Promise<ActivityEntry> {
    return this.em.transactional(async (em) => {
      const entry = await this.ownEntry(id, em);
      if (!EDITABLE.has(entry.status))
        throw conflict('activities.notEditable', { status: entry.status });
      await this.assertOpenPeriod(entry.date, em);
      const before = snapshot(entry);
      const v = await this.validate(input, em, entry.id);
      em.assign(entry, {
        date: input.date,
        startTime: v.startTime,
        endTime: v.endTime,
        item: em.getReference(ActivityItem, input.itemId),
        quantity: input.quantity,
        description: input.description?.trim() || null,
        creditedMinutes: v.credited,
      });
      await flushOrOverlap(em);
      await this.linkEvidence(entry.id, v.evidenceIds, em);
      this.audit(em).write('activity.update', 'ActivityEntry', entry.id, {
        before,
        after: { ...snapshot(entry), evidenceIds: v.evidenceIds },
      });
      await em.flush();
      return entry;
    });
  }

  async delete(id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const entry = await this.ownEntry(id, em);
      if (!EDITABLE.has(entry.status))
        throw conflict('activities.notEditable', { status: entry.status });
      await this.assertOpenPeriod(entry.date, em);
      this.audit(em).write('activity.delete', 'ActivityEntry', entry.id, {
        before: snapshot(entry),
      });
      em.remove(entry);
      await em.flush();
      return true;
    });
  }

  /**
   * Sends the day's drafts and returned entries for verification, in one statement. At the top of
   * the hierarchy (nobody above) they are approved at once when the policy says so.
   */
  async submitDay(date: string): Promise<ActivityEntry[]> {
    return this.em.transactional(async (em) => {
      await this.assertOpenPeriod(date, em);
      const policy = await policyOn(em, this.agencyId, date);
      const { today } = this.clock();
      const late = timingViolation({
        date,
        startMinutes: 0,
        endMinutes: 1,
        today,
        nowMinutes: 1440,
        ...policy,
      });
      if (late && late.key !== 'activities.future') throw violation(late);
      const [top] = await query<{ top: boolean }>(
        em,
        `select not exists (
           with recursive up(pos) as (
             select p.parent_id from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
              where e.agency_id = $1 and e.id = $2
             union all
             select p.parent_id from up join position p on p.agency_id = $1 and p.id = up.pos
           )
           select 1 from up where position_occupant($1, pos, $3::date, $2) is not null
         ) as top`,
        [this.agencyId, this.viewer.employeeId, today],
      );
      const auto = Boolean(top?.top) && policy.autoApproveTop;
      const rows = await query<{ id: string; before: string }>(
        em,
        `update activity_entry e set
           status = $4::activity_entry_status, submitted_at = now(), updated_at = now(),
           decided_by = null, decided_at = case when $5 then now() end, decision_note = null,
           decision_source = case when $5 then 'AUTO'::decision_source end
          from (select id, status from activity_entry
                 where agency_id = $1 and employee_id = $2 and date = $3::date and status in ('DRAFT', 'RETURNED')
                 for update) old
         where e.agency_id = $1 and e.id = old.id
         returning e.id, old.status::text as before`,
        [
          this.agencyId,
          this.viewer.employeeId,
          date,
          auto ? ActivityEntryStatus.APPROVED : ActivityEntryStatus.SUBMITTED,
          auto,
        ],
      );
      if (!rows.length) throw badInput('activities.nothingToSubmit', { date });
      await query(
        em,
        `insert into audit_event (agency_id, id, actor_id, action, entity_type, entity_id, data, request_id)
         select $1, gen_random_uuid(), $2, 'activity.submit', 'ActivityEntry', r.id,
                jsonb_build_object('before', jsonb_build_object('status', r.before), 'after', jsonb_build_object('status', $5::text, 'source', $6::text)), $3
           from unnest($4::uuid[], $7::text[]) as r(id, before)`,
        [
          this.agencyId,
          this.viewer.employeeId,
          this.requestId,
          rows.map((r) => r.id),
          auto ? ActivityEntryStatus.APPROVED : ActivityEntryStatus.SUBMITTED,
          auto ? DecisionSource.AUTO : null,
          rows.map((r) => r.before),
        ],
      );
      return em.find(
        ActivityEntry,
        { agencyId: this.agencyId, id: { $in: rows.map((r) => r.id) } },
        {
          orderBy: { startTime: 'asc' },
          refresh: true,
        },
      );
    });
  }

  // ── drafting many: copy a day, apply the schedule ────────────────────────────────────────
  async copyDay(from: string, to: string, locale: Locale) {
    const source = await this.em.find(
      ActivityEntry,
      {
        agencyId: this.agencyId,
        employee: this.viewer.employeeId,
        date: from,
        status: { $ne: ActivityEntryStatus.REJECTED },
      },
      { orderBy: { startTime: 'asc' } },
    );
    return this.draftMany(
      to,
      source.map((e) => ({
        sourceId: e.id,
        itemId: e.item.id,
        startTime: hhmm(e.startTime),
        endTime: hhmm(e.endTime),
        quantity: e.quantity,
        description: e.description,
      })),
      locale,
    );
  }

  async applySchedule(date: string, locale: Locale) {
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const rows = await this.em.find(
      ActivitySchedule,
      {
        agencyId: this.agencyId,
        employeeId: this.viewer.employeeId,
        weekdays: { $contains: [weekday] },
      },
      { orderBy: { startTime: 'asc' } },
    );
    return this.draftMany(
      date,
      rows.map((s) => ({
        sourceId: s.id,
        itemId: s.item.id,
        startTime: hhmm(s.startTime),
        endTime: hhmm(s.endTime),
        quantity: s.quantity,
        description: s.description,
      })),
      locale,
    );
  }

  /**
   * Drafts the candidates on `date` in one transaction, skipping (and saying why) each that breaks
   * a rule: overlap with what is there or with an earlier candidate, an item that no longer applies
   * or needs evidence, or the date's own limits (which refuse the whole call).
   */
  private async draftMany(
    date: string,
    candidates: {
      sourceId: string;
      itemId: string;
      startTime: string;
      endTime: string;
      quantity: number;
      description: string | null;
    }[],
    locale: Locale,
  ): Promise<{ created: ActivityEntry[]; skipped: SkippedEntry[] }> {
    return this.em.transactional(async (em) => {
      await this.assertOpenPeriod(date, em);
      const dayTiming = await this.timing(date, 0, 1, em);
      if (dayTiming && dayTiming.key !== 'activities.future') throw violation(dayTiming);
      const items = await this.items([...new Set(candidates.map((c) => c.itemId))], em);
      const taken = (
        await query<{ start_time: string; end_time: string }>(
          em,
          `select start_time, end_time from activity_entry
            where agency_id = $1 and employee_id = $2 and date = $3::date and status <> 'REJECTED'`,
          [this.agencyId, this.viewer.employeeId, date],
        )
      ).map((r) => [minutesOf(r.start_time)!, minutesOf(r.end_time)!] as const);
      const { today, nowMinutes } = this.clock();
      const policy = await policyOn(em, this.agencyId, date);

      const created: ActivityEntry[] = [];
      const skipped: SkippedEntry[] = [];
      for (const c of candidates) {
        const item = items.get(c.itemId);
        const start = minutesOf(c.startTime)!;
        const end = minutesOf(c.endTime)!;
        const skip = (reason: string) =>
          skipped.push({
            sourceId: c.sourceId,
            startTime: c.startTime,
            endTime: c.endTime,
            itemName: item?.name ?? '',
            reason,
          });
        const timing = timingViolation({
          date,
          startMinutes: start,
          endMinutes: end,
          today,
          nowMinutes,
          ...policy,
        });
        if (timing) skip(translate(locale, timing.key, timing.params));
        else if (!item?.loggable) skip(translate(locale, 'activities.skipNotApplicable'));
        else if (item.requires_evidence) skip(translate(locale, 'activities.skipEvidence'));
        else if (taken.some(([s, e]) => s < end && e > start))
          skip(translate(locale, 'activities.skipOverlap'));
        else {
          taken.push([start, end]);
          created.push(
            em.create(ActivityEntry, {
              agencyId: this.agencyId,
              employee: em.getReference(Employee, this.viewer.employeeId),
              date,
              startTime: c.startTime,
              endTime: c.endTime,
              item: em.getReference(ActivityItem, c.itemId),
              quantity: c.quantity,
              description: c.description,
              creditedMinutes: creditedMinutes(item.standard_minutes, c.quantity, start, end),
            }),
          );
        }
      }
      for (const e of created)
        this.audit(em).write('activity.create', 'ActivityEntry', e.id, { after: snapshot(e) });
      await flushOrOverlap(em);
      return { created, skipped };
    });
  }

  // ── the schedule ─────────────────────────────────────────────────────────────────────────
  mySchedule(): Promise<ActivitySchedule[]> {
    return this.em.find(
      ActivitySchedule,
      { agencyId: this.agencyId, employeeId: this.viewer.employeeId },
      { orderBy: { startTime: 'asc' } },
    );
  }

  async saveScheduleItem(id: string | null, input: ScheduleInput): Promise<ActivitySchedule> {
    return this.em.transactional(async (em) => {
      const { start, end } = this.parseTimes(input);
      if (end <= start) throw badInput('activities.endBeforeStart');
      const weekdays = [...new Set(input.weekdays)].sort();
      if (!weekdays.length || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
        throw badInput('common.badInput', { details: 'weekdays 1–7' }, { field: 'weekdays' });
      }
      const item = (await this.items([input.itemId], em)).get(input.itemId);
      if (!item) throw notFound('activities.itemNotFound');
      if (!item.loggable)
        throw badInput('activities.itemNotApplicable', { item: item.name }, { field: 'itemId' });
      const row = id
        ? await this.ownSchedule(id, em)
        : em.create(ActivitySchedule, {
            agencyId: this.agencyId,
            employeeId: this.viewer.employeeId,
            item: em.getReference(ActivityItem, input.itemId),
            weekdays,
            startTime: hhmm(input.startTime),
            endTime: hhmm(input.endTime),
          });
      em.assign(row, {
        item: em.getReference(ActivityItem, input.itemId),
        weekdays,
        startTime: hhmm(input.startTime),
        endTime: hhmm(input.endTime),
        quantity: input.quantity,
        description: input.description?.trim() || null,
      });
      this.audit(em).write(id ? 'schedule.update' : 'schedule.create', 'ActivitySchedule', row.id, {
        ...input,
      });
      await em.flush();
      return row;
    });
  }

  async deleteScheduleItem(id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const row = await this.ownSchedule(id, em);
      this.audit(em).write('schedule.delete', 'ActivitySchedule', row.id);
      em.remove(row);
      await em.flush();
      return true;
    });
  }

  private async ownSchedule(id: string, em: EntityManager): Promise<ActivitySchedule> {
    const row = isUuid(id)
      ? await em.findOne(ActivitySchedule, {
          agencyId: this.agencyId,
          id,
          employeeId: this.viewer.employeeId,
        })
      : null;
    if (!row) throw notFound('activities.scheduleNotFound');
    return row;
  }
}

/** Flushes; the database's no-overlap constraint (a race with another request) becomes CONFLICT. */
async function flushOrOverlap(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if ((e as { code?: string }).code === '23P01') throw conflict('activities.overlapAny');
    throw e;
  }
}
