import { Entity, type Opt, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../common/tenant.entity.js';

/** A month of an agency (`YYYY-MM`). A closed month's entries can no longer change. */
@Entity({ tableName: 'period' })
export class Period extends TenantEntity {
  @Property({ type: 'text' })
  month!: string;

  @Property({ type: 'boolean' })
  closed: boolean & Opt = false;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  closedBy: string | null = null;
}
