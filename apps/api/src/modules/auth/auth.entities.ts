import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { TenantEntity } from '../../common/tenant.entity.js';
import { Employee } from '../organisation/employee.entity.js';

/**
 * Global directory from a NIP to the agency that employs it, so that `login(nip, password)`
 * finds the tenant without scanning every agency. Kept in step with employee.nip.
 */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'text' })
  nip!: string;

  @Property({ type: 'uuid', fieldName: 'agency_id' })
  agencyId!: string;
}

/** Failed sign-in attempts per NIP (known or not): the basis of slowing down and locking. */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'text' })
  nip!: string;

  @Property({ type: 'integer' })
  failures: number & Opt = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}

/** A signed-in browser or client. The token's secret is stored only as an HMAC. */
@Entity({ tableName: 'session' })
export class Session extends TenantEntity {
  @ManyToOne(() => Employee, { ref: true, fieldName: 'employee_id' })
  employee!: Ref<Employee>;

  @Property({ type: 'text' })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;
}
