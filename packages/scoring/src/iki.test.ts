import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INDICATOR_SCORE_CAP,
  OBSERVATION_REALISATION,
  decimalToHundredths,
  ikiScore,
  indicatorScore,
  isLowerBetter,
  meanScore,
  observationRealisation,
  skpScore,
  type IndicatorKind,
} from './iki.js';

describe('indicator score = min(120, realisation ÷ target × 100), in hundredths', () => {
  it.each([
    ['QUANTITY', 10, 10, 10_000],
    ['QUANTITY', 9, 12, 7500],
    ['QUANTITY', 2, 3, 6667], // 66.666… rounds half up
    ['QUANTITY', 1, 8, 1250],
    ['QUANTITY', 1, 16, 625], // 6.25 exactly
    ['QUANTITY', 1, 0.03, 12_000], // capped
    ['QUANTITY', 13, 10, 12_000],
    ['QUANTITY', 11.5, 10, 11_500],
    ['QUANTITY', 0, 4, 0],
    ['QUALITY', 50, 100, 5000],
    ['QUALITY', 87.5, 90, 9722], // 97.2222…
  ] as const)('%s: realisation %d against %d → %i', (kind, realisation, target, score) => {
    expect(indicatorScore(kind, realisation, target)).toBe(score);
  });

  it.each([
    ['TIME', 5, 5, 10_000],
    ['TIME', 6, 5, 8333], // took longer: 83.33
    ['TIME', 4, 5, 12_000], // faster: 125 → capped at 120
    ['TIME', 4.5, 5, 11_111],
    ['COST', 1_000_000, 900_000, 9000],
    ['COST', 0, 900_000, 12_000], // nothing spent: the cap
  ] as const)('%s (lower is better): realisation %d against %d → %i', (kind, r, t, score) => {
    expect(indicatorScore(kind, r, t)).toBe(score);
  });

  it('refuses a target of zero, negative numbers and more than two places', () => {
    expect(() => indicatorScore('QUANTITY', 1, 0)).toThrow(/target must be positive/);
    expect(() => indicatorScore('QUANTITY', -1, 10)).toThrow(/realisation/);
    expect(() => indicatorScore('QUALITY', 1, 10.001)).toThrow(/target/);
    expect(() => indicatorScore('QUALITY', Number.NaN, 10)).toThrow(/realisation/);
    expect(() => decimalToHundredths('x', Number.MAX_SAFE_INTEGER)).toThrow(/x/);
    expect(decimalToHundredths('x', 12.34)).toBe(1234);
  });

  it('knows which kinds are better lower', () => {
    expect(
      ['QUANTITY', 'QUALITY', 'TIME', 'COST'].map((k) => isLowerBetter(k as IndicatorKind)),
    ).toEqual([false, false, true, true]);
  });
});

describe('teaching-practice observations (rules.md, "Teachers\' plan template")', () => {
  it.each([
    ['BELUM_DILAKUKAN', 0],
    ['DILAKUKAN_BELUM_EFEKTIF', 50],
    ['DILAKUKAN_EFEKTIF', 100],
  ] as const)('%s counts %i', (observation, value) => {
    expect(observationRealisation(observation)).toBe(value);
    expect(indicatorScore('QUALITY', value, 100)).toBe(value * 100);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(OBSERVATION_REALISATION)).toBe(true);
  });
});

describe('IKI and SKP scores', () => {
  it('IKI = the mean of the month’s indicator scores (worked example)', () => {
    // 9 of 12 letters (75.00), quality 100 of 100 (100.00), a report in 6 days against 5 (83.33):
    // (7500 + 10000 + 8333) ÷ 3 = 8611
    expect(
      ikiScore([
        { kind: 'QUANTITY', target: 12, realisation: 9 },
        { kind: 'QUALITY', target: 100, realisation: 100 },
        { kind: 'TIME', target: 5, realisation: 6 },
      ]),
    ).toEqual({ indicators: [7500, 10_000, 8333], score: 8611 });
  });

  it('refuses an IKI without indicators', () => {
    expect(() => ikiScore([])).toThrow(/at least one/);
  });

  it('SKP = the mean of the year’s approved IKI scores so far; none → null', () => {
    expect(skpScore([8611, 10_000, 11_500])).toBe(10_037); // 10037.0
    expect(skpScore([8611, 8612])).toBe(8612); // 8611.5 rounds half up
    expect(skpScore([])).toBeNull();
    expect(meanScore([12_000])).toBe(12_000);
  });

  it('refuses scores that are not non-negative integers', () => {
    expect(() => meanScore([1.5])).toThrow(/hundredths/);
    expect(() => meanScore([-1])).toThrow(/hundredths/);
  });
});

describe('properties', () => {
  const kind = fc.constantFrom<IndicatorKind>('QUANTITY', 'QUALITY', 'TIME', 'COST');
  const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((h) => h / 100);
  const target = fc.integer({ min: 1, max: 1_000_000_000 }).map((h) => h / 100);

  it('an indicator score lies between 0 and 120', () => {
    fc.assert(
      fc.property(kind, amount, target, (k, r, t) => {
        const s = indicatorScore(k, r, t);
        return Number.isInteger(s) && s >= 0 && s <= INDICATOR_SCORE_CAP;
      }),
    );
  });

  it('more realisation never lowers a higher-is-better score, never raises a lower-is-better one', () => {
    fc.assert(
      fc.property(kind, amount, amount, target, (k, a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [sLo, sHi] = [indicatorScore(k, lo, t), indicatorScore(k, hi, t)];
        return isLowerBetter(k) ? sLo >= sHi : sLo <= sHi;
      }),
    );
  });

  it('meeting the target exactly scores 100', () => {
    fc.assert(fc.property(kind, target, (k, t) => indicatorScore(k, t, t) === 10_000));
  });

  it('a mean lies between the smallest and the largest score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 1 }), (scores) => {
        const m = meanScore(scores)!;
        return m >= Math.min(...scores) && m <= Math.max(...scores);
      }),
    );
  });
});
