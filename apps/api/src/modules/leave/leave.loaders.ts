/**
 * Leave loaders, built per request (one set per viewer scope): the evidence attached to requests,
 * one statement per batch.
 */
import DataLoader from 'dataloader';
import type { ViewerScope } from '../../context.js';
import { Evidence } from '../evidence/evidence.entity.js';

function createLeaveLoaders({ em, viewer }: ViewerScope) {
  return {
    /** Evidence id → the evidence (null when unknown). */
    attachment: new DataLoader<string, Evidence | null>(async (ids) => {
      const rows = await em.find(Evidence, { agencyId: viewer.agencyId, id: { $in: [...ids] } });
      const byId = new Map(rows.map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

type LeaveLoaders = ReturnType<typeof createLeaveLoaders>;

const cache = new WeakMap<ViewerScope, LeaveLoaders>();

/** The leave loaders of a request's viewer scope. */
export function leaveLoaders(scope: ViewerScope): LeaveLoaders {
  let loaders = cache.get(scope);
  if (!loaders) {
    loaders = createLeaveLoaders(scope);
    cache.set(scope, loaders);
  }
  return loaders;
}
