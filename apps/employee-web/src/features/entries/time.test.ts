import { describe, expect, it } from 'vitest';
import { addDays, clockIn, isLocalDate, toMinutes, toTime } from './time';

describe('time helpers', () => {
  it('reads and writes HH:mm', () => {
    expect(toMinutes('07:30')).toBe(450);
    expect(toMinutes('24:00')).toBeNull();
    expect(toMinutes('7:30')).toBeNull();
    expect(toTime(450)).toBe('07:30');
    expect(toTime(2000)).toBe('23:59');
  });

  it('moves between calendar days without a time zone', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isLocalDate('2026-11-24')).toBe(true);
    expect(isLocalDate('24-11-2026')).toBe(false);
    expect(isLocalDate(['2026-11-24'])).toBe(false);
  });

  it('gives the agency’s date and time, not the phone’s', () => {
    const instant = new Date('2026-11-23T18:30:00Z');
    expect(clockIn('Asia/Jakarta', instant)).toEqual({ date: '2026-11-24', minutes: 90 });
    expect(clockIn('Asia/Jayapura', instant)).toEqual({ date: '2026-11-24', minutes: 210 });
    expect(clockIn('UTC', instant)).toEqual({ date: '2026-11-23', minutes: 18 * 60 + 30 });
  });
});
