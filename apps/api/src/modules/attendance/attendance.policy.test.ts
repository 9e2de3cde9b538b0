import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../common/auth/viewer.js';
import { Role } from '../organisation/organisation.enums.js';
import { mayAcceptAttendance, mayImportFingerprints } from './attendance.policy.js';

const viewer = (...roles: Role[]): Viewer => ({
  employeeId: 'v',
  agencyId: 'a',
  timeZone: 'Asia/Jakarta',
  roles: new Set([Role.EMPLOYEE, ...roles]),
  adminUnitId: null,
  sessionId: 's',
});
const rel = (r: Partial<{ self: boolean; below: boolean; inAdminScope: boolean }>) => ({
  self: false,
  below: false,
  inAdminScope: false,
  ...r,
});

describe('attendance policy', () => {
  it('lets anyone above the person accept, never the person', () => {
    expect(mayAcceptAttendance(viewer(), rel({ below: true }))).toBe(true);
    expect(mayAcceptAttendance(viewer(), rel({}))).toBe(false);
    expect(
      mayAcceptAttendance(viewer(Role.AGENCY_ADMIN), rel({ self: true, inAdminScope: true })),
    ).toBe(false);
  });

  it('lets admins accept within their scope', () => {
    expect(mayAcceptAttendance(viewer(Role.AGENCY_ADMIN), rel({ inAdminScope: true }))).toBe(true);
    expect(mayAcceptAttendance(viewer(Role.DEPARTMENT_ADMIN), rel({ inAdminScope: true }))).toBe(
      true,
    );
    expect(mayAcceptAttendance(viewer(Role.DEPARTMENT_ADMIN), rel({}))).toBe(false);
    // Without an admin role, being in some admin scope means nothing.
    expect(mayAcceptAttendance(viewer(), rel({ inAdminScope: true }))).toBe(false);
  });

  it('lets admins import fingerprint logs of their scope', () => {
    expect(mayImportFingerprints(viewer(Role.AGENCY_ADMIN), false)).toBe(true);
    expect(mayImportFingerprints(viewer(Role.DEPARTMENT_ADMIN), true)).toBe(true);
    expect(mayImportFingerprints(viewer(Role.DEPARTMENT_ADMIN), false)).toBe(false);
    expect(mayImportFingerprints(viewer(Role.EXECUTIVE), true)).toBe(false);
  });
});
