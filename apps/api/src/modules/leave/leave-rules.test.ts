import { describe, expect, it } from 'vitest';
import { LeaveKind } from './leave.enums.js';
import {
  addMonths,
  annualBalance,
  latestEnd,
  serviceStart,
  shapeViolation,
  yearsOfService,
  type RequestShape,
} from './leave-rules.js';

const shape = (over: Partial<RequestShape>): RequestShape => ({
  kind: LeaveKind.ANNUAL,
  startDate: '2026-12-01',
  endDate: '2026-12-01',
  halfDay: false,
  time: null,
  destinationName: null,
  latitude: null,
  longitude: null,
  ...over,
});

const history = (used: Record<number, number>, opts: { big?: number[]; first?: number } = {}) => ({
  firstEntitledYear: opts.first ?? 2020,
  usedByYear: new Map(Object.entries(used).map(([y, n]) => [Number(y), n])),
  bigLeaveYears: new Set(opts.big ?? []),
  pending: 0,
});

describe('service years from the NIP', () => {
  it('PNS: the appointment month (digits 9–14); PPPK: the appointment year (digits 9–12)', () => {
    expect(serviceStart('199203152019031001', 'PNS')).toBe('2019-03-01');
    expect(serviceStart('199001012021211001', 'PPPK')).toBe('2021-01-01');
    expect(serviceStart('19920315201903100', 'PNS')).toBeNull();
  });
  it('counts whole years', () => {
    expect(yearsOfService('2019-03-01', '2020-02-29')).toBe(0);
    expect(yearsOfService('2019-03-01', '2020-03-01')).toBe(1);
    expect(yearsOfService('2019-03-01', '2024-03-01')).toBe(5);
    expect(yearsOfService('2019-03-01', '2018-01-01')).toBe(0);
  });
});

describe('caps in months', () => {
  it('ends the day before the same date months later, clamped to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(latestEnd(LeaveKind.BIG, '2027-01-04')).toBe('2027-04-03');
    expect(latestEnd(LeaveKind.IMPORTANT_REASONS, '2026-12-01')).toBe('2026-12-31');
  });
});

describe('the shape of a request', () => {
  it('accepts a plain request', () => {
    expect(shapeViolation(shape({}))).toBeNull();
  });
  it.each([
    [{ endDate: '2026-11-30' }, 'leave.endBeforeStart'],
    [{ kind: LeaveKind.PERMIT_LATE, endDate: '2026-12-02', time: '09:00' }, 'leave.oneDate'],
    [{ kind: LeaveKind.PERMIT_LATE }, 'leave.timeRequired'],
    [{ kind: LeaveKind.PERMIT_EARLY, time: '25:00' }, 'leave.badTime'],
    [{ time: '09:00' }, 'leave.timeNotAllowed'],
    [{ halfDay: true }, 'leave.halfDayTravelOnly'],
    [{ kind: LeaveKind.OFFICIAL_TRAVEL }, 'leave.destinationRequired'],
    [
      { kind: LeaveKind.OFFICIAL_TRAVEL, destinationName: 'X', latitude: 1 },
      'leave.coordinatesPair',
    ],
    [
      { kind: LeaveKind.OFFICIAL_TRAVEL, destinationName: 'X', latitude: 91, longitude: 0 },
      'leave.coordinatesRange',
    ],
    [{ destinationName: 'X' }, 'leave.destinationNotAllowed'],
    [{ startDate: '2026-12-30', endDate: '2027-01-02' }, 'leave.annualOneYear'],
    [{ kind: LeaveKind.MATERNITY, endDate: '2027-03-01' }, 'leave.tooLong'],
    [{ kind: LeaveKind.IMPORTANT_REASONS, endDate: '2027-01-01' }, 'leave.tooLong'],
  ])('refuses %o with %s', (over, key) => {
    expect(shapeViolation(shape(over))?.key).toBe(key);
  });
});

describe('the annual balance (PP 11/2017)', () => {
  it('12 days from the year of the first anniversary, nothing before', () => {
    expect(annualBalance({ ...history({}, { first: 2026 }), year: 2026 })).toMatchObject({
      entitlement: 12,
      carriedOver: 0,
      remaining: 12,
    });
    expect(annualBalance({ ...history({}, { first: 2027 }), year: 2026 }).entitlement).toBe(0);
  });
  it('carries up to 6 unused days after one year (18 in all)', () => {
    const b = annualBalance({ ...history({ 2024: 2, 2025: 3 }), year: 2026 });
    expect(b).toMatchObject({ entitlement: 12, carriedOver: 6, used: 0, remaining: 18 });
    // Fewer than 6 left: only those.
    const c = annualBalance({ ...history({ 2024: 2, 2025: 15 }), year: 2026 });
    expect(c.carriedOver).toBe(3); // 12 + 6 − 15
  });
  it('carries up to 12 (24 in all) after two unused years', () => {
    expect(annualBalance({ ...history({ 2023: 5 }), year: 2026 })).toMatchObject({
      carriedOver: 12,
      remaining: 24,
    });
    // Only one unused year before: 6.
    expect(annualBalance({ ...history({ 2024: 5 }), year: 2026 }).carriedOver).toBe(6);
    // Entitled only one year before: 6.
    expect(annualBalance({ ...history({}, { first: 2025 }), year: 2026 }).carriedOver).toBe(6);
  });
  it('is void, with what was carried, in a year with big leave; nothing carries out of it', () => {
    expect(annualBalance({ ...history({}, { big: [2026] }), year: 2026 })).toMatchObject({
      entitlement: 0,
      carriedOver: 0,
      remaining: 0,
    });
    expect(annualBalance({ ...history({}, { big: [2026] }), year: 2027 }).carriedOver).toBe(0);
  });
  it('subtracts used and pending days', () => {
    const b = annualBalance({ ...history({ 2025: 12, 2026: 4 }), pending: 3, year: 2026 });
    expect(b).toMatchObject({ carriedOver: 6, used: 4, pending: 3, remaining: 11 });
  });
});
