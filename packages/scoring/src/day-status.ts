/**
 * A day's attendance status and violations (rules.md, "Attendance and the discipline part"), from
 * the facts the API gathers: the kind of day and its hours, the checks, and the approved requests.
 *
 * Decisions where the rules are silent (README.md, "Day statuses"):
 * - A check outside every allowed place (`checkInValid` / `checkOutValid` false) counts as no
 *   check; the day still has a record, so it is never TK (absent without notice).
 * - TK needs no record at all and no approved request of any kind; a working day with a request
 *   that does not excuse the whole day and no valid check gets TL4 and PSW4 for what is not
 *   excused.
 * - Leave (any kind) and official travel excuse the whole day; two half days make a whole one.
 *   A half day excuses the TL (morning half) or the PSW (afternoon half); when the half is not
 *   given, it excuses the heavier of the two (the TL on a tie).
 * - Work from home excuses nothing: the day is judged on its checks (the API judges them against
 *   home as the allowed place).
 * - The status names the day's unexcused problem; excused lateness and early departure still show
 *   their minutes, with the `excused` flags set.
 */
import type { DayFacts, DayKind, DayLeave, DayStatusCode, LeaveKind } from './attendance.types.js';

/** TL1–TL4 late arrival, PSW1–PSW4 early departure (by level), TK absent without notice. */
export type ViolationCode = `TL${1 | 2 | 3 | 4}` | `PSW${1 | 2 | 3 | 4}` | 'TK';

export interface Violation {
  code: ViolationCode;
  /** Minutes late or early; null for a missing check or TK. */
  minutes: number | null;
  /** In English, for logs and tests: 'late 22 min', 'no check-out', 'absent without notice'. */
  cause: string;
}

export interface DayStatus {
  date: string;
  status: DayStatusCode;
  /** checkIn − scheduledStart and scheduledEnd − checkOut when positive (valid checks only). */
  lateMinutes: number;
  earlyMinutes: number;
  /** The request that shapes the day (whole-day leave before travel before half days, …). */
  leaveKind: LeaveKind | null;
  /** What the day's approved requests excuse: its TL, its PSW, or the whole day. */
  excused: { late: boolean; early: boolean; wholeDay: boolean };
  /**
   * Halves of this working day on approved leave (any kind but permits, official travel and work
   * from home): what lowers the month's target (excused.ts).
   */
  leaveHalves: 0 | 1 | 2;
  /** The unexcused violations, each one deduction. */
  violations: Violation[];
}

/** Leave proper: it excuses the day and lowers the month's target. */
const LEAVE: ReadonlySet<LeaveKind> = new Set<LeaveKind>([
  'ANNUAL',
  'SICK',
  'IMPORTANT_REASONS',
  'MATERNITY',
  'BIG',
  'UNPAID',
]);

const NON_WORKING: Readonly<Record<Exclude<DayKind, 'WORKDAY'>, DayStatusCode>> = {
  WEEKEND: 'WEEKEND',
  HOLIDAY: 'HOLIDAY',
  COLLECTIVE_LEAVE: 'COLLECTIVE_LEAVE',
};

type Level = 0 | 1 | 2 | 3 | 4;

/** A lateness or early departure: its level (0 = none), minutes (null = no check) and cause. */
interface Part {
  level: Level;
  minutes: number | null;
  cause: string;
}

const NONE: Part = { level: 0, minutes: null, cause: '' };

/** 1–30 min → 1, 31–60 → 2, 61–90 → 3, 91 or more → 4 (TL/PSW 1–4); 0 for no minutes. */
export function violationLevel(minutes: number): Level {
  if (minutes <= 0) return 0;
  if (minutes <= 30) return 1;
  if (minutes <= 60) return 2;
  if (minutes <= 90) return 3;
  return 4;
}

function assertMinute(name: string, value: number | null): asserts value is number {
  if (value === null || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer on a working day, got ${value}`);
  }
}

/** Whether the request covers time away from the office (leave or official travel). */
function isAway(l: DayLeave): boolean {
  return LEAVE.has(l.kind) || l.kind === 'OFFICIAL_TRAVEL';
}

/** Order of the request that names the day. */
function rank(l: DayLeave): number {
  if (isAway(l)) return (l.halfDay ? 2 : 0) + (LEAVE.has(l.kind) ? 0 : 1);
  if (l.kind === 'WORK_FROM_HOME') return 4;
  return l.kind === 'PERMIT_LATE' ? 5 : 6;
}

function statusOfRequest(kind: LeaveKind): DayStatusCode {
  if (kind === 'SICK') return 'SICK';
  if (LEAVE.has(kind)) return 'ON_LEAVE';
  if (kind === 'OFFICIAL_TRAVEL') return 'OFFICIAL_TRAVEL';
  if (kind === 'WORK_FROM_HOME') return 'WORK_FROM_HOME';
  return 'PRESENT';
}

function halvesOf(requests: readonly DayLeave[]): number {
  return Math.min(
    2,
    requests.reduce((sum, l) => sum + (l.halfDay ? 1 : 2), 0),
  );
}

function part(
  check: number | null,
  valid: boolean,
  minutes: number,
  what: 'check-in' | 'check-out',
  describe: (m: number) => string,
): Part {
  if (check === null) return { level: 4, minutes: null, cause: `no ${what}` };
  if (!valid) return { level: 4, minutes: null, cause: `${what} outside every allowed place` };
  return minutes > 0 ? { level: violationLevel(minutes), minutes, cause: describe(minutes) } : NONE;
}

/** The status and violations of one employee's day. */
export function resolveDay(facts: DayFacts): DayStatus {
  const { date, dayKind, leave } = facts;
  if (dayKind !== 'WORKDAY') {
    return {
      date,
      status: NON_WORKING[dayKind],
      lateMinutes: 0,
      earlyMinutes: 0,
      leaveKind: null,
      excused: { late: false, early: false, wholeDay: false },
      leaveHalves: 0,
      violations: [],
    };
  }

  const start = facts.scheduledStart;
  const end = facts.scheduledEnd;
  assertMinute('scheduledStart', start);
  assertMinute('scheduledEnd', end);
  if (end <= start) throw new RangeError('scheduledEnd must be after scheduledStart');
  const { checkIn, checkOut } = facts;
  if (checkIn !== null) assertMinute('checkIn', checkIn);
  if (checkOut !== null) assertMinute('checkOut', checkOut);

  const hasIn = checkIn !== null && facts.checkInValid;
  const hasOut = checkOut !== null && facts.checkOutValid;
  const lateMinutes = hasIn ? Math.max(0, checkIn - start) : 0;
  const earlyMinutes = hasOut ? Math.max(0, end - checkOut) : 0;

  const leaveKind = leave.reduce<DayLeave | null>(
    (best, l) => (best === null || rank(l) < rank(best) ? l : best),
    null,
  )?.kind;
  const away = leave.filter(isAway);
  const wholeDay = halvesOf(away) === 2;
  const leaveHalves = halvesOf(leave.filter((l) => LEAVE.has(l.kind))) as 0 | 1 | 2;
  const base = { date, lateMinutes, earlyMinutes, leaveKind: leaveKind ?? null, leaveHalves };

  if (wholeDay) {
    return {
      ...base,
      status: statusOfRequest(leaveKind as LeaveKind),
      excused: { late: true, early: true, wholeDay: true },
      violations: [],
    };
  }

  if (checkIn === null && checkOut === null && leave.length === 0) {
    return {
      ...base,
      status: 'ABSENT',
      excused: { late: false, early: false, wholeDay: false },
      violations: [{ code: 'TK', minutes: null, cause: 'absent without notice' }],
    };
  }

  const tl = part(checkIn, facts.checkInValid, lateMinutes, 'check-in', (m) => `late ${m} min`);
  const psw = part(
    checkOut,
    facts.checkOutValid,
    earlyMinutes,
    'check-out',
    (m) => `left ${m} min early`,
  );

  const halfDays = away.filter((l) => l.halfDay);
  let late =
    leave.some((l) => l.kind === 'PERMIT_LATE') || halfDays.some((l) => l.half === 'MORNING');
  let early =
    leave.some((l) => l.kind === 'PERMIT_EARLY') || halfDays.some((l) => l.half === 'AFTERNOON');
  if (halfDays.some((l) => l.half == null)) {
    // A half day whose half is not known covers the half not yet excused, else the heavier one.
    if (late || early) [late, early] = [true, true];
    else if (psw.level > tl.level) early = true;
    else late = true;
  }

  const isLate = tl.level > 0 && !late;
  const isEarly = psw.level > 0 && !early;
  const violations = [
    ...(isLate ? [violation('TL', tl)] : []),
    ...(isEarly ? [violation('PSW', psw)] : []),
  ];

  let status: DayStatusCode;
  if (isLate || isEarly) status = problem(!hasIn && !late, !hasOut && !early, isLate, isEarly);
  else status = leaveKind ? statusOfRequest(leaveKind) : 'PRESENT';
  return { ...base, status, excused: { late, early, wholeDay: false }, violations };
}

function violation(prefix: 'TL' | 'PSW', p: Part): Violation {
  return { code: `${prefix}${p.level}` as ViolationCode, minutes: p.minutes, cause: p.cause };
}

function problem(
  missingIn: boolean,
  missingOut: boolean,
  isLate: boolean,
  isEarly: boolean,
): DayStatusCode {
  if (missingIn && missingOut) return 'MISSING_BOTH';
  if (missingIn) return 'MISSING_CHECK_IN';
  if (missingOut) return 'MISSING_CHECK_OUT';
  if (isLate && isEarly) return 'LATE_AND_EARLY_LEAVE';
  return isLate ? 'LATE' : 'EARLY_LEAVE';
}
