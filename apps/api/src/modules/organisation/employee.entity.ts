import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { EmploymentType, Role } from './organisation.enums.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';

/**
 * A civil servant (PNS or PPPK). Only the directory card (id, NIP, name, position, unit) is public
 * within the agency; the other fields are resolved in employee.resolver.ts behind an access check.
 */
@ObjectType({ description: 'A civil servant (pegawai).' })
@Entity({ tableName: 'employee' })
export class Employee extends TenantEntity {
  @Field(() => String, { description: 'Nomor Induk Pegawai, 18 digits.' })
  @Property({ type: 'text' })
  nip!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  rank: string | null = null;

  @Enum({ items: () => EmploymentType, nativeEnumName: 'employment_type' })
  employmentType: EmploymentType & Opt = EmploymentType.PNS;

  @ManyToOne(() => Position, { nullable: true, ref: true, fieldName: 'position_id' })
  position: Ref<Position> | null = null;

  @Property({ type: 'boolean' })
  active: boolean & Opt = true;

  @Enum({ items: () => Role, array: true, columnType: 'text[]' })
  roles: Role[] & Opt = [Role.EMPLOYEE];

  /** The department a DEPARTMENT_ADMIN administers. */
  @ManyToOne(() => OrgUnit, { nullable: true, ref: true, fieldName: 'admin_unit_id' })
  adminUnit: Ref<OrgUnit> | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** First day of employment in the agency, when known (TPP pro-rating). */
  @Property({ type: 'date', nullable: true })
  joinedOn: string | null = null;

  /** Last day of employment, when the employee left (TPP pro-rating). */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;
}
