/**
 * Plan loaders, built per request (one set per viewer scope): a plan's results, a result's
 * indicators, results by id, the SKP score so far of plans, and the plan of each owner's
 * supervisor (what their results may support), one statement per batch.
 */
import type { EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { query } from '../../common/sql.js';
import type { ViewerScope } from '../../context.js';
import { IkiService } from './iki.service.js';
import { Indicator, PerformancePlan, PlannedResult } from './plans.entities.js';

/** The plan of an owner's supervisor for a year, with its results (what the owner may support). */
export interface SupervisorPlan {
  supervisorId: string;
  plan: PerformancePlan;
  results: PlannedResult[];
}

/** `employeeId|year` keys of supervisorPlan. */
export const ownerYearKey = (employeeId: string, year: number) => `${employeeId}|${year}`;

function grouped<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row));
    if (list) list.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

export function createPlanLoaders(
  em: EntityManager,
  agencyId: string,
  supervisorId: DataLoader<string, string | null>,
) {
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
    /**
     * `employeeId|year` → the plan of the employee's supervisor today for that year, with its
     * results; null without a supervisor or when the supervisor has no plan for the year. One
     * statement for the supervisors (batched by the scope's loader), one for plans and results.
     */
    supervisorPlan: new DataLoader<string, SupervisorPlan | null>(async (keys) => {
      const asked = keys.map((k) => {
        const [employeeId, year] = k.split('|');
        return { employeeId: employeeId!, year: Number(year) };
      });
      const supervisors = await supervisorId.loadMany(asked.map((a) => a.employeeId));
      const pairs = asked.map((a, i) => {
        const s = supervisors[i];
        return { supervisorId: typeof s === 'string' ? s : null, year: a.year };
      });
      const wanted = pairs.filter((p) => p.supervisorId !== null);
      if (!wanted.length) return keys.map(() => null);
      const rows = await query<Record<string, unknown> & { r_id: string | null }>(
        em,
        `select p.*, r.id as r_id, r.plan_id as r_plan_id, r.title as r_title,
                r.parent_result_id as r_parent_result_id, r.sort_order as r_sort_order,
                r.created_at as r_created_at, r.updated_at as r_updated_at
           from performance_plan p
           left join planned_result r on r.agency_id = p.agency_id and r.plan_id = p.id
          where p.agency_id = $1
            and (p.employee_id, p.year) in (select * from unnest($2::uuid[], $3::int[]))
          order by r.sort_order, r.id`,
        [agencyId, wanted.map((p) => p.supervisorId), wanted.map((p) => p.year)],
      );
      const plans = new Map<string, SupervisorPlan>();
      for (const row of rows) {
        const key = ownerYearKey(String(row.employee_id), Number(row.year));
        let found = plans.get(key);
        if (!found) {
          const columns = Object.fromEntries(
            Object.entries(row).filter(([k]) => !k.startsWith('r_')),
          );
          found = {
            supervisorId: String(row.employee_id),
            plan: em.map(PerformancePlan, columns),
            results: [],
          };
          plans.set(key, found);
        }
        if (row.r_id)
          found.results.push(
            em.map(PlannedResult, {
              agency_id: row.agency_id,
              id: row.r_id,
              plan_id: row.r_plan_id,
              title: row.r_title,
              parent_result_id: row.r_parent_result_id,
              sort_order: row.r_sort_order,
              created_at: row.r_created_at,
              updated_at: row.r_updated_at,
            } as EntityDictionary<PlannedResult>),
          );
      }
      return pairs.map((p) =>
        p.supervisorId ? (plans.get(ownerYearKey(p.supervisorId, p.year)) ?? null) : null,
      );
    }),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;

const cache = new WeakMap<ViewerScope, PlanLoaders>();

/** The plan loaders of a request's viewer scope. */
export function planLoaders(scope: ViewerScope): PlanLoaders {
  let loaders = cache.get(scope);
  if (!loaders) {
    loaders = createPlanLoaders(scope.em, scope.viewer.agencyId, scope.loaders.supervisorId);
    cache.set(scope, loaders);
  }
  return loaders;
}
