/**
 * Who may do what in the organisation: pure predicates over the viewer and their relation to the
 * target (computed in SQL by Hierarchy.relations). Tests call these directly; Access applies them.
 */
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { Role } from './organisation.enums.js';

export interface Relation {
  /** The target is the viewer. */
  self: boolean;
  /** The viewer holds or acts in a position above the target's. */
  below: boolean;
  /** The target's unit lies inside the viewer's department-admin scope. */
  inAdminScope: boolean;
}

/** Everything beyond the directory card: the owner, their supervisors, admins of their scope, executives. */
export function mayReadPrivate(viewer: Viewer, rel: Relation): boolean {
  return (
    isAgencyWide(viewer) ||
    rel.self ||
    rel.below ||
    (viewer.roles.has(Role.DEPARTMENT_ADMIN) && rel.inAdminScope)
  );
}

/** Creating or changing units, positions, employees and acting assignments inside a unit. */
export function mayAdministerUnit(viewer: Viewer, unitInAdminScope: boolean): boolean {
  return (
    viewer.roles.has(Role.AGENCY_ADMIN) ||
    (viewer.roles.has(Role.DEPARTMENT_ADMIN) && unitInAdminScope)
  );
}

/** Roles a viewer may grant. Department admins grant none beyond EMPLOYEE. */
export function mayGrantRole(viewer: Viewer, role: Role): boolean {
  return role === Role.EMPLOYEE || viewer.roles.has(Role.AGENCY_ADMIN);
}
