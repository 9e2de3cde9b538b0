import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  achievementOf,
  additionalAllowance,
  cappedMinutes,
  monthlyTarget,
  type MinutesEntry,
} from './achievement.js';

const e = (date: string, category: MinutesEntry['category'], creditedMinutes: number) => ({
  id: `${date}-${category}-${creditedMinutes}`,
  date,
  category,
  creditedMinutes,
});

describe('achievement', () => {
  it('credits main minutes first on a day above the cap', () => {
    const c = cappedMinutes(
      [
        e('2025-01-02', 'ADDITIONAL', 300),
        e('2025-01-02', 'MAIN', 300),
        e('2025-01-01', 'MAIN', 10),
      ],
      450,
    );
    expect(c).toMatchObject({
      main: 310,
      additional: 150,
      aboveCap: 150,
      daysAboveCap: ['2025-01-02'],
    });
    expect([...c.byDate]).toEqual([
      ['2025-01-01', 10],
      ['2025-01-02', 450],
    ]);
  });

  it.each([
    ['WORKING_DAYS', null, 21, null, 700, 6650],
    ['WORKING_DAYS', null, 21, 10, 0, 3500],
    ['FIXED', 6750, 21, null, 700, 6050],
    ['FIXED', 6750, 21, 21, 0, 6750],
    ['FIXED', 6750, 21, 10, 0, 3214],
    ['FIXED', 6000, 21, null, 7350, 0],
  ] as const)(
    '%s target (fixed %s, %i days, employed %s, excused %i) → %i',
    (mode, fixed, wd, emp, exc, target) => {
      expect(
        monthlyTarget({
          mode,
          fixedMinutes: fixed,
          dailyMinimum: 350,
          workingDays: wd,
          employedDays: emp,
          excusedMinutes: exc,
        }).target,
      ).toBe(target);
    },
  );

  it('example 4: 5,000 + min(2,500, 1,750) of 7,000 → 96.43', () => {
    expect(additionalAllowance(7000, 2500)).toBe(1750);
    expect(achievementOf(5000, 2500, 7000, 2500)).toEqual({
      countedAdditional: 1750,
      achievement: 9643,
    });
    expect(achievementOf(9000, 0, 7000, 2500).achievement).toBe(10_000);
    expect(achievementOf(0, 60, 0, 2500)).toEqual({ countedAdditional: 0, achievement: 10_000 });
  });

  it('never credits more than the cap a day, nor loses a minute', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: fc.constantFrom('2025-01-01', '2025-01-02', '2025-01-03'),
            category: fc.constantFrom('MAIN', 'ADDITIONAL'),
            creditedMinutes: fc.integer({ min: 0, max: 600 }),
          }),
        ),
        fc.integer({ min: 0, max: 600 }),
        (entries, cap) => {
          const c = cappedMinutes(
            entries.map((x, i) => ({ ...x, id: String(i) })) as MinutesEntry[],
            cap,
          );
          const raw = entries.reduce((s, x) => s + x.creditedMinutes, 0);
          expect(c.main + c.additional + c.aboveCap).toBe(raw);
          for (const v of c.byDate.values()) expect(v).toBeLessThanOrEqual(cap);
        },
      ),
    );
  });
});
