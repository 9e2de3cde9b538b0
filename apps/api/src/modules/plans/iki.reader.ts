/**
 * IKI facts for the report card (rules.md, "IKI, SKP and the rating"): per employee, the month's
 * approved IKI score and its number of indicators, and the SKP score so far (the mean of the
 * year's approved IKI scores up to and including the month). One statement; the means are
 * computed by @kinerja/scoring.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { skpScore, type Hundredths } from '@kinerja/scoring';
import { query } from '../../common/sql.js';

export interface IkiScores {
  /** The month's approved IKI: its score in hundredths and how many indicators it has. */
  iki: { score: Hundredths; indicators: number } | null;
  /** The SKP score so far in hundredths; null before any approved IKI of the year. */
  skpScore: Hundredths | null;
}

/** The IKI facts of `month` (YYYY-MM) for each of `employeeIds` (every id is a key). */
export async function ikiScores(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  month: string,
): Promise<Map<string, IkiScores>> {
  const result = new Map<string, IkiScores>();
  if (employeeIds.length === 0) return result;
  const rows = await query<{
    employee_id: string;
    score: number | null;
    indicators: number | null;
    year_scores: number[] | null;
  }>(
    em,
    `select e.id as employee_id, r.score,
            (select count(*)::int from iki_realisation x
              where x.agency_id = $1 and x.report_id = r.id) as indicators,
            (select array_agg(y.score order by y.month) from iki_report y
              where y.agency_id = $1 and y.employee_id = e.id and y.status = 'APPROVED'
                and y.month between $4 and $3) as year_scores
       from unnest($2::uuid[]) as e(id)
       left join iki_report r
         on r.agency_id = $1 and r.employee_id = e.id and r.month = $3 and r.status = 'APPROVED'`,
    [agencyId, [...new Set(employeeIds)], month, `${month.slice(0, 4)}-01`],
  );
  for (const r of rows) {
    result.set(r.employee_id, {
      iki:
        r.score === null ? null : { score: Number(r.score), indicators: Number(r.indicators ?? 0) },
      skpScore: skpScore((r.year_scores ?? []).map(Number)),
    });
  }
  return result;
}
