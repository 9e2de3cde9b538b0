/**
 * IKI and SKP scores (rules.md, "IKI, SKP and the rating"; national: Permenpan RB 6/2022).
 *
 * - Indicator score = min(120, realisation ÷ target × 100), in hundredths rounded half up.
 * - IKI score (a month) = the mean of the month's indicator scores, rounded half up.
 * - SKP score (a year so far) = the mean of the year's approved monthly IKI scores, rounded half up.
 * - A teaching-practice observation (rules.md, "Teachers' plan template") counts 0 / 50 / 100
 *   toward the indicator's realisation.
 *
 * Decision where the rules are silent: for a TIME or COST indicator less is better (a report done
 * in 3 days against a target of 5, a purchase under budget), so the ratio is turned over: score =
 * min(120, target ÷ realisation × 100), and a realisation of 0 (no time, no cost at all) scores
 * the cap, 120. QUANTITY and QUALITY indicators use the rules' formula as written.
 *
 * Realisations and targets are decimals with at most two places (the database stores
 * numeric(14,2)); they are computed on integers (hundredths), never on binary floating point.
 */
import { divideHalfUp, type Hundredths } from './rounding.js';

export type IndicatorKind = 'QUANTITY' | 'QUALITY' | 'TIME' | 'COST';

export type PracticeObservation =
  'BELUM_DILAKUKAN' | 'DILAKUKAN_BELUM_EFEKTIF' | 'DILAKUKAN_EFEKTIF';

/** The cap of an indicator score: 120 %. */
export const INDICATOR_SCORE_CAP: Hundredths = 12_000;

/** What each observation counts toward the realisation (percent of the practice done well). */
export const OBSERVATION_REALISATION: Readonly<Record<PracticeObservation, number>> = Object.freeze(
  {
    BELUM_DILAKUKAN: 0,
    DILAKUKAN_BELUM_EFEKTIF: 50,
    DILAKUKAN_EFEKTIF: 100,
  },
);

/** Indicators whose score grows as the realisation falls. */
export const isLowerBetter = (kind: IndicatorKind): boolean => kind === 'TIME' || kind === 'COST';

/** The realisation an observed practice counts for (0, 50 or 100). */
export function observationRealisation(observation: PracticeObservation): number {
  return OBSERVATION_REALISATION[observation];
}

/** A non-negative decimal with at most two places (12.5 → 1250); anything else is refused. */
export function decimalToHundredths(name: string, value: number): number {
  const hundredths = Math.round(value * 100);
  if (
    !Number.isFinite(value) ||
    value < 0 ||
    !Number.isSafeInteger(hundredths) ||
    Math.abs(value * 100 - hundredths) > 1e-6
  ) {
    throw new RangeError(`${name} must be a non-negative decimal with two places, got ${value}`);
  }
  return hundredths;
}

/** An indicator's score in hundredths (0 … 12000) from its realisation and target (> 0). */
export function indicatorScore(
  kind: IndicatorKind,
  realisation: number,
  target: number,
): Hundredths {
  const r = BigInt(decimalToHundredths('realisation', realisation));
  const t = BigInt(decimalToHundredths('target', target));
  if (t === 0n) throw new RangeError('target must be positive');
  const cap = BigInt(INDICATOR_SCORE_CAP);
  if (isLowerBetter(kind)) {
    if (r === 0n) return INDICATOR_SCORE_CAP;
    return Number(min(cap, divideHalfUp(t * 10_000n, r)));
  }
  return Number(min(cap, divideHalfUp(r * 10_000n, t)));
}

/** The mean of scores in hundredths, rounded half up; null for none. */
export function meanScore(scores: readonly Hundredths[]): Hundredths | null {
  if (scores.length === 0) return null;
  let sum = 0n;
  for (const s of scores) {
    if (!Number.isSafeInteger(s) || s < 0) {
      throw new RangeError(`a score must be a non-negative integer in hundredths, got ${s}`);
    }
    sum += BigInt(s);
  }
  return Number(divideHalfUp(sum, BigInt(scores.length)));
}

export interface IndicatorRealisation {
  kind: IndicatorKind;
  target: number;
  realisation: number;
}

export interface IkiResult {
  /** Each indicator's score, in the order given. */
  indicators: Hundredths[];
  /** Their mean: the month's IKI score. */
  score: Hundredths;
}

/** A month's IKI score from the realisation of every indicator of the plan (at least one). */
export function ikiScore(realisations: readonly IndicatorRealisation[]): IkiResult {
  if (realisations.length === 0) throw new RangeError('an IKI needs at least one indicator');
  const indicators = realisations.map((r) => indicatorScore(r.kind, r.realisation, r.target));
  return { indicators, score: meanScore(indicators)! };
}

/** The SKP score so far: the mean of the year's approved monthly IKI scores; null before any. */
export function skpScore(approvedIkiScores: readonly Hundredths[]): Hundredths | null {
  return meanScore(approvedIkiScores);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
