import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditedMinutes } from './minutes.js';

describe('creditedMinutes', () => {
  it('is standard minutes × quantity when that fits between start and end', () => {
    expect(creditedMinutes(60, 2, 480, 660)).toBe(120);
  });

  it('is capped at end − start', () => {
    expect(creditedMinutes(60, 4, 480, 660)).toBe(180);
  });

  it('refuses non-integers, negatives and an end not after the start', () => {
    expect(() => creditedMinutes(1.5, 1, 0, 10)).toThrow(RangeError);
    expect(() => creditedMinutes(10, -1, 0, 10)).toThrow(RangeError);
    expect(() => creditedMinutes(10, 1, 10, 10)).toThrow(RangeError);
  });

  it('never exceeds either bound and grows with quantity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1440 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 1438 }),
        fc.integer({ min: 1, max: 1439 }),
        (std, qty, start, span) => {
          const end = Math.min(1440, start + span);
          const c = creditedMinutes(std, qty, start, end);
          expect(c).toBeLessThanOrEqual(std * qty);
          expect(c).toBeLessThanOrEqual(end - start);
          expect(creditedMinutes(std, qty + 1, start, end)).toBeGreaterThanOrEqual(c);
        },
      ),
    );
  });
});
