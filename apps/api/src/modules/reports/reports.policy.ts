/**
 * Who may read what of the reports, as pure predicates (tests call them directly). A report card
 * and a team's month follow organisation.policy.ts's mayReadPrivate per person.
 */
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';

/**
 * The TPP recap (payroll): agency admins and executives for any unit, a department admin for the
 * units of their department.
 */
export function mayReadTppRecap(viewer: Viewer, unitInAdminScope: boolean): boolean {
  return isAgencyWide(viewer) || (viewer.roles.has(Role.DEPARTMENT_ADMIN) && unitInAdminScope);
}
