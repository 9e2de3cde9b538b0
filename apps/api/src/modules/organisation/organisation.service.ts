/**
 * Administration of the organisation: units, positions, employees and acting assignments.
 * Every change checks the admin's scope, runs in one transaction and is written to the audit log.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  type AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
} from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { AuditLog } from '../audit/audit.service.js';
import { maySetPositionPay } from '../policy/policy.policy.js';
import { Account } from '../auth/auth.entities.js';
import { hashPassword } from '../auth/passwords.js';
import type { Access } from './access.js';
import { ActingAssignment } from './acting-assignment.entity.js';
import { Employee } from './employee.entity.js';
import type { Hierarchy } from './hierarchy.js';
import { nipProblem } from './nip.js';
import { Role } from './organisation.enums.js';
import type {
  ActingAssignmentInput,
  EmployeeInput,
  OrgUnitInput,
  PositionInput,
} from './organisation.inputs.js';
import { mayGrantRole } from './organisation.policy.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';

export class OrganisationService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly access: Access,
    private readonly hierarchy: Hierarchy,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  // ── lookups (an id of another agency is simply not found) ───────────────────────────────
  async unit(id: string, em = this.em): Promise<OrgUnit> {
    const unit = isUuid(id) ? await em.findOne(OrgUnit, { agencyId: this.agencyId, id }) : null;
    if (!unit) throw notFound('organisation.unitNotFound');
    return unit;
  }

  async position(id: string, em = this.em): Promise<Position> {
    const position = isUuid(id)
      ? await em.findOne(Position, { agencyId: this.agencyId, id })
      : null;
    if (!position) throw notFound('organisation.positionNotFound');
    return position;
  }

  async employee(id: string, em = this.em): Promise<Employee> {
    const employee = isUuid(id)
      ? await em.findOne(Employee, { agencyId: this.agencyId, id })
      : null;
    if (!employee) throw notFound('organisation.employeeNotFound');
    return employee;
  }

  // ── units ────────────────────────────────────────────────────────────────────────────────
  async createUnit(input: OrgUnitInput): Promise<OrgUnit> {
    return this.em.transactional(async (em) => {
      const parent = await this.parentUnitFor(input.parentId ?? null, em);
      const unit = em.create(OrgUnit, {
        agencyId: this.agencyId,
        parent,
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        sortOrder: input.sortOrder ?? 0,
      });
      this.audit(em).write('orgUnit.create', 'OrgUnit', unit.id, { ...input });
      await flushOr(em, () => conflict('organisation.unitCodeTaken', { code: input.code }));
      return unit;
    });
  }

  async updateUnit(id: string, input: OrgUnitInput): Promise<OrgUnit> {
    return this.em.transactional(async (em) => {
      const unit = await this.unit(id, em);
      await this.access.assertAdministers(unit.id);
      const parent = await this.parentUnitFor(input.parentId ?? null, em);
      if (parent && (await this.hierarchy.unitWithin(parent.id, unit.id)))
        throw badInput('organisation.unitCycle');
      em.assign(unit, {
        parent,
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        sortOrder: input.sortOrder ?? unit.sortOrder,
      });
      this.audit(em).write('orgUnit.update', 'OrgUnit', unit.id, { ...input });
      await flushOr(em, () => conflict('organisation.unitCodeTaken', { code: input.code }));
      return unit;
    });
  }

  /** The parent of a new or moved unit, which the viewer must administer; only agency admins make roots. */
  private async parentUnitFor(parentId: string | null, em: EntityManager): Promise<OrgUnit | null> {
    if (!parentId) {
      if (!this.viewer.roles.has(Role.AGENCY_ADMIN))
        throw forbidden('organisation.outsideAdminScope');
      return null;
    }
    const parent = await this.unit(parentId, em);
    await this.access.assertAdministers(parent.id);
    return parent;
  }

  // ── positions ────────────────────────────────────────────────────────────────────────────
  async createPosition(input: PositionInput): Promise<Position> {
    return this.em.transactional(async (em) => {
      const unit = await this.unit(input.unitId, em);
      await this.access.assertAdministers(unit.id);
      const parent = input.parentId ? await this.position(input.parentId, em) : null;
      const position = em.create(Position, {
        agencyId: this.agencyId,
        unit,
        parent,
        name: input.name.trim(),
        kind: input.kind,
        jobClass: input.jobClass,
        ...this.positionPay(input, null),
      });
      this.audit(em).write('position.create', 'Position', position.id, { ...input });
      await em.flush();
      return position;
    });
  }

  async updatePosition(id: string, input: PositionInput): Promise<Position> {
    return this.em.transactional(async (em) => {
      const position = await this.position(id, em);
      await this.access.assertAdministers(position.unit.id);
      const unit = await this.unit(input.unitId, em);
      await this.access.assertAdministers(unit.id);
      const parent = input.parentId ? await this.position(input.parentId, em) : null;
      if (
        parent &&
        (parent.id === position.id ||
          (await this.hierarchy.positionWouldCycle(position.id, parent.id)))
      ) {
        throw badInput('organisation.positionCycle');
      }
      em.assign(position, {
        unit,
        parent,
        name: input.name.trim(),
        kind: input.kind,
        jobClass: input.jobClass,
        ...this.positionPay(input, position),
      });
      this.audit(em).write('position.update', 'Position', position.id, { ...input });
      await em.flush();
      return position;
    });
  }

  /**
   * A position's TPP override and elected flag from the input (omitted: kept, or the defaults for
   * a new position); changing either is the agency admin's (policy.policy's maySetPositionPay).
   */
  private positionPay(
    input: PositionInput,
    current: Position | null,
  ): { tppBaseOverride: number | null; elected: boolean } {
    const was = {
      tppBaseOverride: current?.tppBaseOverride ?? null,
      elected: current?.elected ?? false,
    };
    const next = {
      tppBaseOverride:
        input.tppBaseOverride === undefined ? was.tppBaseOverride : input.tppBaseOverride,
      elected: input.elected ?? was.elected,
    };
    for (const field of ['tppBaseOverride', 'elected'] as const) {
      if (next[field] !== was[field] && !maySetPositionPay(this.viewer))
        throw forbidden('policy.agencyAdminOnly', { field });
    }
    return next;
  }

  // ── employees ────────────────────────────────────────────────────────────────────────────
  async createEmployee(input: EmployeeInput): Promise<Employee> {
    return this.em.transactional(async (em) => {
      const employee = em.create(Employee, {
        agencyId: this.agencyId,
        nip: input.nip,
        name: input.name,
      });
      await this.applyEmployeeInput(em, employee, input, true);
      this.audit(em).write('employee.create', 'Employee', employee.id, redact(input));
      return employee;
    });
  }

  async updateEmployee(id: string, input: EmployeeInput): Promise<Employee> {
    return this.em.transactional(async (em) => {
      const employee = await this.employee(id, em);
      const position = employee.position ? await this.position(employee.position.id, em) : null;
      if (position) await this.access.assertAdministers(position.unit.id);
      else if (!this.viewer.roles.has(Role.AGENCY_ADMIN))
        throw forbidden('organisation.outsideAdminScope');
      await this.applyEmployeeInput(em, employee, input, false);
      this.audit(em).write('employee.update', 'Employee', employee.id, redact(input));
      return employee;
    });
  }

  /** Validates and applies an employee's fields, keeps the NIP directory in step, and flushes. */
  private async applyEmployeeInput(
    em: EntityManager,
    employee: Employee,
    input: EmployeeInput,
    isNew: boolean,
  ) {
    const problem = nipProblem(input.nip, input.employmentType);
    if (problem) throw invalidNip(input.nip, problem);
    const position = input.positionId ? await this.position(input.positionId, em) : null;
    if (position) await this.access.assertAdministers(position.unit.id);
    else if (!this.viewer.roles.has(Role.AGENCY_ADMIN))
      throw forbidden('organisation.outsideAdminScope');

    const roles = [...new Set([Role.EMPLOYEE, ...(input.roles ?? employee.roles)])];
    for (const role of roles) {
      if (!employee.roles.includes(role) && !mayGrantRole(this.viewer, role)) {
        throw forbidden('organisation.roleNotAllowed', { role });
      }
    }
    const adminUnit = input.adminUnitId ? await this.unit(input.adminUnitId, em) : null;
    if (roles.includes(Role.DEPARTMENT_ADMIN) && !adminUnit)
      throw badInput('organisation.adminUnitRequired');

    const joinedOn = input.joinedOn === undefined ? employee.joinedOn : input.joinedOn;
    const leftOn = input.leftOn === undefined ? employee.leftOn : input.leftOn;
    if (joinedOn && leftOn && leftOn < joinedOn)
      throw badInput('policy.employmentDates', {}, { field: 'leftOn' });

    const oldNip = employee.nip;
    em.assign(employee, {
      joinedOn,
      leftOn,
      nip: input.nip,
      name: input.name.trim(),
      rank: input.rank ?? null,
      employmentType: input.employmentType,
      position,
      email: input.email?.toLowerCase() ?? null,
      roles,
      adminUnit: roles.includes(Role.DEPARTMENT_ADMIN) ? adminUnit : null,
      active: input.active ?? employee.active,
    });
    if (input.password) employee.passwordHash = await hashPassword(input.password);
    if (isNew || oldNip !== input.nip) {
      if (!isNew) await em.nativeDelete(Account, { nip: oldNip, agencyId: this.agencyId });
      em.persist(em.create(Account, { nip: input.nip, agencyId: this.agencyId }));
    }
    await flushOr(em, () => conflict('organisation.nipTaken', { nip: input.nip }));
  }

  // ── acting assignments ───────────────────────────────────────────────────────────────────
  async createActingAssignment(input: ActingAssignmentInput): Promise<ActingAssignment> {
    return this.em.transactional(async (em) => {
      const position = await this.position(input.positionId, em);
      await this.access.assertAdministers(position.unit.id);
      const employee = await this.employee(input.employeeId, em);
      if (input.endDate && input.endDate < input.startDate)
        throw badInput('organisation.actingDates');
      const acting = em.create(ActingAssignment, {
        agencyId: this.agencyId,
        employee,
        position,
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      });
      this.audit(em).write('acting.create', 'ActingAssignment', acting.id, { ...input });
      await flushOr(em, () => conflict('organisation.actingOverlap'));
      return acting;
    });
  }

  async endActingAssignment(id: string, endDate: string): Promise<ActingAssignment> {
    return this.em.transactional(async (em) => {
      const acting = isUuid(id)
        ? await em.findOne(ActingAssignment, { agencyId: this.agencyId, id })
        : null;
      if (!acting) throw notFound('organisation.actingNotFound');
      const position = await this.position(acting.position.id, em);
      await this.access.assertAdministers(position.unit.id);
      if (endDate < acting.startDate) throw badInput('organisation.actingDates');
      acting.endDate = endDate;
      this.audit(em).write('acting.end', 'ActingAssignment', acting.id, { endDate });
      await em.flush();
      return acting;
    });
  }
}

export function invalidNip(nip: string, problem: string): AppError {
  return badInput('organisation.invalidNip', { nip, reason: `@nip.${problem}` }, { field: 'nip' });
}

function redact(input: EmployeeInput): Record<string, unknown> {
  const { password, ...rest } = input;
  return { ...rest, passwordChanged: Boolean(password) };
}

/**
 * Flushes; a unique or exclusion violation becomes the given CONFLICT error.
 * (PostgreSQL reports both as constraint violations; MikroORM maps exclusion to its base class.)
 */
async function flushOr(em: EntityManager, error: () => AppError): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (
      e instanceof UniqueConstraintViolationException ||
      (e as { code?: string }).code === '23P01'
    )
      throw error();
    throw e;
  }
}
