import type { ResultOf } from '@kinerja/web-common';
import type { MyMonthQuery } from './month.documents';

export type DayStatus = ResultOf<typeof MyMonthQuery>['myAttendance']['days'][number]['status'];

/**
 * How the calendar colours a day: days off grey, leave blue, absence red; a day that is worked
 * by its approved minutes against the daily minimum (met, under, none). Colour is never the only
 * signal: each day also carries a short status code and a full label.
 */
export type DayTone = 'off' | 'leave' | 'absent' | 'met' | 'under' | 'empty' | 'future';

const OFF: ReadonlySet<DayStatus> = new Set(['WEEKEND', 'HOLIDAY', 'COLLECTIVE_LEAVE']);
const LEAVE: ReadonlySet<DayStatus> = new Set(['ON_LEAVE', 'SICK']);
const ABSENT: ReadonlySet<DayStatus> = new Set(['ABSENT', 'MISSING_BOTH']);

export interface CalendarDay {
  /** Null: no attendance status yet (a day after today). */
  status: DayStatus | null;
  /** Approved credited minutes of the day. */
  approvedMinutes: number;
}

export function dayTone(day: CalendarDay | undefined, dailyMinimum: number): DayTone {
  if (!day?.status) return day && day.approvedMinutes > 0 ? 'under' : 'future';
  if (OFF.has(day.status)) return 'off';
  if (LEAVE.has(day.status)) return 'leave';
  if (ABSENT.has(day.status)) return 'absent';
  if (day.approvedMinutes >= dailyMinimum && dailyMinimum > 0) return 'met';
  return day.approvedMinutes > 0 ? 'under' : 'empty';
}

/** Statuses that break the discipline rules (shown with a warning mark). */
const VIOLATIONS: ReadonlySet<DayStatus> = new Set([
  'LATE',
  'EARLY_LEAVE',
  'LATE_AND_EARLY_LEAVE',
  'MISSING_CHECK_IN',
  'MISSING_CHECK_OUT',
  'MISSING_BOTH',
  'ABSENT',
]);

export function isViolation(status: DayStatus | null): boolean {
  return status !== null && VIOLATIONS.has(status);
}

/** Approved credited minutes per date, from a list of entries. */
export function approvedMinutesByDate(
  entries: readonly { date: string; status: string; creditedMinutes: number }[],
): Map<string, number> {
  const byDate = new Map<string, number>();
  for (const e of entries)
    if (e.status === 'APPROVED') byDate.set(e.date, (byDate.get(e.date) ?? 0) + e.creditedMinutes);
  return byDate;
}
