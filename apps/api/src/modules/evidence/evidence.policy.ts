/**
 * Who may see an evidence file (pure; evidence.service.ts computes the facts in SQL): its owner,
 * and whoever may read the private data (organisation.policy.ts: supervisors above, admins in
 * scope, executives) of an employee whose activity entry it is attached to, whose attendance check
 * it is the selfie of, or whose leave request or IKI realisation it supports. Everyone else is told
 * it does not exist (NOT_FOUND), so ids reveal nothing.
 */
import type { Viewer } from '../../common/auth/viewer.js';

export function mayViewEvidence(
  viewer: Viewer,
  ownerId: string,
  /**
   * For each employee whose entry (or attendance check) carries the evidence: may the viewer read
   * their private data?
   */
  entryEmployeesReadable: readonly boolean[],
): boolean {
  return viewer.employeeId === ownerId || entryEmployeesReadable.some(Boolean);
}
