import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';
import { ActivityItemStatus as S } from './activity-bank.enums.js';
import {
  managedDepartment,
  mayEditStatus,
  mayTransition,
  scopeWithinDepartment,
} from './activity-bank.policy.js';

const viewer = (roles: Role[], adminUnitId: string | null = null): Viewer => ({
  employeeId: 'e',
  agencyId: 'a',
  timeZone: 'Asia/Jakarta',
  roles: new Set([Role.EMPLOYEE, ...roles]),
  adminUnitId,
  sessionId: 's',
});

describe('bank policy', () => {
  it('moves items PROPOSED → PUBLISHED → RETIRED, PROPOSED → REJECTED, and back from RETIRED', () => {
    expect(mayTransition(S.PROPOSED, 'publish')).toBe(true);
    expect(mayTransition(S.RETIRED, 'publish')).toBe(true);
    expect(mayTransition(S.PUBLISHED, 'publish')).toBe(false);
    expect(mayTransition(S.REJECTED, 'publish')).toBe(false);
    expect(mayTransition(S.PROPOSED, 'reject')).toBe(true);
    expect(mayTransition(S.PUBLISHED, 'reject')).toBe(false);
    expect(mayTransition(S.PUBLISHED, 'retire')).toBe(true);
    expect(mayTransition(S.PROPOSED, 'retire')).toBe(false);
  });

  it('limits department admins to their department, and to proposed items', () => {
    expect(managedDepartment(viewer([Role.AGENCY_ADMIN]))).toBeNull();
    expect(managedDepartment(viewer([Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN], 'd'))).toBeNull();
    expect(managedDepartment(viewer([Role.DEPARTMENT_ADMIN], 'd'))).toBe('d');
    expect(managedDepartment(viewer([Role.DEPARTMENT_ADMIN]))).toBe('');
    expect(managedDepartment(viewer([Role.EXECUTIVE]))).toBe('');
    expect(mayEditStatus(viewer([Role.DEPARTMENT_ADMIN], 'd'), S.PROPOSED)).toBe(true);
    expect(mayEditStatus(viewer([Role.DEPARTMENT_ADMIN], 'd'), S.PUBLISHED)).toBe(false);
    expect(mayEditStatus(viewer([Role.AGENCY_ADMIN]), S.RETIRED)).toBe(true);
  });

  it('accepts a scope of the department’s units and positions only, without kinds', () => {
    const dept = new Set(['d', 'd1', 'd2']);
    const scope = (
      unitIds: string[],
      positionUnitIds: string[] = [],
      positionKinds: string[] = [],
    ) => scopeWithinDepartment({ unitIds, positionUnitIds, positionKinds }, dept);
    expect(scope(['d1'])).toBe(true);
    expect(scope([], ['d2'])).toBe(true);
    expect(scope([])).toBe(false);
    expect(scope(['d1', 'x'])).toBe(false);
    expect(scope(['d1'], ['x'])).toBe(false);
    expect(scope(['d1'], [], ['FUNCTIONAL'])).toBe(false);
  });
});
