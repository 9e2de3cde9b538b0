import { Role } from '../../modules/organisation/organisation.enums.js';

/** Who is calling: resolved from the session cookie or bearer token on every request. */
export interface Viewer {
  employeeId: string;
  agencyId: string;
  timeZone: string;
  roles: ReadonlySet<Role>;
  /** For a DEPARTMENT_ADMIN: the department unit they administer. */
  adminUnitId: string | null;
  sessionId: string;
}

export const isAgencyWide = (v: Viewer): boolean =>
  v.roles.has(Role.AGENCY_ADMIN) || v.roles.has(Role.EXECUTIVE);

export const isAdmin = (v: Viewer): boolean =>
  v.roles.has(Role.AGENCY_ADMIN) || v.roles.has(Role.DEPARTMENT_ADMIN);
