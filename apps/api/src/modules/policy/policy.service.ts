import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { DEFAULT_POLICY, type PolicyValues } from './performance-policy.entity.js';

/**
 * The policy values in force on `date` for an agency: the version with the latest effective_from on
 * or before it, else the defaults of rules.md.
 */
export async function policyOn(
  em: EntityManager,
  agencyId: string,
  date: string,
): Promise<PolicyValues> {
  const [row] = await query<{
    daily_minimum_minutes: number;
    daily_cap_minutes: number;
    backdating_days: number;
    entry_deadline_day: number;
    verification_deadline_day: number;
    escalation_working_days: number;
    auto_approve_top: boolean;
  }>(
    em,
    `select daily_minimum_minutes, daily_cap_minutes, backdating_days, entry_deadline_day,
            verification_deadline_day, escalation_working_days, auto_approve_top
       from performance_policy where agency_id = $1 and effective_from <= $2::date
      order by effective_from desc limit 1`,
    [agencyId, date],
  );
  if (!row) return { ...DEFAULT_POLICY };
  return {
    dailyMinimumMinutes: row.daily_minimum_minutes,
    dailyCapMinutes: row.daily_cap_minutes,
    backdatingDays: row.backdating_days,
    entryDeadlineDay: row.entry_deadline_day,
    verificationDeadlineDay: row.verification_deadline_day,
    escalationWorkingDays: row.escalation_working_days,
    autoApproveTop: row.auto_approve_top,
  };
}
