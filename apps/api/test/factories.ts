/**
 * Small factories for integration tests: build just the organisation a test needs, directly in
 * the test database (through the ORM, so the entities' own defaults apply).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../src/modules/auth/auth.entities.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { ActingAssignment } from '../src/modules/organisation/acting-assignment.entity.js';
import { Agency } from '../src/modules/organisation/agency.entity.js';
import { Employee } from '../src/modules/organisation/employee.entity.js';
import {
  ActingKind,
  OrgUnitKind,
  PositionKind,
  type Role,
} from '../src/modules/organisation/organisation.enums.js';
import { OrgUnit } from '../src/modules/organisation/org-unit.entity.js';
import { Position } from '../src/modules/organisation/position.entity.js';

let seq = 0;
/** A valid PNS NIP (born 7 July 1970, appointed July 1995), unique within a test file. */
export function nextNip(sex: 1 | 2 = 1): string {
  seq += 1;
  return `19700707199507${sex}${String(seq).padStart(3, '0')}`;
}

export class Factory {
  private password: Promise<string> | null = null;
  constructor(
    private readonly em: EntityManager,
    readonly agency: Agency,
  ) {}

  static async agency(em: EntityManager, code = `agency-${++seq}`): Promise<Factory> {
    const agency = em.create(Agency, { code, name: `Pemerintah ${code}` });
    await em.flush();
    return new Factory(em, agency);
  }

  async unit(
    name: string,
    parent: OrgUnit | null = null,
    kind = OrgUnitKind.DEPARTMENT,
  ): Promise<OrgUnit> {
    const unit = this.em.create(OrgUnit, {
      agencyId: this.agency.id,
      parent,
      code: `u-${++seq}`,
      name,
      kind,
    });
    await this.em.flush();
    return unit;
  }

  async position(
    name: string,
    unit: OrgUnit,
    parent: Position | null = null,
    kind = PositionKind.STRUCTURAL,
    jobClass = 9,
  ): Promise<Position> {
    const position = this.em.create(Position, {
      agencyId: this.agency.id,
      unit,
      parent,
      name,
      kind,
      jobClass,
    });
    await this.em.flush();
    return position;
  }

  async employee(
    name: string,
    position: Position | null,
    opts: {
      roles?: Role[];
      adminUnit?: OrgUnit;
      nip?: string;
      active?: boolean;
      password?: string;
    } = {},
  ): Promise<Employee> {
    this.password ??= hashPassword('rahasia-2026');
    const employee = this.em.create(Employee, {
      agencyId: this.agency.id,
      nip: opts.nip ?? nextNip(),
      name,
      position,
      roles: opts.roles ?? undefined,
      adminUnit: opts.adminUnit ?? null,
      active: opts.active ?? true,
      passwordHash: opts.password ? await hashPassword(opts.password) : await this.password,
    });
    this.em.persist(this.em.create(Account, { nip: employee.nip, agencyId: this.agency.id }));
    await this.em.flush();
    return employee;
  }

  async acting(
    employee: Employee,
    position: Position,
    startDate: string,
    endDate: string | null = null,
    kind = ActingKind.PLT,
  ): Promise<ActingAssignment> {
    const acting = this.em.create(ActingAssignment, {
      agencyId: this.agency.id,
      employee,
      position,
      kind,
      startDate,
      endDate,
    });
    await this.em.flush();
    return acting;
  }
}
