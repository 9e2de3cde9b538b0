/**
 * The discipline part (rules.md, "Attendance and the discipline part"): 100 % minus a deduction per
 * violation, never below 0, in hundredths of a percent (96.75 % is 9675), so the sum is exact.
 */
import type { DayStatus, ViolationCode } from './day-status.js';
import type { Hundredths } from './rounding.js';

/** The deduction of each violation, in hundredths of a percent: a policy value per agency. */
export type DeductionTable = Readonly<Record<ViolationCode, Hundredths>>;

/** The demo city's defaults, as a percentage of the discipline part. */
export const DEFAULT_DEDUCTIONS: DeductionTable = Object.freeze({
  TL1: 50,
  TL2: 100,
  TL3: 125,
  TL4: 150,
  PSW1: 50,
  PSW2: 100,
  PSW3: 125,
  PSW4: 150,
  TK: 500,
});

/**
 * The preset of Permentan 68/2012: 0.5 / 1 / 1.5 / 2 and TK 4. There the figures are a share of the
 * whole allowance rather than of the discipline part; applying them that way is the TPP's concern.
 */
export const PERMENTAN_68_2012: DeductionTable = Object.freeze({
  TL1: 50,
  TL2: 100,
  TL3: 150,
  TL4: 200,
  PSW1: 50,
  PSW2: 100,
  PSW3: 150,
  PSW4: 200,
  TK: 400,
});

export interface Deduction {
  date: string;
  code: ViolationCode;
  percent: Hundredths;
  cause: string;
}

export interface Discipline {
  /** One per violation, in the order of the days given. */
  deductions: Deduction[];
  totalDeduction: Hundredths;
  /** max(0, 100 − totalDeduction). */
  discipline: Hundredths;
}

/** The discipline part of a month from its resolved days (resolveDay). */
export function disciplineOf(
  days: readonly DayStatus[],
  table: DeductionTable = DEFAULT_DEDUCTIONS,
): Discipline {
  for (const [code, value] of Object.entries(table)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`deduction ${code} must be a non-negative integer, got ${value}`);
    }
  }
  const deductions = days.flatMap((day) =>
    day.violations.map(({ code, cause }) => ({
      date: day.date,
      code,
      percent: table[code],
      cause,
    })),
  );
  const totalDeduction = deductions.reduce((sum, d) => sum + d.percent, 0);
  return { deductions, totalDeduction, discipline: Math.max(0, 10_000 - totalDeduction) };
}
