/**
 * Who may edit and read a unit's shifts and roster (pure; RosterService computes the facts in one
 * statement). Editors: the unit's head (holding or acting, Plt/Plh, in the unit's top position),
 * department admins for units inside their department, agency admins. Readers: editors, anyone
 * above the unit in the hierarchy, and executives. Employees read their own cells (myRoster).
 */
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';

export interface RosterFacts {
  /** The viewer holds or acts in a top position of the unit today. */
  head: boolean;
  /** The unit lies inside the department the viewer administers. */
  inAdminScope: boolean;
  /** Some position of the unit lies under a position the viewer holds or acts in. */
  above: boolean;
}

export function mayEditRoster(viewer: Viewer, facts: RosterFacts): boolean {
  return (
    viewer.roles.has(Role.AGENCY_ADMIN) ||
    (viewer.roles.has(Role.DEPARTMENT_ADMIN) && facts.inAdminScope) ||
    facts.head
  );
}

export function mayReadRoster(viewer: Viewer, facts: RosterFacts): boolean {
  return mayEditRoster(viewer, facts) || viewer.roles.has(Role.EXECUTIVE) || facts.above;
}
