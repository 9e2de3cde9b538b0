import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';
import { monthStart, performanceScope } from './department.policy.js';

const viewer = (roles: Role[], adminUnitId: string | null = null): Viewer => ({
  employeeId: 'e',
  agencyId: 'a',
  timeZone: 'Asia/Jakarta',
  roles: new Set(roles),
  adminUnitId,
  sessionId: 's',
});

describe('performanceScope', () => {
  it('gives executives and agency admins the agency, department admins their unit', () => {
    expect(performanceScope(viewer([Role.EMPLOYEE, Role.EXECUTIVE]))).toEqual({ kind: 'agency' });
    expect(performanceScope(viewer([Role.AGENCY_ADMIN]))).toEqual({ kind: 'agency' });
    expect(performanceScope(viewer([Role.DEPARTMENT_ADMIN], 'u1'))).toEqual({
      kind: 'unit',
      unitId: 'u1',
    });
    expect(performanceScope(viewer([Role.DEPARTMENT_ADMIN, Role.EXECUTIVE], 'u1'))).toEqual({
      kind: 'agency',
    });
    expect(performanceScope(viewer([Role.EMPLOYEE]))).toEqual({ kind: 'none' });
  });
});

describe('monthStart', () => {
  it('accepts YYYY-MM only', () => {
    expect(monthStart('2026-11')).toBe('2026-11-01');
    for (const bad of ['2026-13', '2026-1', '26-11', '2026-11-01', '1999-01', ''])
      expect(monthStart(bad)).toBeNull();
  });
});
