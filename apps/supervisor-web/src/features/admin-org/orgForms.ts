/**
 * The org chart forms' pure logic: drafts of units, positions, employees and acting assignments
 * as the inputs show them, the checks the client can explain at once, and the API's inputs.
 * The server decides the rest (a taken code or NIP, the admin's scope, overlapping Plt/Plh).
 */
import type {
  ActingInput,
  ActingKind,
  EmployeeInput,
  EmploymentType,
  OrgEmployee,
  OrgPosition,
  OrgTreeUnit,
  OrgUnitInput,
  OrgUnitKind,
  PositionInput,
  PositionKind,
  Role,
} from './org.documents';

/** Message keys (adminOrg.form.*) by field. */
export type Problems = Record<string, string>;

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

// ── units ────────────────────────────────────────────────────────────────────────────────
export interface UnitDraft {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string;
  sortOrder: string;
}

export function unitDraft(unit: OrgTreeUnit | null, parentId: string | null): UnitDraft {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? 'SECTION',
    parentId: parentId ?? '',
    sortOrder: unit ? String(unit.sortOrder) : '',
  };
}

export function checkUnit(d: UnitDraft): Problems {
  const p: Problems = {};
  if (!d.code.trim()) p.code = 'required';
  else if (!UNIT_CODE.test(d.code.trim()) || d.code.trim().length > 100) p.code = 'unitCode';
  if (d.name.trim().length < 2) p.name = 'required';
  if (d.sortOrder.trim() && !wholeIn(d.sortOrder, 0, 1_000_000)) p.sortOrder = 'whole';
  return p;
}

export function unitInput(d: UnitDraft): OrgUnitInput {
  return {
    code: d.code.trim(),
    name: d.name.trim(),
    kind: d.kind,
    parentId: d.parentId || null,
    sortOrder: d.sortOrder.trim() ? Number(d.sortOrder) : null,
  };
}

// ── positions ────────────────────────────────────────────────────────────────────────────
export interface PositionDraft {
  name: string;
  kind: PositionKind;
  jobClass: string;
  parentId: string;
  tppBaseOverride: string;
  elected: boolean;
}

export function positionDraft(p: OrgPosition | null): PositionDraft {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'EXECUTOR',
    jobClass: p ? String(p.jobClass) : '',
    parentId: p?.parent?.id ?? '',
    tppBaseOverride: p?.tppBaseOverride == null ? '' : String(p.tppBaseOverride),
    elected: p?.elected ?? false,
  };
}

export function checkPosition(d: PositionDraft): Problems {
  const p: Problems = {};
  if (d.name.trim().length < 2) p.name = 'required';
  if (!wholeIn(d.jobClass, 1, 17)) p.jobClass = 'jobClass';
  if (d.tppBaseOverride.trim() && !wholeIn(d.tppBaseOverride.replace(/\./g, ''), 0, 1_000_000_000))
    p.tppBaseOverride = 'amount';
  return p;
}

/** The pay fields only for the agency admin (a department admin may not send them at all). */
export function positionInput(
  d: PositionDraft,
  unitId: string,
  agencyAdmin: boolean,
): PositionInput {
  return {
    unitId,
    name: d.name.trim(),
    kind: d.kind,
    jobClass: Number(d.jobClass),
    parentId: d.parentId || null,
    ...(agencyAdmin
      ? {
          tppBaseOverride: d.tppBaseOverride.trim()
            ? Number(d.tppBaseOverride.replace(/\./g, ''))
            : null,
          elected: d.elected,
        }
      : {}),
  };
}

// ── employees ────────────────────────────────────────────────────────────────────────────
export interface EmployeeDraft {
  nip: string;
  name: string;
  employmentType: EmploymentType;
  rank: string;
  email: string;
  unitId: string;
  positionId: string;
  active: boolean;
  joinedOn: string;
  leftOn: string;
  password: string;
  roles: Role[];
  adminUnitId: string;
}

export function employeeDraft(
  e: OrgEmployee | null,
  place: { unitId: string; positionId: string } | null = null,
): EmployeeDraft {
  return {
    nip: e?.nip ?? '',
    name: e?.name ?? '',
    employmentType: e?.employmentType ?? 'PNS',
    rank: e?.rank ?? '',
    email: e?.email ?? '',
    unitId: e?.position?.unit.id ?? place?.unitId ?? '',
    positionId: e?.position?.id ?? place?.positionId ?? '',
    active: e?.active ?? true,
    joinedOn: e?.joinedOn ?? '',
    leftOn: e?.leftOn ?? '',
    password: '',
    roles: (e?.roles ?? []).filter((r) => r !== 'EMPLOYEE'),
    adminUnitId: e?.adminUnit?.id ?? '',
  };
}

export function checkEmployee(d: EmployeeDraft): Problems {
  const p: Problems = {};
  if (!/^\d{18}$/.test(d.nip.replace(/\s/g, ''))) p.nip = 'nip';
  if (d.name.trim().length < 2) p.name = 'required';
  if (d.password && d.password.length < 8) p.password = 'password';
  if (d.joinedOn && d.leftOn && d.leftOn < d.joinedOn) p.leftOn = 'dates';
  if (d.roles.includes('DEPARTMENT_ADMIN') && !d.adminUnitId) p.adminUnitId = 'required';
  return p;
}

/**
 * Every field is sent, as the form shows it: updateEmployee clears what is left out (a rank, an
 * email, the position). Roles are sent only by the agency admin (others may not change them).
 */
export function employeeInput(d: EmployeeDraft, agencyAdmin: boolean): EmployeeInput {
  return {
    nip: d.nip.replace(/\s/g, ''),
    name: d.name.trim(),
    employmentType: d.employmentType,
    rank: d.rank.trim() || null,
    email: d.email.trim() || null,
    positionId: d.positionId || null,
    active: d.active,
    joinedOn: d.joinedOn || null,
    leftOn: d.leftOn || null,
    ...(d.password ? { password: d.password } : {}),
    ...(agencyAdmin ? { roles: ['EMPLOYEE' as Role, ...d.roles] } : {}),
    adminUnitId: d.roles.includes('DEPARTMENT_ADMIN') ? d.adminUnitId || null : null,
  };
}

// ── acting assignments ───────────────────────────────────────────────────────────────────
export interface ActingDraft {
  employeeId: string;
  kind: ActingKind;
  startDate: string;
  endDate: string;
}

export function actingDraft(today: string): ActingDraft {
  return { employeeId: '', kind: 'PLT', startDate: today, endDate: '' };
}

export function checkActing(d: ActingDraft): Problems {
  const p: Problems = {};
  if (!d.employeeId) p.employeeId = 'required';
  if (!d.startDate) p.startDate = 'required';
  if (d.startDate && d.endDate && d.endDate < d.startDate) p.endDate = 'dates';
  return p;
}

export function actingInput(d: ActingDraft, positionId: string): ActingInput {
  return {
    employeeId: d.employeeId,
    positionId,
    kind: d.kind,
    startDate: d.startDate,
    endDate: d.endDate || null,
  };
}
