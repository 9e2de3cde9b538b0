import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';
import { mayEditRoster, mayReadRoster } from './roster.policy.js';
import {
  addDays,
  crossesMidnight,
  isoWeekday,
  shiftMinutes,
  shiftProblem,
} from './roster.rules.js';

describe('shifts', () => {
  it('measures a shift, a night shift to its end the next morning', () => {
    expect(shiftMinutes('07:00', '14:00')).toBe(420);
    expect(shiftMinutes('21:00', '07:00')).toBe(600);
    expect(crossesMidnight('21:00', '07:00')).toBe(true);
    expect(crossesMidnight('14:00', '21:00')).toBe(false);
  });

  it('names the first problem of a shift', () => {
    const ok = { code: 'm', name: 'Malam', start: '21:00', end: '07:00' };
    expect(shiftProblem(ok)).toBeNull();
    expect(shiftProblem({ ...ok, code: 'MALAM' })?.key).toBe('roster.badCode');
    expect(shiftProblem({ ...ok, name: ' ' })?.key).toBe('roster.nameRequired');
    expect(shiftProblem({ ...ok, start: '24:00' })?.key).toBe('calendar.badTime');
    expect(shiftProblem({ ...ok, end: '21:00' })?.key).toBe('roster.sameTimes');
  });

  it('walks dates', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(isoWeekday('2027-01-04')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });
});

describe('who may edit and read a roster', () => {
  const viewer = (...roles: Role[]): Viewer => ({
    employeeId: 'e',
    agencyId: 'a',
    timeZone: 'Asia/Jakarta',
    roles: new Set([Role.EMPLOYEE, ...roles]),
    adminUnitId: null,
    sessionId: 's',
  });
  const none = { head: false, inAdminScope: false, above: false };

  it('lets the head, the department admin in scope and the agency admin edit', () => {
    expect(mayEditRoster(viewer(), { ...none, head: true, above: true })).toBe(true);
    expect(mayEditRoster(viewer(Role.DEPARTMENT_ADMIN), { ...none, inAdminScope: true })).toBe(
      true,
    );
    expect(mayEditRoster(viewer(Role.DEPARTMENT_ADMIN), none)).toBe(false);
    expect(mayEditRoster(viewer(Role.AGENCY_ADMIN), none)).toBe(true);
    expect(mayEditRoster(viewer(), { ...none, above: true })).toBe(false);
  });

  it('lets the people above and executives read, not the unit’s staff', () => {
    expect(mayReadRoster(viewer(), { ...none, above: true })).toBe(true);
    expect(mayReadRoster(viewer(Role.EXECUTIVE), none)).toBe(true);
    expect(mayReadRoster(viewer(), none)).toBe(false);
  });
});
