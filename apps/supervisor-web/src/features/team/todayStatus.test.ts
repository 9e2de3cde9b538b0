import { describe, expect, it } from 'vitest';
import { todayState } from './todayStatus';

describe('todayState', () => {
  it('says when someone came and left, and how late', () => {
    expect(todayState({ status: 'PRESENT', checkIn: '07:21', checkOut: '16:05' })).toEqual({
      tone: 'good',
      key: 'inOut',
      params: { in: '07:21', out: '16:05' },
    });
    expect(todayState({ status: 'MISSING_CHECK_OUT', checkIn: '07:21', lateMinutes: 0 })).toEqual({
      tone: 'good',
      key: 'in',
      params: { in: '07:21' },
    });
    expect(todayState({ status: 'LATE', checkIn: '07:52', lateMinutes: 22 })).toEqual({
      tone: 'warn',
      key: 'inLate',
      params: { in: '07:52', minutes: 22 },
    });
    expect(todayState({ status: 'MISSING_CHECK_IN', checkOut: '16:10' })).toMatchObject({
      tone: 'warn',
      key: 'outOnly',
    });
  });

  it('explains an absence by leave, travel or a day off, else flags it', () => {
    expect(todayState({ status: 'ON_LEAVE', leaveKind: 'ANNUAL' })).toMatchObject({
      tone: 'info',
      key: 'status.ON_LEAVE',
    });
    expect(todayState({ status: 'OFFICIAL_TRAVEL' }).key).toBe('status.OFFICIAL_TRAVEL');
    expect(todayState({ status: 'WEEKEND' })).toMatchObject({
      tone: 'muted',
      key: 'status.WEEKEND',
    });
    expect(todayState({ status: 'HOLIDAY' }).key).toBe('status.HOLIDAY');
    expect(todayState({ status: 'ABSENT' })).toMatchObject({ tone: 'bad', key: 'notYet' });
    expect(todayState(null)).toMatchObject({ tone: 'muted', key: 'none' });
  });

  it('shows the check-in of someone working from home who checked in', () => {
    expect(todayState({ status: 'WORK_FROM_HOME', checkIn: '07:10' })).toMatchObject({
      tone: 'good',
      key: 'in',
    });
  });
});
