/**
 * Who may do what with the activity bank: pure predicates (tests call them directly; the service
 * applies them with facts computed in SQL).
 *
 * - Department admins propose items, and change them while PROPOSED, within their department: the
 *   scope must list units and/or positions of the department only and no position kinds (a kind
 *   would reach every department, since the scopes are alternatives).
 * - The agency admin (BKPSDM) publishes, rejects (with a reason) and retires; may change any item
 *   in any status; and may create items directly as PUBLISHED (`createActivityItem`): the item is
 *   evaluated by the same person who would evaluate a proposal.
 */
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';
import { ActivityItemStatus } from './activity-bank.enums.js';

export type BankAction = 'publish' | 'reject' | 'retire';

/** The statuses each decision starts from. Publishing a RETIRED item brings it back. */
const FROM: Record<BankAction, readonly ActivityItemStatus[]> = {
  publish: [ActivityItemStatus.PROPOSED, ActivityItemStatus.RETIRED],
  reject: [ActivityItemStatus.PROPOSED],
  retire: [ActivityItemStatus.PUBLISHED],
};

export const TARGET: Record<BankAction, ActivityItemStatus> = {
  publish: ActivityItemStatus.PUBLISHED,
  reject: ActivityItemStatus.REJECTED,
  retire: ActivityItemStatus.RETIRED,
};

export function mayTransition(from: ActivityItemStatus, action: BankAction): boolean {
  return FROM[action].includes(from);
}

export const isAgencyAdmin = (v: Viewer): boolean => v.roles.has(Role.AGENCY_ADMIN);

/**
 * The department whose items the viewer manages: null for the agency admin (the whole bank);
 * for anyone else their department-admin unit, or '' when they have none (they manage nothing).
 */
export function managedDepartment(v: Viewer): string | null {
  if (isAgencyAdmin(v)) return null;
  return (v.roles.has(Role.DEPARTMENT_ADMIN) && v.adminUnitId) || '';
}

/** The parts of an item's scope that decide whether it lies inside one department. */
export interface ScopeFacts {
  positionKinds: readonly string[];
  unitIds: readonly string[];
  /** The units of the scope's positions. */
  positionUnitIds: readonly string[];
}

/** The scope lies inside the department whose units (the department and everything below) are given. */
export function scopeWithinDepartment(scope: ScopeFacts, departmentUnits: ReadonlySet<string>) {
  const units = [...scope.unitIds, ...scope.positionUnitIds];
  return (
    scope.positionKinds.length === 0 &&
    units.length > 0 &&
    units.every((u) => departmentUnits.has(u))
  );
}

/** Whether the viewer may change an item's fields now (scope is checked separately). */
export function mayEditStatus(v: Viewer, status: ActivityItemStatus): boolean {
  return isAgencyAdmin(v) || status === ActivityItemStatus.PROPOSED;
}
