/**
 * What the rest of the API reads from the work calendar (implemented by CalendarService, built per
 * request with the EntityManager and the agency id). Every method is one SQL statement.
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
}

export interface CalendarReader {
  /** A plan for every employee and every date from `from` to `to` inclusive. */
  dayPlans(employeeIds: readonly string[], from: string, to: string): Promise<DayPlan[]>;
  /** The working days (YYYY-MM-DD) of a unit in a month (`YYYY-MM`). */
  workingDays(unitId: string, month: string): Promise<string[]>;
  /** The sum of the net minutes of those working days. */
  workingMinutes(unitId: string, month: string): Promise<number>;
}
