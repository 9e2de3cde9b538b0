/**
 * The vocabulary of attendance shared by the API (which gathers the facts of a day from the
 * calendar, leave and check-ins) and the pure rules here (which turn them into a status and the
 * discipline score). Times are minutes since the agency-local midnight.
 */

export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'COLLECTIVE_LEAVE';

export type LeaveKind =
  | 'ANNUAL'
  | 'SICK'
  | 'IMPORTANT_REASONS'
  | 'MATERNITY'
  | 'BIG'
  | 'UNPAID'
  | 'PERMIT_LATE'
  | 'PERMIT_EARLY'
  | 'OFFICIAL_TRAVEL'
  | 'WORK_FROM_HOME';

/** Which half of the day a half-day request covers. */
export type DayHalf = 'MORNING' | 'AFTERNOON';

/** An approved request covering (part of) the day. */
export interface DayLeave {
  requestId: string;
  kind: LeaveKind;
  halfDay: boolean;
  /**
   * For a half-day leave or official travel, the half it covers, when known: the morning half
   * excuses the day's lateness (TL), the afternoon half its early departure (PSW). Left out, the
   * half excuses whichever of the two weighs more (see day-status.ts).
   */
  half?: DayHalf | null;
}

/** Everything known about one employee's day. */
export interface DayFacts {
  date: string;
  dayKind: DayKind;
  /** The schedule of a working day (null otherwise). */
  scheduledStart: number | null;
  scheduledEnd: number | null;
  /** Net working minutes of the day (after the break); 0 when not a working day. */
  netMinutes: number;
  /** Check-in and check-out as minutes after local midnight; null when absent. */
  checkIn: number | null;
  checkOut: number | null;
  /** Whether the check was inside an allowed place, or accepted by the supervisor. */
  checkInValid: boolean;
  checkOutValid: boolean;
  leave: DayLeave[];
}

export type DayStatusCode =
  | 'PRESENT'
  | 'LATE'
  | 'EARLY_LEAVE'
  | 'LATE_AND_EARLY_LEAVE'
  | 'ABSENT'
  | 'MISSING_CHECK_IN'
  | 'MISSING_CHECK_OUT'
  | 'MISSING_BOTH'
  | 'ON_LEAVE'
  | 'SICK'
  | 'OFFICIAL_TRAVEL'
  | 'WORK_FROM_HOME'
  | 'HOLIDAY'
  | 'COLLECTIVE_LEAVE'
  | 'WEEKEND';
