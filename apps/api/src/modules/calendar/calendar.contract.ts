/**
 * What the rest of the API reads from the work calendar (implemented by CalendarService, built per
 * request with the EntityManager and the agency id). Every method is one SQL statement.
 *
 * A person's roster cell for a date (roster module) overrides their work pattern: a shift makes
 * the date a working day with the shift's hours (no break), a day off makes it a non-working day
 * (WEEKEND), even on a holiday (24-hour services work through holidays by their roster).
 */
import type { DayKind } from '@kinerja/scoring';

/** One employee's day: what kind of day it is for them and, on a working day, its hours. */
export interface DayPlan {
  employeeId: string;
  date: string;
  dayKind: DayKind;
  holidayName: string | null;
  /** HH:mm, null when not a working day. */
  start: string | null;
  end: string | null;
  breakMinutes: number;
  /** end − start − break; 0 when not a working day. */
  netMinutes: number;
  /**
   * The roster shift of the date (roster_cell), which overrides the work pattern; null (or left
   * out) when the day follows the work pattern or is a rostered day off.
   */
  shiftId?: string | null;
  /** A shift ending on the next calendar day (its `end` is then that morning's time). */
  crossesMidnight?: boolean;
}

export interface CalendarReader {
  /** A plan for every employee and every date from `from` to `to` inclusive. */
  dayPlans(employeeIds: readonly string[], from: string, to: string): Promise<DayPlan[]>;
  /** The working days (YYYY-MM-DD) of a unit in a month (`YYYY-MM`). */
  workingDays(unitId: string, month: string): Promise<string[]>;
  /** The sum of the net minutes of those working days. */
  workingMinutes(unitId: string, month: string): Promise<number>;
}
