import { type ResultOf, type SessionEmployeeFragment } from '@kinerja/web-common';

type SessionEmployee = ResultOf<typeof SessionEmployeeFragment>;

/**
 * Who uses a page of this app: supervisors (someone reports to them), executives (Sekda and the
 * regional head) and admins (agency or department). One person may be several.
 */
export type Audience = 'supervisor' | 'executive' | 'admin' | 'agencyAdmin';

export function audiencesOf(me: SessionEmployee | null | undefined): Set<Audience> {
  const found = new Set<Audience>();
  if (!me) return found;
  const roles = me.roles ?? [];
  if ((me.directReportCount ?? 0) > 0) found.add('supervisor');
  if (roles.includes('EXECUTIVE')) found.add('executive');
  if (roles.includes('AGENCY_ADMIN')) found.add('admin').add('agencyAdmin');
  if (roles.includes('DEPARTMENT_ADMIN')) found.add('admin');
  return found;
}

/** Whether a page meant for `audience` (none: everyone) is for this person. */
export function isFor(audience: readonly Audience[] | undefined, mine: Set<Audience>): boolean {
  return !audience?.length || audience.some((a) => mine.has(a));
}
