/**
 * Today's attendance of a team member in a word, from the server's day (AttendanceDay): the day is
 * not over, so what counts is whether they have come, when, and whether leave, travel or a day off
 * explains their absence. The message keys are under `team.today.*`.
 */

export interface TodayDay {
  status: string;
  checkIn?: string | null;
  checkOut?: string | null;
  lateMinutes?: number;
  leaveKind?: string | null;
}

export type TodayTone = 'good' | 'warn' | 'bad' | 'info' | 'muted';

export interface TodayState {
  tone: TodayTone;
  /** Message key under `team.today`. */
  key: string;
  params: Record<string, string | number>;
}

const OFF = new Set(['WEEKEND', 'HOLIDAY', 'COLLECTIVE_LEAVE']);
const AWAY = new Set(['ON_LEAVE', 'SICK', 'OFFICIAL_TRAVEL', 'WORK_FROM_HOME']);

export function todayState(day: TodayDay | null | undefined): TodayState {
  if (!day) return { tone: 'muted', key: 'none', params: {} };
  if (OFF.has(day.status)) return { tone: 'muted', key: `status.${day.status}`, params: {} };
  if (AWAY.has(day.status) && !day.checkIn)
    return { tone: 'info', key: `status.${day.status}`, params: {} };
  if (day.checkIn && day.checkOut)
    return { tone: 'good', key: 'inOut', params: { in: day.checkIn, out: day.checkOut } };
  if (day.checkIn) {
    const late = day.lateMinutes ?? 0;
    return late > 0
      ? { tone: 'warn', key: 'inLate', params: { in: day.checkIn, minutes: late } }
      : { tone: 'good', key: 'in', params: { in: day.checkIn } };
  }
  if (day.checkOut) return { tone: 'warn', key: 'outOnly', params: { out: day.checkOut } };
  return { tone: 'bad', key: 'notYet', params: {} };
}
