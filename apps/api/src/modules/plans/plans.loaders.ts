/**
 * Plan loaders, built per request (one set per viewer scope): a plan's results, a result's
 * indicators, results by id and the SKP score so far of plans, one statement per batch.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { query } from '../../common/sql.js';
import type { ViewerScope } from '../../context.js';
import { IkiService } from './iki.service.js';
import { Indicator, PlannedResult } from './plans.entities.js';

function grouped<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row));
    if (list) list.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

export function createPlanLoaders(em: EntityManager, agencyId: string) {
  return {
    resultsByPlan: new DataLoader<string, PlannedResult[]>(async (ids) => {
      const rows = await em.find(
        PlannedResult,
        { agencyId, planId: { $in: [...ids] } },
        { orderBy: { sortOrder: 'asc', id: 'asc' } },
      );
      const groups = grouped(rows, (r) => r.planId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    indicatorsByResult: new DataLoader<string, Indicator[]>(async (ids) => {
      const rows = await em.find(
        Indicator,
        { agencyId, resultId: { $in: [...ids] } },
        { orderBy: { sortOrder: 'asc', id: 'asc' } },
      );
      const groups = grouped(rows, (r) => r.resultId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    resultById: new DataLoader<string, PlannedResult | null>(async (ids) => {
      const rows = await em.find(PlannedResult, { agencyId, id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Plan id → the SKP score so far (percent), from the approved IKI reports of the plan. */
    skpByPlan: new DataLoader<string, number | null>(async (ids) => {
      const rows = await query<{ plan_id: string; scores: number[] }>(
        em,
        `select plan_id, array_agg(score order by month) as scores from iki_report
          where agency_id = $1 and plan_id = any($2::uuid[]) and status = 'APPROVED'
          group by plan_id`,
        [agencyId, ids],
      );
      const map = new Map(rows.map((r) => [r.plan_id, r.scores.map(Number)]));
      return ids.map((id) => IkiService.skpOf(map.get(id) ?? []));
    }),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;

const cache = new WeakMap<ViewerScope, PlanLoaders>();

/** The plan loaders of a request's viewer scope. */
export function planLoaders(scope: ViewerScope): PlanLoaders {
  let loaders = cache.get(scope);
  if (!loaders) {
    loaders = createPlanLoaders(scope.em, scope.viewer.agencyId);
    cache.set(scope, loaders);
  }
  return loaders;
}
