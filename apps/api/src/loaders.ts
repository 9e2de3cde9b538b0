/**
 * Dataloaders built per request (createLoaders(em) in context.ts): every lookup of an employee,
 * position or unit, and every hierarchy fact a field needs, is batched into one SQL statement per
 * kind and tick, so a list never costs a query per row.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { ActivityItem } from './modules/activity-bank/activity-item.entity.js';
import { ActingAssignment } from './modules/organisation/acting-assignment.entity.js';
import { Employee } from './modules/organisation/employee.entity.js';
import { OrgUnit } from './modules/organisation/org-unit.entity.js';
import { Position } from './modules/organisation/position.entity.js';
import { createEvidenceLoaders } from './modules/evidence/evidence.loaders.js';
import type { Hierarchy } from './modules/organisation/hierarchy.js';

function byId<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  agencyId: string,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { agencyId, id: { $in: [...ids] } } as FilterQuery<T>);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupedBy<T, K extends string>(
  load: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => K,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const k = keyOf(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createLoaders(
  em: EntityManager,
  agencyId: string,
  hierarchy: Hierarchy,
  today: string,
) {
  return {
    evidenceByEntry: createEvidenceLoaders(em, agencyId).byEntry,
    employee: byId(em, Employee, agencyId),
    position: byId(em, Position, agencyId),
    unit: byId(em, OrgUnit, agencyId),
    activityItem: byId(em, ActivityItem, agencyId),
    holdersByPosition: groupedBy(
      (ids) =>
        em.find(
          Employee,
          { agencyId, position: { $in: ids }, active: true },
          { orderBy: { name: 'asc', id: 'asc' } },
        ),
      (e) => e.position!.id,
    ),
    positionsByUnit: groupedBy(
      (ids) =>
        em.find(
          Position,
          { agencyId, unit: { $in: ids } },
          { orderBy: { jobClass: 'desc', name: 'asc' } },
        ),
      (p) => p.unit.id,
    ),
    childUnits: groupedBy(
      (ids) =>
        em.find(
          OrgUnit,
          { agencyId, parent: { $in: ids } },
          { orderBy: { sortOrder: 'asc', name: 'asc' } },
        ),
      (u) => u.parent!.id,
    ),
    actingByEmployee: groupedBy(
      (ids) =>
        em.find(
          ActingAssignment,
          { agencyId, employee: { $in: ids } },
          { orderBy: { startDate: 'desc' } },
        ),
      (a) => a.employee.id,
    ),
    supervisorId: new DataLoader<string, string | null>(async (ids) => {
      const map = await hierarchy.supervisorsOf(ids, today);
      return ids.map((id) => map.get(id) ?? null);
    }),
    directReportCount: new DataLoader<string, number>(async (ids) => {
      const map = await hierarchy.directReportCounts(ids, today);
      return ids.map((id) => map.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
