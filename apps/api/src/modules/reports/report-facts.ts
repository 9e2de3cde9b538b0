/**
 * The facts of a month's report cards, gathered set-based: one statement per source for any
 * number of employees (the employees with their position and unit, the month's entries with the
 * item's category, the resolved days through AttendanceDays, the working days still ahead from the
 * calendar, the active sanctions, the policy in force on the month's first day, the review scores),
 * then @kinerja/scoring's monthlyReportCard per employee, in memory.
 */
import {
  monthlyReportCard,
  type ReportCard,
  type ReportEntry,
  type ReportInput,
  type ReportPolicy,
} from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import { concurrently, query } from '../../common/sql.js';
import { AttendanceDays, type ResolvedDay } from '../attendance/attendance-days.js';
import { CalendarService, monthRange } from '../calendar/calendar.service.js';
import { LeaveCoverageReader } from '../leave/leave.reader.js';
import { policyOn, tppBaseFor } from '../policy/policy.service.js';
import { activeSanctions } from '../sanctions/sanctions.reader.js';
import {
  storedReviewScores,
  type BehaviourValueScore,
  type ReviewScoreReader,
} from './review-scores.js';

/** Who a report card is about, as of its computation (kept in the snapshot of a closed month). */
export interface ReportSubject {
  employeeId: string;
  name: string;
  nip: string;
  positionName: string | null;
  jobClass: number | null;
  unitId: string | null;
  unitName: string | null;
}

/** A translatable cause of a discipline deduction (the attendance catalogue's keys). */
export interface DeductionCause {
  key: MessageKey;
  params: MessageParams;
}

/**
 * One employee's computed month: what report_snapshot.data holds for a closed month (version 1).
 * The policy and the working-day count are kept so that the explanation can be re-worded later.
 */
export interface ComputedReport {
  version: 1;
  subject: ReportSubject;
  policy: ReportPolicy;
  workingDays: number;
  /** The causes of each date's deductions, in the order of card.discipline.deductions. */
  causes: Record<string, DeductionCause[]>;
  card: ReportCard;
  /** The BerAKHLAK value averages behind card.behaviour (absent in snapshots before they existed). */
  behaviourValues?: BehaviourValueScore[];
}

interface EmployeeRow {
  id: string;
  name: string;
  nip: string;
  position_name: string | null;
  job_class: number | null;
  tpp_base_override: number | null;
  elected: boolean | null;
  unit_id: string | null;
  unit_name: string | null;
  joined_on: string | null;
  left_on: string | null;
}

interface EntryRow {
  employee_id: string;
  id: string;
  date: string;
  credited_minutes: number;
  status: ReportEntry['status'];
  category: ReportEntry['category'];
  item_name: string;
}

const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Who has a report card for a month, as an SQL condition on `employee e` with the month's first
 * and last day as parameters: employed at some time in the month (joined by its end, not left
 * before its start), and active unless they left (an employee who left keeps their last month).
 */
export function employedInMonth(from: string, to: string): string {
  return `(e.joined_on is null or e.joined_on <= ${to}::date)
      and (e.left_on is null or e.left_on >= ${from}::date)
      and (e.active or e.left_on is not null)`;
}

export class ReportFacts {
  constructor(
    private readonly em: EntityManager,
    private readonly agencyId: string,
    private readonly timeZone: string,
    /** The agency-local date of the request: days after it are not counted yet. */
    private readonly today: string,
    private readonly reviews: ReviewScoreReader = storedReviewScores(em, agencyId),
  ) {}

  /**
   * The computed report of each employee (of this agency) for the month, in the order given;
   * unknown ids are left out.
   */
  async load(employeeIds: readonly string[], period: string): Promise<ComputedReport[]> {
    const { from, to } = monthRange(period);
    const ids = [...new Set(employeeIds)];
    if (!ids.length) return [];
    const em = this.em;
    const calendar = new CalendarService(em, this.agencyId);
    const attendance = new AttendanceDays(
      em,
      this.agencyId,
      this.timeZone,
      calendar,
      new LeaveCoverageReader(em, this.agencyId),
    );
    // Working days not yet resolved (after today) come from the calendar's plans.
    const aheadFrom = from > this.today ? from : nextDay(this.today);
    const [employees, entries, resolved, ahead, sanctioned, policy, reviews] = await concurrently(
      em,
      [
        () => this.employees(ids),
        () => this.entries(ids, from, to),
        () => attendance.resolve(ids, from, to, this.today),
        () => (aheadFrom <= to ? calendar.dayPlans(ids, aheadFrom, to) : Promise.resolve([])),
        () => activeSanctions(em, this.agencyId, ids, period),
        () => policyOn(em, this.agencyId, from),
        () => this.reviews.scores(ids, period),
      ] as const,
    );

    const entriesOf = groupBy(entries, (e) => e.employee_id);
    const aheadOf = groupBy(
      ahead.filter((p) => p.dayKind === 'WORKDAY' && p.start !== null && p.end !== null),
      (p) => p.employeeId,
    );

    return employees.map((e) => {
      const days = resolved.get(e.id) ?? [];
      const workingDays = [
        ...days.filter((d) => d.working).map((d) => d.date),
        ...(aheadOf.get(e.id) ?? []).map((p) => p.date),
      ];
      const final = days.filter((d) => !d.provisional);
      const reportPolicy: ReportPolicy = {
        dailyMinimumMinutes: policy.dailyMinimumMinutes,
        dailyCapMinutes: policy.dailyCapMinutes,
        monthlyTargetMode: policy.monthlyTargetMode,
        monthlyTargetFixedMinutes: policy.monthlyTargetFixedMinutes,
        additionalCapPercent: policy.additionalCapPercent,
        performanceWeight: policy.performanceWeight,
        disciplineWeight: policy.disciplineWeight,
        deductions: policy.deductions,
        tppBase: e.job_class === null ? 0 : tppBaseFor(policy, e.job_class, e.tpp_base_override),
        ratingThresholds: policy.ratingThresholds,
        sanctionCutPercent: policy.sanctionCutPercent,
        sickLeaveFreeDays: policy.sickLeaveFreeDays,
        sickLeaveCutPercentPerDay: policy.sickLeaveCutPercentPerDay,
        bigLeaveCutPercentPerDay: policy.bigLeaveCutPercentPerDay,
      };
      const scores = reviews.get(e.id);
      const input: ReportInput = {
        period,
        workingDays,
        employedDays: employedDays(workingDays, e.joined_on, e.left_on),
        entries: (entriesOf.get(e.id) ?? []).map((r) => ({
          id: r.id,
          date: r.date,
          category: r.category,
          creditedMinutes: r.credited_minutes,
          status: r.status,
          itemName: r.item_name,
        })),
        days: final,
        iki: scores?.iki ?? null,
        skpScore: scores?.skpScore ?? null,
        behaviour: scores?.behaviour ?? null,
        peerStanding: scores?.peerStanding ?? null,
        sanctionActive: sanctioned.has(e.id),
        receivesTpp: !e.elected,
        policy: reportPolicy,
      };
      return {
        version: 1 as const,
        subject: {
          employeeId: e.id,
          name: e.name,
          nip: e.nip,
          positionName: e.position_name,
          jobClass: e.job_class,
          unitId: e.unit_id,
          unitName: e.unit_name,
        },
        policy: reportPolicy,
        workingDays: workingDays.length,
        causes: causesByDate(final),
        card: monthlyReportCard(input),
        behaviourValues: scores?.behaviourValues ?? [],
      };
    });
  }

  private async employees(ids: readonly string[]): Promise<EmployeeRow[]> {
    const rows = await query<EmployeeRow>(
      this.em,
      `select e.id, e.name, e.nip, p.name as position_name, p.job_class, p.tpp_base_override, p.elected,
              p.unit_id, u.name as unit_name, e.joined_on::text as joined_on, e.left_on::text as left_on
         from employee e
         left join position p on p.agency_id = e.agency_id and p.id = e.position_id
         left join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
        where e.agency_id = $1 and e.id = any($2::uuid[])`,
      [this.agencyId, ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private entries(ids: readonly string[], from: string, to: string): Promise<EntryRow[]> {
    return query<EntryRow>(
      this.em,
      `select a.employee_id, a.id, a.date::text as date, a.credited_minutes, a.status::text as status,
              i.category::text as category, i.name as item_name
         from activity_entry a
         join activity_item i on i.agency_id = a.agency_id and i.id = a.item_id
        where a.agency_id = $1 and a.employee_id = any($2::uuid[])
          and a.date between $3::date and $4::date
        order by a.employee_id, a.date, a.start_time, a.id`,
      [this.agencyId, ids, from, to],
    );
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * The working days employed when the employee joined or left during the month; null when they
 * were employed on every working day (no pro-rating).
 */
function employedDays(
  workingDays: readonly string[],
  joinedOn: string | null,
  leftOn: string | null,
): string[] | null {
  const employed = workingDays.filter(
    (d) => (joinedOn === null || d >= joinedOn) && (leftOn === null || d <= leftOn),
  );
  return employed.length === workingDays.length ? null : employed;
}

/** The translatable cause of each violation, by date, in the order the days list them. */
function causesByDate(days: readonly ResolvedDay[]): Record<string, DeductionCause[]> {
  const causes: Record<string, DeductionCause[]> = {};
  for (const d of days) if (d.causes.length) causes[d.date] = d.causes;
  return causes;
}
