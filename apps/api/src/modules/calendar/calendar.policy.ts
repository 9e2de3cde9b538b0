/**
 * Who may change the work calendar, and the pure rules of a work pattern's days. The agency admin
 * keeps the calendar (patterns, special periods, holidays); a unit's pattern may also be set by the
 * department admin of that unit (organisation.policy's mayAdministerUnit, applied by Access).
 */
import type { Viewer } from '../../common/auth/viewer.js';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import { Role } from '../organisation/organisation.enums.js';

export function mayEditCalendar(viewer: Viewer): boolean {
  return viewer.roles.has(Role.AGENCY_ADMIN);
}

export interface DayHours {
  weekday: number;
  start: string;
  end: string;
  breakMinutes?: number | null;
}

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an HH:mm time, or null when it is not one. */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The first thing wrong with a pattern's days, or null: at least one day, each weekday once, sane hours. */
export function patternDaysProblem(days: readonly DayHours[]): Problem | null {
  if (!days.length) return { key: 'calendar.noDays' };
  const seen = new Set<number>();
  for (const d of days) {
    if (seen.has(d.weekday))
      return { key: 'calendar.duplicateWeekday', params: { weekday: d.weekday } };
    seen.add(d.weekday);
    const start = minutesOf(d.start);
    const end = minutesOf(d.end);
    if (start === null) return { key: 'calendar.badTime', params: { value: d.start } };
    if (end === null) return { key: 'calendar.badTime', params: { value: d.end } };
    if (end <= start) return { key: 'calendar.endBeforeStart', params: { weekday: d.weekday } };
    if ((d.breakMinutes ?? 0) >= end - start)
      return { key: 'calendar.breakTooLong', params: { weekday: d.weekday } };
  }
  return null;
}
