import { Entity, type Opt, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../common/tenant.entity.js';

/**
 * A month of an agency (`YYYY-MM`). A closed month's entries, attendance and leave can no longer
 * change, and its report cards are read from report_snapshot (periods.service.ts). The last
 * closing and the last re-opening are kept on the row; every one of them is in the audit log.
 */
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

  @Property({ type: 'text', nullable: true })
  closedReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reopenedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  reopenedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  reopenReason: string | null = null;
}
