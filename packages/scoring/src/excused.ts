/**
 * Excused time (rules.md, "Activities and the performance part"): each working day of approved
 * leave of any kind, sick leave included, lowers the month's target by one daily minimum, a half
 * day by half. Official travel, work from home and permits do not lower it.
 *
 * Collective leave (cuti bersama) is already outside the working days the target starts from
 * ("working days = days on the unit's work week minus holidays and collective leave days"), so
 * it is not counted here again: a COLLECTIVE_LEAVE day resolves with no leave halves.
 */
import type { DayStatus } from './day-status.js';
import { divideHalfUp } from './rounding.js';

export interface ExcusedTime {
  /** Half days of leave on working days (a whole day counts 2). */
  halfDays: number;
  /** halfDays × daily minimum ÷ 2, rounded half up once for the month. */
  minutes: number;
}

/** The time by which a month's resolved days (resolveDay) lower its target. */
export function excusedTime(days: readonly DayStatus[], dailyMinimumMinutes: number): ExcusedTime {
  if (!Number.isSafeInteger(dailyMinimumMinutes) || dailyMinimumMinutes < 0) {
    throw new RangeError(
      `dailyMinimumMinutes must be a non-negative integer, got ${dailyMinimumMinutes}`,
    );
  }
  const halfDays = days.reduce((sum, day) => sum + day.leaveHalves, 0);
  const minutes = Number(divideHalfUp(BigInt(halfDays) * BigInt(dailyMinimumMinutes), 2n));
  return { halfDays, minutes };
}
