import { describe, expect, it } from 'vitest';
import { addDays, formatInstant, weekdayName, weekdayOf, yearFrom } from './dates';

describe('admin dates', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('names weekdays, Monday first', () => {
    expect(weekdayOf('2026-08-17')).toBe(1);
    expect(weekdayOf('2026-08-16')).toBe(7);
    expect(weekdayName(1, 'id')).toBe('Senin');
    expect(weekdayName(7, 'en', 'short')).toBe('Sun');
  });

  it('shows an instant in Jakarta time', () => {
    expect(formatInstant('2026-11-23T20:30:00.000Z', 'en')).toContain('November 24, 2026');
  });

  it('reads a year from the address', () => {
    expect(yearFrom('2027', 2026)).toBe(2027);
    expect(yearFrom(['2025'], 2026)).toBe(2025);
    expect(yearFrom('abc', 2026)).toBe(2026);
    expect(yearFrom(undefined, 2026)).toBe(2026);
  });
});
