import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATING_THRESHOLDS as T,
  PREDICATE_MATRIX,
  behaviourRating,
  predicateOf,
  workResultRating,
} from './rating.js';

describe('predikat — the national matrix (Permenpan RB 6/2022)', () => {
  it.each([
    ['ABOVE', 'BELOW', 'KURANG'],
    ['ABOVE', 'AS_EXPECTED', 'BAIK'],
    ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
    ['AS_EXPECTED', 'BELOW', 'KURANG'],
    ['AS_EXPECTED', 'AS_EXPECTED', 'BAIK'],
    ['AS_EXPECTED', 'ABOVE', 'BAIK'],
    ['BELOW', 'BELOW', 'SANGAT_KURANG'],
    ['BELOW', 'AS_EXPECTED', 'BUTUH_PERBAIKAN'],
    ['BELOW', 'ABOVE', 'BUTUH_PERBAIKAN'],
  ] as const)('work result %s, behaviour %s → %s', (work, behaviour, predicate) => {
    expect(predicateOf(work, behaviour)).toBe(predicate);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PREDICATE_MATRIX) && Object.isFrozen(PREDICATE_MATRIX.BELOW)).toBe(true);
  });
});

describe('work-result rating', () => {
  it.each([
    [11_000, 'ABOVE'],
    [10_999, 'AS_EXPECTED'],
    [8000, 'AS_EXPECTED'],
    [7999, 'BELOW'],
  ] as const)('IKI %i hundredths → %s, whatever the achievement', (iki, rating) => {
    expect(workResultRating(iki, 0, T)).toEqual({ rating, basis: 'IKI', betweenThresholds: false });
  });

  it.each([
    [10_000, 'AS_EXPECTED', false],
    [9999, 'AS_EXPECTED', true],
    [8000, 'AS_EXPECTED', true],
    [7999, 'BELOW', false],
  ] as const)('no IKI: achievement %i → %s (between: %s)', (achievement, rating, between) => {
    expect(workResultRating(null, achievement, T)).toEqual({
      rating,
      basis: 'ACHIEVEMENT',
      betweenThresholds: between,
    });
  });

  it('takes thresholds with decimals', () => {
    expect(workResultRating(10_550, 0, { ...T, ikiAbove: 105.5 }).rating).toBe('ABOVE');
  });
});

describe('behaviour rating', () => {
  it.each([
    [9000, 'ABOVE'],
    [8999, 'AS_EXPECTED'],
    [7000, 'AS_EXPECTED'],
    [6999, 'BELOW'],
    [null, 'AS_EXPECTED'],
  ] as const)('%s → %s', (score, rating) => {
    expect(behaviourRating(score, T)).toBe(rating);
  });
});
