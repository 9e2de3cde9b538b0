/**
 * Small factories of DayFacts for the tests (not exported from the package): a Friday of the demo
 * city's office hours, 07:30–16:30, checked in and out on time unless told otherwise.
 */
import type { DayFacts, DayHalf, DayKind, DayLeave, LeaveKind } from './attendance.types.js';

/** 'HH:mm' as minutes after midnight. */
export function hm(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

export function workday(overrides: Partial<DayFacts> = {}): DayFacts {
  return {
    date: '2025-01-03',
    dayKind: 'WORKDAY',
    scheduledStart: hm('07:30'),
    scheduledEnd: hm('16:30'),
    netMinutes: 450,
    checkIn: hm('07:30'),
    checkOut: hm('16:30'),
    checkInValid: true,
    checkOutValid: true,
    leave: [],
    ...overrides,
  };
}

/** A working day with no check at all. */
export function noRecord(overrides: Partial<DayFacts> = {}): DayFacts {
  return workday({ checkIn: null, checkOut: null, ...overrides });
}

export function dayOff(dayKind: Exclude<DayKind, 'WORKDAY'>, date = '2025-01-04'): DayFacts {
  return noRecord({ date, dayKind, scheduledStart: null, scheduledEnd: null, netMinutes: 0 });
}

export function request(kind: LeaveKind, halfDay = false, half?: DayHalf | null): DayLeave {
  return { requestId: `r-${kind}`, kind, halfDay, ...(half === undefined ? {} : { half }) };
}
