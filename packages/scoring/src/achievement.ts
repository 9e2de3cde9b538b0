/**
 * The performance part's minutes (rules.md, "Activities and the performance part"): each day's
 * approved credited minutes capped at the daily cap, the month's target, and achievement.
 *
 * Decisions where the rules are silent (README.md, "Report card"):
 * - On a day above the cap, main minutes are credited first and additional minutes fill what is
 *   left: additional minutes are capped again for the month, main minutes are not.
 * - The additional allowance (25 % of the target) is rounded half up to whole minutes.
 * - A FIXED target of an employee who joined or left mid-month is pro-rated by working days
 *   (half up), as the TPP base is; a WORKING_DAYS target counts the employed working days.
 * - The target never goes below 0 (a fixed target smaller than the month's leave).
 */
import { divideHalfUp, percentHundredths, type Hundredths } from './rounding.js';

export interface MinutesEntry {
  id: string;
  date: string;
  category: 'MAIN' | 'ADDITIONAL';
  creditedMinutes: number;
}

export interface DailyCapped {
  /** Credited main and additional minutes after each day's cap. */
  main: number;
  additional: number;
  /** Minutes above the cap: kept on the entries, not credited. */
  aboveCap: number;
  /** The days above the cap, sorted. */
  daysAboveCap: string[];
  /** Credited minutes (main + additional, after the cap) per date. */
  byDate: ReadonlyMap<string, number>;
}

/** The month's credited minutes from its approved entries, each day capped at `dailyCap`. */
export function cappedMinutes(entries: readonly MinutesEntry[], dailyCap: number): DailyCapped {
  const days = new Map<string, { main: number; additional: number }>();
  for (const e of entries) {
    const day = days.get(e.date) ?? { main: 0, additional: 0 };
    if (e.category === 'MAIN') day.main += e.creditedMinutes;
    else day.additional += e.creditedMinutes;
    days.set(e.date, day);
  }
  const result: DailyCapped = {
    main: 0,
    additional: 0,
    aboveCap: 0,
    daysAboveCap: [],
    byDate: new Map(),
  };
  const byDate = result.byDate as Map<string, number>;
  for (const date of [...days.keys()].sort()) {
    const { main, additional } = days.get(date) as { main: number; additional: number };
    const creditedMain = Math.min(main, dailyCap);
    const creditedAdditional = Math.min(additional, dailyCap - creditedMain);
    result.main += creditedMain;
    result.additional += creditedAdditional;
    const above = main + additional - creditedMain - creditedAdditional;
    if (above > 0) {
      result.aboveCap += above;
      result.daysAboveCap.push(date);
    }
    byDate.set(date, creditedMain + creditedAdditional);
  }
  return result;
}

export interface TargetInput {
  mode: 'WORKING_DAYS' | 'FIXED';
  fixedMinutes: number | null;
  dailyMinimum: number;
  workingDays: number;
  /** Employed working days when joined or left mid-month; null for the whole month. */
  employedDays: number | null;
  excusedMinutes: number;
}

/** Working (or employed) days × daily minimum, or the fixed target, minus excused time. */
export function monthlyTarget(input: TargetInput): { gross: number; target: number } {
  const employed = input.employedDays ?? input.workingDays;
  let gross: number;
  if (input.mode === 'WORKING_DAYS') {
    gross = employed * input.dailyMinimum;
  } else {
    const fixed = input.fixedMinutes as number;
    gross =
      employed === input.workingDays
        ? fixed
        : Number(divideHalfUp(BigInt(fixed) * BigInt(employed), BigInt(input.workingDays)));
  }
  return { gross, target: Math.max(0, gross - input.excusedMinutes) };
}

/** The additional minutes that may count: `capPercent` of the target, half up. */
export function additionalAllowance(target: number, capPercent: Hundredths): number {
  return Number(divideHalfUp(BigInt(target) * BigInt(capPercent), 10_000n));
}

/**
 * min(100, (main + min(additional, allowance)) ÷ target × 100), two places half up; a target of
 * 0 gives 100.
 */
export function achievementOf(
  main: number,
  additional: number,
  target: number,
  additionalCapPercent: Hundredths,
): { countedAdditional: number; achievement: Hundredths } {
  const countedAdditional = Math.min(additional, additionalAllowance(target, additionalCapPercent));
  if (target === 0) return { countedAdditional, achievement: 10_000 };
  const counted = Math.min(main + countedAdditional, target);
  return { countedAdditional, achievement: percentHundredths(counted, target) };
}
