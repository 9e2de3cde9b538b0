/** The places feature's per-request objects, built once per ViewerScope (see calendar.scope.ts). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import type { Context, ViewerScope } from '../../context.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { OfficeLocation } from './office-location.entity.js';
import { PlacesAdmin } from './places.service.js';

function createPlacesLoaders(em: EntityManager, agencyId: string) {
  const pairs = async (column: 'unit_id' | 'location_id', ids: readonly string[]) =>
    query<{ unitId: string; locationId: string }>(
      em,
      `select unit_id as "unitId", location_id as "locationId" from unit_office
        where agency_id = $1 and ${column} = any($2::uuid[])`,
      [agencyId, ids],
    );
  return {
    /** The offices assigned to a unit itself (not inherited). */
    officesByUnit: new DataLoader<string, OfficeLocation[]>(async (unitIds) => {
      const links = await pairs('unit_id', unitIds);
      const locations = await em.find(
        OfficeLocation,
        { agencyId, id: { $in: [...new Set(links.map((l) => l.locationId))] } },
        { orderBy: { name: 'asc' } },
      );
      return unitIds.map((u) => {
        const mine = new Set(links.filter((l) => l.unitId === u).map((l) => l.locationId));
        return locations.filter((l) => mine.has(l.id));
      });
    }),
    unitsByLocation: new DataLoader<string, OrgUnit[]>(async (locationIds) => {
      const links = await pairs('location_id', locationIds);
      const units = await em.find(
        OrgUnit,
        { agencyId, id: { $in: [...new Set(links.map((l) => l.unitId))] } },
        { orderBy: { name: 'asc' } },
      );
      return locationIds.map((loc) => {
        const mine = new Set(links.filter((l) => l.locationId === loc).map((l) => l.unitId));
        return units.filter((u) => mine.has(u.id));
      });
    }),
  };
}

export interface PlacesScope {
  admin: PlacesAdmin;
  loaders: ReturnType<typeof createPlacesLoaders>;
}

const scopes = new WeakMap<ViewerScope, PlacesScope>();

export function placesScope(ctx: Context): PlacesScope {
  const scope = ctx.scope();
  let places = scopes.get(scope);
  if (!places) {
    places = {
      admin: new PlacesAdmin(
        scope.em,
        scope.viewer,
        scope.access,
        scope.organisation,
        ctx.requestId,
      ),
      loaders: createPlacesLoaders(scope.em, scope.viewer.agencyId),
    };
    scopes.set(scope, places);
  }
  return places;
}
