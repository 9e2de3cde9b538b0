import type { DeductionTable } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import {
  DEFAULT_POLICY,
  defaultPolicy,
  type MonthlyTargetMode,
  type PolicyValues,
  copyReviewSettings,
  type RatingThresholds,
  type ReviewSettings,
  type TppBases,
} from './performance-policy.entity.js';

/** The columns of performance_policy that hold policy values, as read by hand-written SQL. */
export const POLICY_COLUMNS = `daily_minimum_minutes, daily_cap_minutes, backdating_days,
  entry_deadline_day, verification_deadline_day, escalation_working_days, auto_approve_top,
  monthly_target_mode, monthly_target_fixed_minutes, additional_cap_percent, performance_weight,
  discipline_weight, deductions, tpp_bases, rating_thresholds, closing_day, sanction_cut_percent,
  sick_leave_free_days, sick_leave_cut_percent_per_day, big_leave_cut_percent_per_day, review_settings`;

export interface PolicyRow {
  daily_minimum_minutes: number;
  daily_cap_minutes: number;
  backdating_days: number;
  entry_deadline_day: number;
  verification_deadline_day: number;
  escalation_working_days: number;
  auto_approve_top: boolean;
  monthly_target_mode: MonthlyTargetMode;
  monthly_target_fixed_minutes: number | null;
  additional_cap_percent: number;
  performance_weight: number;
  discipline_weight: number;
  deductions: Partial<DeductionTable>;
  tpp_bases: TppBases;
  rating_thresholds: Partial<RatingThresholds>;
  closing_day: number;
  sanction_cut_percent: number;
  sick_leave_free_days: number;
  sick_leave_cut_percent_per_day: number;
  big_leave_cut_percent_per_day: number;
  review_settings: Partial<ReviewSettings> | null;
}

/** Policy values from a row of performance_policy (selected with POLICY_COLUMNS). */
export function policyFromRow(row: PolicyRow): PolicyValues {
  return {
    dailyMinimumMinutes: row.daily_minimum_minutes,
    dailyCapMinutes: row.daily_cap_minutes,
    backdatingDays: row.backdating_days,
    entryDeadlineDay: row.entry_deadline_day,
    verificationDeadlineDay: row.verification_deadline_day,
    escalationWorkingDays: row.escalation_working_days,
    autoApproveTop: row.auto_approve_top,
    monthlyTargetMode: row.monthly_target_mode,
    monthlyTargetFixedMinutes: row.monthly_target_fixed_minutes,
    additionalCapPercent: row.additional_cap_percent,
    performanceWeight: row.performance_weight,
    disciplineWeight: row.discipline_weight,
    deductions: { ...DEFAULT_POLICY.deductions, ...row.deductions },
    tppBases: { ...row.tpp_bases },
    ratingThresholds: { ...DEFAULT_POLICY.ratingThresholds, ...row.rating_thresholds },
    closingDay: row.closing_day,
    sanctionCutPercent: row.sanction_cut_percent,
    sickLeaveFreeDays: row.sick_leave_free_days,
    sickLeaveCutPercentPerDay: row.sick_leave_cut_percent_per_day,
    bigLeaveCutPercentPerDay: row.big_leave_cut_percent_per_day,
    reviewSettings: copyReviewSettings({
      ...DEFAULT_POLICY.reviewSettings,
      ...row.review_settings,
    }),
  };
}

/**
 * The policy values in force on `date` for an agency: the version with the latest effective_from on
 * or before it, else the defaults of rules.md. One statement.
 */
export async function policyOn(
  em: EntityManager,
  agencyId: string,
  date: string,
): Promise<PolicyValues> {
  const [row] = await query<PolicyRow>(
    em,
    `select ${POLICY_COLUMNS}
       from performance_policy where agency_id = $1 and effective_from <= $2::date
      order by effective_from desc limit 1`,
    [agencyId, date],
  );
  return row ? policyFromRow(row) : defaultPolicy();
}

/**
 * The policy values in force on each of `dates` (YYYY-MM-DD), in one statement: for set-based
 * callers (a year of months, a range of days). Every date given is a key of the result.
 */
export async function policiesOn(
  em: EntityManager,
  agencyId: string,
  dates: readonly string[],
): Promise<Map<string, PolicyValues>> {
  const result = new Map<string, PolicyValues>();
  const unique = [...new Set(dates)];
  if (unique.length === 0) return result;
  const rows = await query<PolicyRow & { on_date: string }>(
    em,
    `select to_char(d.day, 'YYYY-MM-DD') as on_date, p.*
       from unnest($2::date[]) as d(day)
       left join lateral (
         select ${POLICY_COLUMNS} from performance_policy
          where agency_id = $1 and effective_from <= d.day
          order by effective_from desc limit 1) p on true`,
    [agencyId, unique],
  );
  for (const row of rows) {
    result.set(
      row.on_date,
      row.daily_minimum_minutes === null ? defaultPolicy() : policyFromRow(row),
    );
  }
  return result;
}

/**
 * The monthly TPP base of a position: its override when set, else the policy's base for its job
 * class (0 for a class the table lacks).
 */
export function tppBaseFor(
  policy: Pick<PolicyValues, 'tppBases'>,
  jobClass: number,
  override: number | null,
): number {
  if (override !== null) return override;
  return policy.tppBases[String(jobClass)] ?? 0;
}
