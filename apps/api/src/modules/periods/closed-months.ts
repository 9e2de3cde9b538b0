/**
 * Whether months are closed: what every writer of a month's data (entries, decisions, attendance,
 * leave, sanctions) checks before changing it. Only SQL, so any module may import it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';

/** The first closed month from `fromMonth` to `toMonth` (YYYY-MM, inclusive), else null. */
export async function firstClosedMonth(
  em: EntityManager,
  agencyId: string,
  fromMonth: string,
  toMonth: string = fromMonth,
): Promise<string | null> {
  const [row] = await query<{ month: string }>(
    em,
    `select month from period where agency_id = $1 and closed and month between $2 and $3
      order by month limit 1`,
    [agencyId, fromMonth, toMonth],
  );
  return row?.month ?? null;
}
