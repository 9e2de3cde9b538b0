import { addMonths, daysInMonth, formatMonth, lastDay, todayIn } from '@kinerja/web-common';
import { describe, expect, it } from 'vitest';
import { firstWeekday, monthGrid, weekdayNames } from './calendar';

describe('calendar arithmetic', () => {
  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -13)).toBe('2025-10');
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth('2024-02')).toBe(29);
    expect(daysInMonth('2026-02')).toBe(28);
    expect(lastDay('2026-04')).toBe('2026-04-30');
  });

  it('tells the weekday of the first, Monday first', () => {
    expect(firstWeekday('2024-01')).toBe(0); // Monday
    expect(firstWeekday('2026-11')).toBe(6); // Sunday
    expect(firstWeekday('2026-10')).toBe(3); // Thursday
  });

  it("reads today in the agency's zone, not the device's", () => {
    // 2026-10-31 20:00 UTC is already 1 November in Jakarta (UTC+7).
    const instant = new Date(Date.UTC(2026, 9, 31, 20));
    expect(todayIn('Asia/Jakarta', instant)).toBe('2026-11-01');
    expect(todayIn('UTC', instant)).toBe('2026-10-31');
  });

  it('names months and weekdays in the UI language', () => {
    expect(formatMonth('2026-10', 'id')).toBe('Oktober 2026');
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
    expect(weekdayNames('en')[0]).toBe('Mon');
    expect(weekdayNames('id')[6]).toBe('Min');
  });
});

describe('month grid', () => {
  // Every first weekday from Monday to Sunday: Jan 2024 starts on a Monday, and so on.
  const months = [
    '2024-01',
    '2024-10',
    '2025-01',
    '2026-01',
    '2025-08',
    '2025-11',
    '2026-02',
    '2026-03',
    '2026-11',
  ];

  it.each(months)('%s: full weeks, every day once, each on its weekday', (month) => {
    const weeks = monthGrid(month);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const dates = weeks.flat().filter((d): d is string => d !== null);
    expect(dates).toHaveLength(daysInMonth(month));
    expect(dates[0]).toBe(`${month}-01`);
    expect(weeks[0]!.indexOf(dates[0]!)).toBe(firstWeekday(month));
    for (const [i, week] of weeks.entries())
      week.forEach((date, column) => {
        if (!date) return;
        const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
        expect(weekday, `${date} in week ${i}`).toBe(column);
      });
    // No week of padding only.
    expect(weeks.every((w) => w.some((d) => d !== null))).toBe(true);
  });

  it('covers every first weekday', () => {
    expect(new Set(months.map(firstWeekday))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });

  it('fits a 28-day February starting on Monday in four weeks', () => {
    expect(monthGrid('2027-02')).toHaveLength(4);
  });
});
