/**
 * The demo city's performance policy: one version, effective 2026-01-01, holding the defaults of
 * rules.md. Inserted once; a version the admin has changed since is left as it is.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { DEFAULT_POLICY } from '../../modules/policy/performance-policy.entity.js';

export const DEMO_POLICY_FROM = '2026-01-01';

export async function seedPolicy(em: EntityManager, agencyId: string, id: string): Promise<void> {
  const p = DEFAULT_POLICY;
  await query(
    em,
    `insert into performance_policy (agency_id, id, effective_from, daily_minimum_minutes,
       daily_cap_minutes, backdating_days, entry_deadline_day, verification_deadline_day,
       escalation_working_days, auto_approve_top, monthly_target_mode, monthly_target_fixed_minutes,
       additional_cap_percent, performance_weight, discipline_weight, deductions, tpp_bases,
       rating_thresholds, closing_day, sanction_cut_percent, sick_leave_free_days,
       sick_leave_cut_percent_per_day, big_leave_cut_percent_per_day)
     values ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb,
       $17::jsonb, $18::jsonb, $19, $20, $21, $22, $23)
     on conflict (agency_id, effective_from) do nothing`,
    [
      agencyId,
      id,
      DEMO_POLICY_FROM,
      p.dailyMinimumMinutes,
      p.dailyCapMinutes,
      p.backdatingDays,
      p.entryDeadlineDay,
      p.verificationDeadlineDay,
      p.escalationWorkingDays,
      p.autoApproveTop,
      p.monthlyTargetMode,
      p.monthlyTargetFixedMinutes,
      p.additionalCapPercent,
      p.performanceWeight,
      p.disciplineWeight,
      JSON.stringify(p.deductions),
      JSON.stringify(p.tppBases),
      JSON.stringify(p.ratingThresholds),
      p.closingDay,
      p.sanctionCutPercent,
      p.sickLeaveFreeDays,
      p.sickLeaveCutPercentPerDay,
      p.bigLeaveCutPercentPerDay,
    ],
  );
}
