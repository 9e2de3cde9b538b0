/**
 * Who sees the executive's figures (pure, so tests can call it directly): executives and agency
 * admins the whole agency; a department admin the subtree of the unit they administer; nobody else.
 */
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';

export type PerformanceScope =
  { kind: 'agency' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

export function performanceScope(viewer: Viewer): PerformanceScope {
  if (isAgencyWide(viewer)) return { kind: 'agency' };
  if (viewer.roles.has(Role.DEPARTMENT_ADMIN) && viewer.adminUnitId)
    return { kind: 'unit', unitId: viewer.adminUnitId };
  return { kind: 'none' };
}

/** A period written YYYY-MM (years 2000–2099): its first day, else null. */
export function monthStart(period: string): string | null {
  const m = /^(20\d{2})-(0[1-9]|1[0-2])$/.exec(period);
  return m ? `${m[1]}-${m[2]}-01` : null;
}
