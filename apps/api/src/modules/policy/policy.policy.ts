/**
 * Who may read and change the performance policy (pure; tests call these directly).
 * - The version in force on a date: every signed-in employee. The values decide each person's
 *   target, discipline deductions and TPP, so everyone may see the rules they are measured by.
 * - The whole history (past and planned versions): admins and executives.
 * - A new version: the agency admin only (the policy is agency-wide).
 */
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';

export const POLICY_HISTORY_READERS = [
  Role.AGENCY_ADMIN,
  Role.DEPARTMENT_ADMIN,
  Role.EXECUTIVE,
] as const;

export function mayReadPolicyHistory(viewer: Viewer): boolean {
  return POLICY_HISTORY_READERS.some((role) => viewer.roles.has(role));
}

export function mayEditPolicy(viewer: Viewer): boolean {
  return viewer.roles.has(Role.AGENCY_ADMIN);
}

/** A position's TPP override and its "elected" flag move money: the agency admin's to set. */
export function maySetPositionPay(viewer: Viewer): boolean {
  return viewer.roles.has(Role.AGENCY_ADMIN);
}
