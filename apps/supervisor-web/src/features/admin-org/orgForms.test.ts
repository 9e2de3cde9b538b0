import { describe, expect, it } from 'vitest';
import type { OrgEmployee, OrgPosition } from './org.documents';
import {
  actingDraft,
  actingInput,
  checkActing,
  checkEmployee,
  checkPosition,
  checkUnit,
  employeeDraft,
  employeeInput,
  positionDraft,
  positionInput,
  unitDraft,
  unitInput,
} from './orgForms';

describe('the unit form', () => {
  it('keeps a code in capitals and sends what it shows', () => {
    const d = unitDraft(
      { id: 'u', code: 'DISKOMINFO.02', name: 'Bidang Aptika', kind: 'DIVISION', sortOrder: 2 },
      'dinas',
    );
    expect(checkUnit(d)).toEqual({});
    expect(unitInput(d)).toEqual({
      code: 'DISKOMINFO.02',
      name: 'Bidang Aptika',
      kind: 'DIVISION',
      parentId: 'dinas',
      sortOrder: 2,
    });
  });

  it('refuses an empty name, a code with spaces and a negative order', () => {
    expect(checkUnit({ ...unitDraft(null, 'p'), code: 'SEKSI BARU', sortOrder: '-1' })).toEqual({
      code: 'unitCode',
      name: 'required',
      sortOrder: 'whole',
    });
    expect(unitInput(unitDraft(null, null)).sortOrder).toBeNull();
  });
});

const position: OrgPosition = {
  id: 'p',
  name: 'Kepala Dinas',
  kind: 'STRUCTURAL',
  jobClass: 14,
  elected: false,
  tppBaseOverride: null,
  parent: { id: 'sekda', name: 'Sekretaris Daerah' },
  holders: [],
  actingAssignments: [],
};

describe('the position form', () => {
  it('sends the pay fields only for the agency admin', () => {
    const d = { ...positionDraft(position), tppBaseOverride: '12.500.000' };
    expect(checkPosition(d)).toEqual({});
    expect(positionInput(d, 'unit', true)).toEqual({
      unitId: 'unit',
      name: 'Kepala Dinas',
      kind: 'STRUCTURAL',
      jobClass: 14,
      parentId: 'sekda',
      tppBaseOverride: 12_500_000,
      elected: false,
    });
    expect(positionInput(d, 'unit', false)).not.toHaveProperty('tppBaseOverride');
    expect(positionInput({ ...d, tppBaseOverride: '' }, 'unit', true).tppBaseOverride).toBeNull();
  });

  it('wants a job class of 1–17 and whole rupiah', () => {
    expect(
      checkPosition({
        ...positionDraft(null),
        name: 'Analis',
        jobClass: '18',
        tppBaseOverride: '1,5',
      }),
    ).toEqual({ jobClass: 'jobClass', tppBaseOverride: 'amount' });
  });
});

const dewi: OrgEmployee = {
  id: 'e',
  nip: '199503202020112402',
  name: 'Dewi Rosmiati, S.Kom.',
  rank: 'Penata Muda (III/a)',
  email: 'dewi@kotacontoh.go.id',
  employmentType: 'PNS',
  active: true,
  joinedOn: '2020-11-01',
  leftOn: null,
  roles: ['EMPLOYEE', 'DEPARTMENT_ADMIN'],
  adminUnit: { id: 'disdik', name: 'Dinas Pendidikan' },
  position: {
    id: 'pranata',
    name: 'Pranata Komputer',
    unit: { id: 'umum', name: 'Subbagian Umum' },
  },
};

describe('the employee form', () => {
  it('sends every field back, keeping a department admin’s department', () => {
    const d = employeeDraft(dewi);
    expect(d).toMatchObject({ unitId: 'umum', positionId: 'pranata', roles: ['DEPARTMENT_ADMIN'] });
    expect(checkEmployee(d)).toEqual({});
    expect(employeeInput(d, false)).toEqual({
      nip: '199503202020112402',
      name: 'Dewi Rosmiati, S.Kom.',
      employmentType: 'PNS',
      rank: 'Penata Muda (III/a)',
      email: 'dewi@kotacontoh.go.id',
      positionId: 'pranata',
      active: true,
      joinedOn: '2020-11-01',
      leftOn: null,
      adminUnitId: 'disdik',
    });
    expect(employeeInput({ ...d, password: 'rahasia-baru' }, true)).toMatchObject({
      roles: ['EMPLOYEE', 'DEPARTMENT_ADMIN'],
      password: 'rahasia-baru',
    });
  });

  it('starts a new employee in the chosen post, and says what is missing', () => {
    const d = employeeDraft(null, { unitId: 'u', positionId: 'p' });
    expect(d).toMatchObject({ unitId: 'u', positionId: 'p', employmentType: 'PNS', active: true });
    expect(checkEmployee({ ...d, nip: '1995 0320 2020 1124 0', password: 'pendek' })).toEqual({
      nip: 'nip',
      name: 'required',
      password: 'password',
    });
    expect(
      checkEmployee({
        ...d,
        nip: '199503202020112402',
        name: 'Budi',
        joinedOn: '2026-01-02',
        leftOn: '2025-12-31',
        roles: ['DEPARTMENT_ADMIN'],
      }),
    ).toEqual({ leftOn: 'dates', adminUnitId: 'required' });
    expect(employeeInput({ ...d, nip: '1995 0320 2020 1124 02' }, false).nip).toBe(
      '199503202020112402',
    );
  });
});

describe('the acting form', () => {
  it('starts today as a Plt and checks the period', () => {
    const d = actingDraft('2026-11-24');
    expect(checkActing(d)).toEqual({ employeeId: 'required' });
    const chosen = { ...d, employeeId: 'e', endDate: '2026-11-01' };
    expect(checkActing(chosen)).toEqual({ endDate: 'dates' });
    expect(actingInput({ ...chosen, endDate: '' }, 'pos')).toEqual({
      employeeId: 'e',
      positionId: 'pos',
      kind: 'PLT',
      startDate: '2026-11-24',
      endDate: null,
    });
  });
});
