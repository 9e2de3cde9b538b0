import { describe, expect, it } from 'vitest';
import { dayOff, noRecord, request, workday } from './attendance.testing.js';
import type { DayFacts } from './attendance.types.js';
import { resolveDay } from './day-status.js';
import { excusedTime } from './excused.js';
import { percentHundredths } from './rounding.js';

function excused(facts: DayFacts[], dailyMinimum = 350) {
  return excusedTime(facts.map(resolveDay), dailyMinimum);
}

describe('excusedTime', () => {
  it('example 2: 2 days of annual leave lower the target to 21 × 350 − 2 × 350 = 6,650', () => {
    const facts = [
      noRecord({ leave: [request('ANNUAL')] }),
      noRecord({ leave: [request('ANNUAL')] }),
      noRecord(),
      ...Array.from({ length: 18 }, () => workday()),
    ];
    const time = excused(facts);
    expect(time).toEqual({ halfDays: 4, minutes: 700 });
    const target = 21 * 350 - time.minutes;
    expect(target).toBe(6_650);
    expect(percentHundredths(5_600, target)).toBe(8_421);
  });

  it('counts every kind of leave, sick leave too, and a half day by half', () => {
    const facts = ['SICK', 'IMPORTANT_REASONS', 'MATERNITY', 'BIG', 'UNPAID'].map((kind) =>
      noRecord({ leave: [request(kind as 'SICK')] }),
    );
    expect(excused(facts)).toEqual({ halfDays: 10, minutes: 1_750 });
    expect(excused([workday({ leave: [request('ANNUAL', true, 'MORNING')] })])).toEqual({
      halfDays: 1,
      minutes: 175,
    });
  });

  it('does not count official travel, work from home, permits or days off', () => {
    const facts = [
      noRecord({ leave: [request('OFFICIAL_TRAVEL')] }),
      workday({ leave: [request('OFFICIAL_TRAVEL', true)] }),
      workday({ leave: [request('WORK_FROM_HOME')] }),
      workday({ leave: [request('PERMIT_LATE'), request('PERMIT_EARLY')] }),
      { ...dayOff('COLLECTIVE_LEAVE'), leave: [request('ANNUAL')] },
      { ...dayOff('WEEKEND'), leave: [request('ANNUAL')] },
      dayOff('HOLIDAY'),
    ];
    expect(excused(facts)).toEqual({ halfDays: 0, minutes: 0 });
  });

  it('rounds half up once for the month when the daily minimum is odd', () => {
    const half = workday({ leave: [request('SICK', true)] });
    expect(excused([half], 351).minutes).toBe(176);
    expect(excused([half, half], 351).minutes).toBe(351);
  });

  it('refuses a negative or fractional daily minimum', () => {
    expect(() => excusedTime([], -1)).toThrow(RangeError);
    expect(() => excusedTime([], 350.5)).toThrow(RangeError);
  });
});
