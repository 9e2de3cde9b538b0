/**
 * Months of an agency, open or closed (product.md, "Closing a month").
 *
 * Closing freezes the month: in one transaction every report card of the month is computed
 * (ReportFacts, in chunks, one statement per source per chunk) and stored in report_snapshot with
 * one set-based insert per chunk, and the period is marked closed; from then on reports of the
 * month are read from the snapshots (later policy changes do not alter them) and the month's
 * entries, attendance and leave are refused with CONFLICT by their modules.
 *
 * Decisions:
 * - A month can be closed only after it has ended, and without `force` only after the closing day
 *   (the policy in force on the month's first day) of the next month has passed; forcing needs a
 *   reason.
 * - Re-opening deletes the snapshots: the reports of an open month are live again. What was
 *   discarded (how many cards, the TPP total) is kept in the audit event beside the reason.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { assertMonth, dayOfNextMonth } from './months.js';
import { badInput, conflict } from '../../common/errors/app-error.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import { monthRange } from '../calendar/calendar.service.js';
import { policyOn } from '../policy/policy.service.js';
import { employedInMonth, ReportFacts } from '../reports/report-facts.js';

export const MAX_REASON_LENGTH = 500;
/** Employees computed per round of statements while closing (bounds memory, not correctness). */
export const CLOSE_CHUNK = 2_000;

export type PeriodStatus = 'OPEN' | 'CLOSABLE' | 'CLOSED';

export interface PeriodInfo {
  month: string;
  status: PeriodStatus;
  closed: boolean;
  /** The day of the next month after which the month may be closed without force. */
  closingDate: string;
  closedAt: Date | null;
  closedById: string | null;
  closedReason: string | null;
  reopenedAt: Date | null;
  reopenedById: string | null;
  reopenReason: string | null;
}

interface PeriodRow {
  id: string;
  month: string;
  closed: boolean;
  closed_at: Date | string | null;
  closed_by: string | null;
  closed_reason: string | null;
  reopened_at: Date | string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

const PERIOD_COLUMNS = `id, month, closed, closed_at, closed_by, closed_reason, reopened_at, reopened_by, reopen_reason`;

/** The closing date of a month: `closingDay` of the next month (YYYY-MM-DD). */
export const closingDateOf = dayOfNextMonth;

/** The status of a month on `today`: CLOSED, CLOSABLE once its closing date has passed, else OPEN. */
export function statusOf(closed: boolean, closingDate: string, today: string): PeriodStatus {
  if (closed) return 'CLOSED';
  return today > closingDate ? 'CLOSABLE' : 'OPEN';
}

/** Whether the month is closed (one statement): what the report readers branch on. */
export async function isClosed(
  em: EntityManager,
  agencyId: string,
  month: string,
): Promise<boolean> {
  const [row] = await query<{ closed: boolean }>(
    em,
    'select closed from period where agency_id = $1 and month = $2',
    [agencyId, month],
  );
  return row?.closed ?? false;
}

/** A timestamptz as read by hand-written SQL (the driver may hand it over as text). */
const instant = (value: Date | string | null): Date | null =>
  value === null ? null : new Date(value);

function reasonOf(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? '';
  if (text.length > MAX_REASON_LENGTH)
    throw badInput('periods.reasonTooLong', { max: MAX_REASON_LENGTH }, { field: 'reason' });
  return text || null;
}

export class PeriodsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /** The twelve months of a year with their status (thirteen statements). */
  async year(year: number): Promise<PeriodInfo[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2999)
      throw badInput('calendar.badYear', { value: year }, { field: 'year' });
    const months = Array.from(
      { length: 12 },
      (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`,
    );
    const [rows, policies] = await Promise.all([
      query<PeriodRow>(
        this.em,
        `select ${PERIOD_COLUMNS} from period where agency_id = $1 and month = any($2::text[])`,
        [this.agencyId, months],
      ),
      // One statement per month (twelve, whatever the agency's size).
      Promise.all(months.map((m) => policyOn(this.em, this.agencyId, `${m}-01`))),
    ]);
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return months.map((month, i) =>
      this.info(month, byMonth.get(month) ?? null, policies[i]!.closingDay),
    );
  }

  async get(month: string): Promise<PeriodInfo> {
    assertMonth(month);
    const [[row], policy] = await Promise.all([
      query<PeriodRow>(
        this.em,
        `select ${PERIOD_COLUMNS} from period where agency_id = $1 and month = $2`,
        [this.agencyId, month],
      ),
      policyOn(this.em, this.agencyId, `${month}-01`),
    ]);
    return this.info(month, row ?? null, policy.closingDay);
  }

  /**
   * Closes the month: refused (CONFLICT) before it has ended, when closed already, and before its
   * closing date has passed unless forced with a reason. Freezes every report card of the month.
   */
  async close(
    month: string,
    force: boolean,
    reason: string | null | undefined,
  ): Promise<PeriodInfo> {
    assertMonth(month);
    const why = reasonOf(reason);
    const { to } = monthRange(month);
    const policy = await policyOn(this.em, this.agencyId, `${month}-01`);
    const closingDate = closingDateOf(month, policy.closingDay);
    if (this.today <= to) throw conflict('periods.notOver', { month });
    const early = this.today <= closingDate;
    if (early && !force) throw conflict('periods.beforeClosingDay', { month, date: closingDate });
    if (early && !why) throw badInput('periods.reasonRequired', {}, { field: 'reason' });

    const at = this.now();
    await this.em.transactional(async (em) => {
      const row = await this.lock(em, month);
      if (row.closed) throw conflict('periods.alreadyClosed', { month });
      const { employees, tppTotal } = await this.snapshot(em, month, at);
      await query(
        em,
        `update period set closed = true, closed_at = $3, closed_by = $4, closed_reason = $5, updated_at = $3
          where agency_id = $1 and month = $2`,
        [this.agencyId, month, at, this.viewer.employeeId, why],
      );
      this.audit(em).write('period.close', 'Period', row.id, {
        month,
        force: early,
        reason: why,
        closingDate,
        reports: employees,
        tppTotal,
      });
    });
    return this.get(month);
  }

  /** Re-opens a closed month (a reason is required): its reports are live again. */
  async reopen(month: string, reason: string): Promise<PeriodInfo> {
    assertMonth(month);
    const why = reasonOf(reason);
    if (!why) throw badInput('periods.reasonRequired', {}, { field: 'reason' });
    const at = this.now();
    await this.em.transactional(async (em) => {
      const row = await this.lock(em, month);
      if (!row.closed) throw conflict('periods.notClosed', { month });
      const [discarded] = await query<{ reports: number; tpp_total: string | null }>(
        em,
        `with gone as (
           delete from report_snapshot where agency_id = $1 and month = $2
           returning (data -> 'card' -> 'tpp' ->> 'total')::bigint as total
         )
         select count(*)::int as reports, sum(total)::text as tpp_total from gone`,
        [this.agencyId, month],
      );
      await query(
        em,
        `update period set closed = false, reopened_at = $3, reopened_by = $4, reopen_reason = $5, updated_at = $3
          where agency_id = $1 and month = $2`,
        [this.agencyId, month, at, this.viewer.employeeId, why],
      );
      this.audit(em).write('period.reopen', 'Period', row.id, {
        month,
        reason: why,
        discardedReports: discarded?.reports ?? 0,
        discardedTppTotal: Number(discarded?.tpp_total ?? 0),
      });
    });
    return this.get(month);
  }

  /** The period row of the month, created when missing, locked for the transaction. */
  private async lock(em: EntityManager, month: string): Promise<PeriodRow> {
    await query(
      em,
      `insert into period (agency_id, id, month) values ($1, gen_random_uuid(), $2)
       on conflict (agency_id, month) do nothing`,
      [this.agencyId, month],
    );
    const [row] = await query<PeriodRow>(
      em,
      `select ${PERIOD_COLUMNS} from period where agency_id = $1 and month = $2 for update`,
      [this.agencyId, month],
    );
    return row!;
  }

  /**
   * Computes the report card of everyone employed in the month and stores it (one insert per chunk
   * of CLOSE_CHUNK employees); answers how many and their TPP total.
   */
  private async snapshot(
    em: EntityManager,
    month: string,
    at: Date,
  ): Promise<{ employees: number; tppTotal: number }> {
    const { from, to } = monthRange(month);
    const people = await query<{ id: string }>(
      em,
      `select e.id from employee e where e.agency_id = $1 and ${employedInMonth('$2', '$3')} order by e.id`,
      [this.agencyId, from, to],
    );
    const facts = new ReportFacts(em, this.agencyId, this.viewer.timeZone, this.today);
    let tppTotal = 0;
    for (let i = 0; i < people.length; i += CLOSE_CHUNK) {
      const reports = await facts.load(
        people.slice(i, i + CLOSE_CHUNK).map((p) => p.id),
        month,
      );
      tppTotal += reports.reduce((sum, r) => sum + r.card.tpp.total, 0);
      await query(
        em,
        `insert into report_snapshot (agency_id, month, employee_id, unit_id, data, computed_at)
         select $1, $2, r.employee_id, r.unit_id, r.data, $4
           from jsonb_to_recordset($3::jsonb) as r(employee_id uuid, unit_id uuid, data jsonb)`,
        [
          this.agencyId,
          month,
          JSON.stringify(
            reports.map((r) => ({
              employee_id: r.subject.employeeId,
              unit_id: r.subject.unitId,
              data: r,
            })),
          ),
          at,
        ],
      );
    }
    return { employees: people.length, tppTotal };
  }

  private audit(em: EntityManager): AuditLog {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  private info(month: string, row: PeriodRow | null, closingDay: number): PeriodInfo {
    const closingDate = closingDateOf(month, closingDay);
    const closed = row?.closed ?? false;
    return {
      month,
      status: statusOf(closed, closingDate, this.today),
      closed,
      closingDate,
      closedAt: instant(row?.closed_at ?? null),
      closedById: row?.closed_by ?? null,
      closedReason: row?.closed_reason ?? null,
      reopenedAt: instant(row?.reopened_at ?? null),
      reopenedById: row?.reopened_by ?? null,
      reopenReason: row?.reopen_reason ?? null,
    };
  }
}
