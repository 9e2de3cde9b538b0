/**
 * The work-result and behaviour ratings and the predikat (rules.md, "IKI, SKP and the rating";
 * the matrix is national: Permenpan RB 6/2022).
 *
 * Decision where the rules are silent (README.md, "Report card"): with no IKI, an achievement
 * between the BELOW threshold (80) and the AS_EXPECTED one (100) is AS_EXPECTED; the rules name
 * only 100 → AS_EXPECTED and < 80 → BELOW, and a rating cannot be left open.
 */
import { percentToHundredths, type Hundredths } from './rounding.js';

export type Rating = 'ABOVE' | 'AS_EXPECTED' | 'BELOW';

export type Predicate = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

/** Policy thresholds in percent, as rules.md writes them (110, 80, 90, 70, 100, 80). */
export interface RatingThresholds {
  ikiAbove: number;
  ikiAsExpected: number;
  behaviourAbove: number;
  behaviourAsExpected: number;
  achievementAsExpected: number;
  achievementBelow: number;
}

export const DEFAULT_RATING_THRESHOLDS: Readonly<RatingThresholds> = Object.freeze({
  ikiAbove: 110,
  ikiAsExpected: 80,
  behaviourAbove: 90,
  behaviourAsExpected: 70,
  achievementAsExpected: 100,
  achievementBelow: 80,
});

/** PREDICATE_MATRIX[workResult][behaviour]. */
export const PREDICATE_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predicate>>>> =
  Object.freeze({
    ABOVE: Object.freeze({ BELOW: 'KURANG', AS_EXPECTED: 'BAIK', ABOVE: 'SANGAT_BAIK' }),
    AS_EXPECTED: Object.freeze({ BELOW: 'KURANG', AS_EXPECTED: 'BAIK', ABOVE: 'BAIK' }),
    BELOW: Object.freeze({
      BELOW: 'SANGAT_KURANG',
      AS_EXPECTED: 'BUTUH_PERBAIKAN',
      ABOVE: 'BUTUH_PERBAIKAN',
    }),
  });

export function predicateOf(workResult: Rating, behaviour: Rating): Predicate {
  return PREDICATE_MATRIX[workResult][behaviour];
}

/** ABOVE at or above `above`, AS_EXPECTED at or above `asExpected`, BELOW otherwise. */
function byThresholds(score: Hundredths, above: Hundredths, asExpected: Hundredths): Rating {
  if (score >= above) return 'ABOVE';
  return score >= asExpected ? 'AS_EXPECTED' : 'BELOW';
}

export interface WorkResultRating {
  rating: Rating;
  /** What decided it: the month's IKI, or achievement when there is none. */
  basis: 'IKI' | 'ACHIEVEMENT';
  /**
   * With no IKI, whether achievement lay between the BELOW and AS_EXPECTED thresholds, where the
   * rules are silent and AS_EXPECTED is given.
   */
  betweenThresholds: boolean;
}

/** From the IKI score; with no IKI, from achievement (100 → AS_EXPECTED, < 80 → BELOW). */
export function workResultRating(
  iki: Hundredths | null,
  achievement: Hundredths,
  t: RatingThresholds,
): WorkResultRating {
  if (iki !== null) {
    const rating = byThresholds(
      iki,
      percentToHundredths('ikiAbove', t.ikiAbove),
      percentToHundredths('ikiAsExpected', t.ikiAsExpected),
    );
    return { rating, basis: 'IKI', betweenThresholds: false };
  }
  const below = percentToHundredths('achievementBelow', t.achievementBelow);
  const asExpected = percentToHundredths('achievementAsExpected', t.achievementAsExpected);
  if (achievement < below)
    return { rating: 'BELOW', basis: 'ACHIEVEMENT', betweenThresholds: false };
  return {
    rating: 'AS_EXPECTED',
    basis: 'ACHIEVEMENT',
    betweenThresholds: achievement < asExpected,
  };
}

/** From the behaviour score; with none, AS_EXPECTED. */
export function behaviourRating(score: Hundredths | null, t: RatingThresholds): Rating {
  if (score === null) return 'AS_EXPECTED';
  return byThresholds(
    score,
    percentToHundredths('behaviourAbove', t.behaviourAbove),
    percentToHundredths('behaviourAsExpected', t.behaviourAsExpected),
  );
}
