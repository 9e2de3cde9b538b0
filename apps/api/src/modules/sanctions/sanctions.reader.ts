import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';

export interface ActiveSanction {
  id: string;
  employeeId: string;
  startMonth: string;
  endMonth: string;
  reason: string;
}

/**
 * The sanctions active in `month` (YYYY-MM) for each of `employeeIds`, in one statement: a map from
 * employee id to its sanctions (only employees with at least one are keys).
 */
export async function activeSanctions(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  month: string,
): Promise<Map<string, ActiveSanction[]>> {
  const result = new Map<string, ActiveSanction[]>();
  if (employeeIds.length === 0) return result;
  const rows = await query<{
    id: string;
    employee_id: string;
    start_month: string;
    end_month: string;
    reason: string;
  }>(
    em,
    `select id, employee_id, start_month, end_month, reason from disciplinary_sanction
      where agency_id = $1 and employee_id = any($2::uuid[]) and start_month <= $3 and end_month >= $3
      order by employee_id, start_month, id`,
    [agencyId, employeeIds, month],
  );
  for (const r of rows) {
    const sanction: ActiveSanction = {
      id: r.id,
      employeeId: r.employee_id,
      startMonth: r.start_month,
      endMonth: r.end_month,
      reason: r.reason,
    };
    const list = result.get(r.employee_id);
    if (list) list.push(sanction);
    else result.set(r.employee_id, [sanction]);
  }
  return result;
}
