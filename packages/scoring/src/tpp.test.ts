import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TPP_BASE_BY_JOB_CLASS, proratedBase, tppParts, type TppCut } from './tpp.js';

const cut = (percent: number): TppCut => ({ key: 'k', cause: 'c', percent, sources: [] });

describe('TPP', () => {
  it('holds the job-class table of rules.md', () => {
    expect(Object.keys(TPP_BASE_BY_JOB_CLASS)).toHaveLength(17);
    expect(TPP_BASE_BY_JOB_CLASS[7]).toBe(3_920_964);
  });

  it.each([
    [3_920_964, null, 21, 3_920_964],
    [3_920_964, 21, 21, 3_920_964],
    [3_920_964, 10, 21, 1_867_126], // 1,867,125.71
    [1_000_001, 1, 2, 500_001], // 500,000.5 half up
    [3_920_964, 0, 21, 0],
  ])('pro-rates %i for %s of %i working days → %i', (base, employed, working, expected) => {
    expect(proratedBase(base, employed, working)).toBe(expected);
  });

  it('applies the summed cuts once, the lines sharing that one rounding', () => {
    // Parts 3,869,991 (example 1): 0.5 % + 0.5 % = 1 % → 38,699.91 → 38,700, not 19,350 + 19,350.
    const parts = tppParts(3_920_964, { performance: 60, discipline: 40 }, 10_000, 9675, [
      cut(50),
      cut(50),
    ]);
    expect(parts.otherCuts).toBe(38_700);
    expect(parts.otherCutLines.map((l) => l.amount)).toEqual([19_350, 19_350]);
    expect(parts.total).toBe(3_869_991 - 38_700);
  });

  it('keeps total ≥ 0 and lines summing to otherCuts for any cuts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 0, max: 6000 }), { maxLength: 5 }),
        (base, achievement, discipline, percents) => {
          const p = tppParts(
            base,
            { performance: 60, discipline: 40 },
            achievement,
            discipline,
            percents.map(cut),
          );
          const parts = p.performancePart + p.disciplinePart;
          expect(p.total).toBeGreaterThanOrEqual(0);
          expect(p.total).toBe(parts - p.otherCuts);
          expect(p.otherCutLines.reduce((s, l) => s + l.amount, 0)).toBe(p.otherCuts);
          expect(p.otherCutLines.every((l) => l.amount >= 0)).toBe(true);
          expect(p.cutPercent).toBe(
            Math.min(
              10_000,
              percents.reduce((s, x) => s + x, 0),
            ),
          );
        },
      ),
    );
  });
});
