import DataLoader from 'dataloader';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/app-error.js';
import { Role } from './organisation.enums.js';
import type { Hierarchy } from './hierarchy.js';
import { mayAdministerUnit, mayReadPrivate, type Relation } from './organisation.policy.js';

/** Row-level authorization of the organisation for one request; relations batched per tick. */
export class Access {
  readonly relation: DataLoader<string, Relation>;

  constructor(
    readonly viewer: Viewer,
    private readonly hierarchy: Hierarchy,
    private readonly today: string,
  ) {
    this.relation = new DataLoader(async (ids) => {
      if (isAgencyWide(viewer)) {
        return ids.map((id) => ({
          self: id === viewer.employeeId,
          below: false,
          inAdminScope: true,
        }));
      }
      const adminUnit = viewer.roles.has(Role.DEPARTMENT_ADMIN) ? viewer.adminUnitId : null;
      const map = await hierarchy.relations(viewer.employeeId, ids, today, adminUnit);
      return ids.map((id) => ({
        self: id === viewer.employeeId,
        below: map.get(id)?.below ?? false,
        inAdminScope: map.get(id)?.inAdminScope ?? false,
      }));
    });
  }

  async mayReadPrivate(employeeId: string): Promise<boolean> {
    return mayReadPrivate(this.viewer, await this.relation.load(employeeId));
  }

  /** Throws FORBIDDEN unless the viewer may read everything about the employee. */
  async assertMayReadPrivate(employeeId: string): Promise<void> {
    if (!(await this.mayReadPrivate(employeeId))) throw forbidden('organisation.notInSubtree');
  }

  /** Throws FORBIDDEN unless the viewer may change things inside the unit. */
  async assertAdministers(unitId: string): Promise<void> {
    const v = this.viewer;
    const inScope =
      v.roles.has(Role.DEPARTMENT_ADMIN) && v.adminUnitId
        ? await this.hierarchy.unitWithin(unitId, v.adminUnitId)
        : false;
    if (!mayAdministerUnit(v, inScope)) throw forbidden('organisation.outsideAdminScope');
  }
}
