/**
 * Leave requests as a decider reads them: the kind's group (leave, permit, official travel and
 * work from home), when it is and how long it lasts in working days.
 */
import type { ResultOf } from '@kinerja/web-common';
import type { QueuedLeaveRequestFragment } from './decisions.documents';
import { formatDay, formatDayRange, type Translate } from './format';

export type LeaveKind = ResultOf<typeof QueuedLeaveRequestFragment>['kind'];
export type KindGroup = 'leave' | 'permit' | 'work';

/** The kinds of each group, in the order the pages list them (rules.md, "Leave"). */
export const KIND_GROUPS: Readonly<Record<KindGroup, readonly LeaveKind[]>> = {
  leave: ['ANNUAL', 'SICK', 'IMPORTANT_REASONS', 'MATERNITY', 'BIG', 'UNPAID'],
  permit: ['PERMIT_LATE', 'PERMIT_EARLY'],
  work: ['OFFICIAL_TRAVEL', 'WORK_FROM_HOME'],
};

export const KIND_GROUP_ORDER: readonly KindGroup[] = ['leave', 'permit', 'work'];

export function kindGroupOf(kind: LeaveKind): KindGroup {
  return KIND_GROUP_ORDER.find((g) => KIND_GROUPS[g].includes(kind)) ?? 'leave';
}

export const isPermit = (kind: LeaveKind) => kind === 'PERMIT_LATE' || kind === 'PERMIT_EARLY';

export interface RequestTiming {
  kind: LeaveKind;
  startDate: string;
  endDate: string;
  halfDay: boolean;
  startTime?: string | null;
  endTime?: string | null;
}

/** When: one date or a range ("26–27 Nov 2026"). */
export function describeDates(r: RequestTiming, locale: string): string {
  return r.startDate === r.endDate || isPermit(r.kind)
    ? formatDay(r.startDate, locale)
    : formatDayRange(r.startDate, r.endDate, locale);
}

/**
 * How long: a permit is the part of its date it excuses ("07:30–09:00"), a half day of official
 * travel half a working day, anything else its working days ("2 hari kerja"; none on a day off).
 */
export function describeDuration(r: RequestTiming, workingDays: number, t: Translate): string {
  if (isPermit(r.kind) && r.startTime && r.endTime)
    return t('decisions.leave.duration.permit', { from: r.startTime, to: r.endTime });
  if (r.halfDay) return t('decisions.leave.duration.halfDay');
  if (workingDays === 0) return t('decisions.leave.duration.none');
  return t('decisions.leave.duration.days', { n: workingDays }, workingDays);
}
