import type { ResultOf } from '@kinerja/web-common';
import type { LeaveRequestItemFragment } from './leave.documents';

export type LeaveRequestItem = ResultOf<typeof LeaveRequestItemFragment>;
export type LeaveKind = LeaveRequestItem['kind'];
export type LeaveStatus = LeaveRequestItem['status'];

/** The kinds a person can ask for, grouped as the form offers them (rules.md, "Leave"). */
export const KIND_GROUPS: { group: 'leave' | 'permit' | 'work'; kinds: LeaveKind[] }[] = [
  { group: 'leave', kinds: ['ANNUAL', 'SICK', 'IMPORTANT_REASONS', 'MATERNITY', 'BIG', 'UNPAID'] },
  { group: 'permit', kinds: ['PERMIT_LATE', 'PERMIT_EARLY'] },
  { group: 'work', kinds: ['OFFICIAL_TRAVEL', 'WORK_FROM_HOME'] },
];

/** Permits are one date with a time. */
export function isPermit(kind: LeaveKind): boolean {
  return kind === 'PERMIT_LATE' || kind === 'PERMIT_EARLY';
}

/** The requester may cancel a pending request, or an approved one that has not begun. */
export function canCancel(request: Pick<LeaveRequestItem, 'status' | 'startDate'>, today: string) {
  return (
    request.status === 'PENDING' || (request.status === 'APPROVED' && request.startDate > today)
  );
}
