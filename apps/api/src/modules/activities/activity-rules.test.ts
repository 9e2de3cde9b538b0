import { describe, expect, it } from 'vitest';
import { minutesOf, monthDeadline, timingViolation, type TimingInput } from './activity-rules.js';

describe('times', () => {
  it.each([
    ['07:30', 450],
    ['00:00', 0],
    ['23:59', 1439],
    ['07:30:00', 450],
    ['24:00', null],
    ['7:30', null],
    ['07:60', null],
    ['07:30:15', null],
  ])('%s → %s', (t, m) => expect(minutesOf(t)).toBe(m));
});

describe('timing', () => {
  const base: TimingInput = {
    date: '2026-11-20',
    startMinutes: 480,
    endMinutes: 540,
    today: '2026-11-23',
    nowMinutes: 600,
    backdatingDays: 5,
    entryDeadlineDay: 3,
  };
  it('accepts a recent entry', () => expect(timingViolation(base)).toBeNull());
  it('refuses end before start', () =>
    expect(timingViolation({ ...base, endMinutes: 480 })?.key).toBe('activities.endBeforeStart'));
  it('refuses the future, also later today', () => {
    expect(timingViolation({ ...base, date: '2026-11-24' })?.key).toBe('activities.future');
    expect(timingViolation({ ...base, date: '2026-11-23', endMinutes: 601 })?.key).toBe(
      'activities.future',
    );
    expect(timingViolation({ ...base, date: '2026-11-23', endMinutes: 600 })).toBeNull();
  });
  it('refuses more than the backdating limit', () => {
    expect(timingViolation({ ...base, date: '2026-11-18' })).toBeNull();
    expect(timingViolation({ ...base, date: '2026-11-17' })?.key).toBe('activities.backdating');
  });
  it('refuses last month after its entry deadline, even within the backdating limit', () => {
    const dec = { ...base, today: '2026-12-03', date: '2026-11-30' };
    expect(timingViolation(dec)).toBeNull();
    expect(timingViolation({ ...dec, today: '2026-12-04' })).toMatchObject({
      key: 'activities.monthDeadline',
      params: { month: '2026-11', deadline: '2026-12-03' },
    });
  });
  it('knows the deadline across a year end', () =>
    expect(monthDeadline('2026-12-15', 3)).toBe('2027-01-03'));
});
