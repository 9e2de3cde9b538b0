/**
 * The org chart's per-request loaders (kept beside the request's ViewerScope, so the feature adds
 * nothing to the shared loaders): the Plt/Plh assignments of positions, one statement per tick.
 */
import DataLoader from 'dataloader';
import type { Context, ViewerScope } from '../../context.js';
import { ActingAssignment } from './acting-assignment.entity.js';

export interface OrgChartLoaders {
  /** Assignments of a position not yet ended (ending today or later, or open), by start date. */
  currentActingByPosition: DataLoader<string, ActingAssignment[]>;
}

const scopes = new WeakMap<ViewerScope, OrgChartLoaders>();

export function orgChartLoaders(ctx: Context): OrgChartLoaders {
  const scope = ctx.scope();
  let loaders = scopes.get(scope);
  if (!loaders) {
    const { em, viewer, today } = scope;
    loaders = {
      currentActingByPosition: new DataLoader(async (ids) => {
        const rows = await em.find(
          ActingAssignment,
          {
            agencyId: viewer.agencyId,
            position: { $in: [...ids] },
            $or: [{ endDate: null }, { endDate: { $gte: today } }],
          },
          { orderBy: { startDate: 'asc', id: 'asc' } },
        );
        return ids.map((id) => rows.filter((a) => a.position.id === id));
      }),
    };
    scopes.set(scope, loaders);
  }
  return loaders;
}
