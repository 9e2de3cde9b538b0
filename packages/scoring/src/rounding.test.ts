import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideHalfUp,
  formatHundredths,
  formatThousands,
  fromHundredths,
  percentToHundredths,
  percentHundredths,
  rupiahPercent,
  rupiahShare,
} from './rounding.js';

describe('percentages (rules.md: two places, half up)', () => {
  it.each([
    [5600, 6650, 8421], // worked example 2: 84.2105… → 84.21
    [7500, 7350, 10204],
    [1, 8, 1250],
    [1, 3, 3333],
    [2, 3, 6667],
    [1, 20000, 1], // 0.005 % rounds half up to 0.01 %
    [1, 20001, 0],
    [0, 7, 0],
  ])('%i ÷ %i = %i hundredths', (part, whole, expected) => {
    expect(percentHundredths(part, whole)).toBe(expected);
  });

  it('reads hundredths as decimals', () => {
    expect(fromHundredths(8421)).toBe(84.21);
  });

  it('refuses negative, fractional or zero inputs', () => {
    expect(() => percentHundredths(-1, 5)).toThrow(RangeError);
    expect(() => percentHundredths(1.5, 5)).toThrow(RangeError);
    expect(() => percentHundredths(1, 0)).toThrow(RangeError);
    expect(() => divideHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => divideHalfUp(-1n, 2n)).toThrow(RangeError);
  });
});

describe('rupiah (whole, half up, part by part)', () => {
  it('computes the worked examples’ parts', () => {
    // Example 1: base 3,920,964; achievement 100.00; discipline 96.75; weights 60/40.
    expect(rupiahShare(3_920_964, 60, 10_000)).toBe(2_352_578);
    expect(rupiahShare(3_920_964, 40, 9_675)).toBe(1_517_413);
    // Example 2: achievement 84.21, discipline 95.00.
    expect(rupiahShare(3_920_964, 60, 8_421)).toBe(1_981_106);
    expect(rupiahShare(3_920_964, 40, 9_500)).toBe(1_489_966);
    // Example 3: a 25 % sanction on 3,869,991.
    expect(rupiahPercent(3_869_991, 2_500)).toBe(967_498);
  });

  it('never exceeds the base and stays an integer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 10_000 }),
        (base, weight, score) => {
          const part = rupiahShare(base, weight, score);
          expect(Number.isInteger(part)).toBe(true);
          expect(part).toBeGreaterThanOrEqual(0);
          expect(part).toBeLessThanOrEqual(base);
        },
      ),
    );
  });

  it('is monotone in the score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 9_999 }),
        (base, score) => {
          expect(rupiahShare(base, 60, score + 1)).toBeGreaterThanOrEqual(
            rupiahShare(base, 60, score),
          );
        },
      ),
    );
  });
});

describe('policy percentages and formatting', () => {
  it.each([
    [25, 2500],
    [0.5, 50],
    [110, 11_000],
    [1.25, 125],
    [0.07, 7],
    [0, 0],
  ])('%d % → %i hundredths', (percent, hundredths) => {
    expect(percentToHundredths('p', percent)).toBe(hundredths);
  });

  it.each([25.001, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (percent) => {
    expect(() => percentToHundredths('p', percent)).toThrow(RangeError);
  });

  it('formats hundredths and thousands as the rules write them', () => {
    expect([formatHundredths(8421), formatHundredths(10_000), formatHundredths(5)]).toEqual([
      '84.21',
      '100.00',
      '0.05',
    ]);
    expect([formatThousands(3_869_991), formatThousands(600), formatThousands(0)]).toEqual([
      '3,869,991',
      '600',
      '0',
    ]);
  });
});
