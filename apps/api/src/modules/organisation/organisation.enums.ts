import { registerEnumType } from 'type-graphql';

export enum OrgUnitKind {
  AGENCY = 'AGENCY',
  DEPARTMENT = 'DEPARTMENT',
  DIVISION = 'DIVISION',
  SECTION = 'SECTION',
  SUBSECTION = 'SUBSECTION',
  DISTRICT = 'DISTRICT',
  VILLAGE = 'VILLAGE',
  SCHOOL = 'SCHOOL',
  CLINIC = 'CLINIC',
  OTHER = 'OTHER',
}

export enum PositionKind {
  STRUCTURAL = 'STRUCTURAL',
  FUNCTIONAL = 'FUNCTIONAL',
  EXECUTOR = 'EXECUTOR',
}

export enum EmploymentType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}

export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  DEPARTMENT_ADMIN = 'DEPARTMENT_ADMIN',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  EXECUTIVE = 'EXECUTIVE',
}

export enum ActingKind {
  PLT = 'PLT',
  PLH = 'PLH',
}

registerEnumType(OrgUnitKind, {
  name: 'OrgUnitKind',
  description: 'Kind of a node of the organisation tree.',
});
registerEnumType(PositionKind, {
  name: 'PositionKind',
  description: 'Structural (head of a unit), functional (professional) or executor (staff).',
});
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'PNS (career) or PPPK (contract) civil servant.',
});
registerEnumType(Role, {
  name: 'Role',
  description:
    'Roles granted to an employee. Being a supervisor follows from the hierarchy, never from a role.',
});
registerEnumType(ActingKind, {
  name: 'ActingKind',
  description: 'PLT (pelaksana tugas) or PLH (pelaksana harian).',
});
