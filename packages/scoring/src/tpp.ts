/**
 * The TPP (rules.md, "TPP"): the base pro-rated by working days, the performance and discipline
 * parts, the other cuts, and the total.
 *
 * Decisions where the rules are silent (README.md, "Report card"):
 * - Active cuts add their percentages first; the sum (at most 100 %) is applied once to
 *   performancePart + disciplinePart, rounded half up. Each cut line's amount is its share of that
 *   one rounding (cumulative rounding), so the lines add up to otherCuts exactly.
 * - Sick and big leave are counted in half days from the resolved days (`leaveHalves` of the days
 *   whose request is SICK or BIG): sick leave beyond the free days costs the per-day percentage
 *   for each further day, half a day half of it (half up to hundredths).
 */
import type { DayStatus } from './day-status.js';
import { divideHalfUp, rupiahPercent, rupiahShare, type Hundredths } from './rounding.js';

/** Rupiah per month by job class 1–17 (rules.md; 1–15 from a published city table, 16–17 demo). */
export const TPP_BASE_BY_JOB_CLASS: Readonly<Record<number, number>> = Object.freeze({
  1: 910_340,
  2: 1_150_930,
  3: 1_391_519,
  4: 1_684_129,
  5: 2_841_561,
  6: 3_407_272,
  7: 3_920_964,
  8: 4_447_069,
  9: 5_532_975,
  10: 6_360_556,
  11: 7_312_275,
  12: 9_458_076,
  13: 11_828_507,
  14: 13_179_238,
  15: 17_311_827,
  16: 20_000_000,
  17: 24_000_000,
});

/** base × employed ÷ working, half up; the whole base when employed for the whole month. */
export function proratedBase(
  base: number,
  employedDays: number | null,
  workingDays: number,
): number {
  if (employedDays === null || employedDays === workingDays) return base;
  return Number(divideHalfUp(BigInt(base) * BigInt(employedDays), BigInt(workingDays)));
}

export interface TppCut {
  key: string;
  cause: string;
  percent: Hundredths;
  /** Dates (or other ids) the cut comes from. */
  sources: string[];
}

export interface LeaveCutPolicy {
  sickLeaveFreeDays: number;
  /** Hundredths per day. */
  sickLeaveCutPerDay: Hundredths;
  bigLeaveCutPerDay: Hundredths;
}

function leaveDays(days: readonly DayStatus[], kind: 'SICK' | 'BIG'): DayStatus[] {
  return days.filter((d) => d.leaveKind === kind && d.leaveHalves > 0);
}

function halvesText(halves: number): string {
  return `${Math.trunc(halves / 2)}${halves % 2 ? '.5' : ''}`;
}

/** The leave cuts of the month's resolved days (sick leave beyond the free days, big leave). */
export function leaveCuts(days: readonly DayStatus[], policy: LeaveCutPolicy): TppCut[] {
  const cuts: TppCut[] = [];
  const sick = leaveDays(days, 'SICK');
  const sickHalves = sick.reduce((sum, d) => sum + d.leaveHalves, 0);
  const beyond = Math.max(0, sickHalves - 2 * policy.sickLeaveFreeDays);
  if (beyond > 0 && policy.sickLeaveCutPerDay > 0) {
    cuts.push({
      key: 'tpp.cut.sickLeave',
      cause: `sick leave ${halvesText(sickHalves)} days, ${halvesText(beyond)} beyond the ${policy.sickLeaveFreeDays} free days`,
      percent: Number(divideHalfUp(BigInt(beyond) * BigInt(policy.sickLeaveCutPerDay), 2n)),
      sources: sick.map((d) => d.date),
    });
  }
  const big = leaveDays(days, 'BIG');
  const bigHalves = big.reduce((sum, d) => sum + d.leaveHalves, 0);
  if (bigHalves > 0 && policy.bigLeaveCutPerDay > 0) {
    cuts.push({
      key: 'tpp.cut.bigLeave',
      cause: `big leave ${halvesText(bigHalves)} days`,
      percent: Number(divideHalfUp(BigInt(bigHalves) * BigInt(policy.bigLeaveCutPerDay), 2n)),
      sources: big.map((d) => d.date),
    });
  }
  return cuts;
}

export interface TppParts {
  performancePart: number;
  disciplinePart: number;
  /** The sum of the cuts' percentages, at most 100 %. */
  cutPercent: Hundredths;
  otherCuts: number;
  otherCutLines: (TppCut & { amount: number })[];
  total: number;
}

/**
 * performancePart and disciplinePart of the (pro-rated) base, the other cuts as one percentage of
 * their sum, and total = parts − cuts (never below 0).
 */
export function tppParts(
  base: number,
  weights: { performance: number; discipline: number },
  achievement: Hundredths,
  discipline: Hundredths,
  cuts: readonly TppCut[],
): TppParts {
  const performancePart = rupiahShare(base, weights.performance, achievement);
  const disciplinePart = rupiahShare(base, weights.discipline, discipline);
  const parts = performancePart + disciplinePart;
  let cumulative = 0;
  let allocated = 0;
  const otherCutLines = cuts.map((cut) => {
    cumulative = Math.min(10_000, cumulative + cut.percent);
    const upTo = rupiahPercent(parts, cumulative);
    const amount = upTo - allocated;
    allocated = upTo;
    return { ...cut, amount };
  });
  return {
    performancePart,
    disciplinePart,
    cutPercent: cumulative,
    otherCuts: allocated,
    otherCutLines,
    total: parts - allocated,
  };
}
