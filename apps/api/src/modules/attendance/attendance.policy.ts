/**
 * Who may do what with attendance (pure; Access computes the relation in SQL). Reading a person's
 * attendance follows organisation.policy.ts's mayReadPrivate.
 */
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';
import type { Relation } from '../organisation/organisation.policy.js';

/**
 * Accepting a check made outside every allowed place: anyone above the person in the hierarchy
 * (their supervisor, through Plt/Plh too, and further up), agency admins and executives, and
 * department admins for their department's people; never the person themselves.
 */
export function mayAcceptAttendance(viewer: Viewer, rel: Relation): boolean {
  if (rel.self) return false;
  const admin =
    viewer.roles.has(Role.AGENCY_ADMIN) ||
    viewer.roles.has(Role.EXECUTIVE) ||
    viewer.roles.has(Role.DEPARTMENT_ADMIN);
  return rel.below || (admin && rel.inAdminScope);
}

/** Importing fingerprint logs for an employee: agency admins, department admins in scope. */
export function mayImportFingerprints(viewer: Viewer, inAdminScope: boolean): boolean {
  return (
    viewer.roles.has(Role.AGENCY_ADMIN) || (viewer.roles.has(Role.DEPARTMENT_ADMIN) && inAdminScope)
  );
}
