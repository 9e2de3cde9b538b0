import { Entity, type Opt, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../common/tenant.entity.js';

/**
 * The agency's policy values (rules.md), versioned by effective date: the version in force on a
 * date is the one with the latest effective_from on or before it. Defaults are the demo city's.
 */
@Entity({ tableName: 'performance_policy' })
export class PerformancePolicy extends TenantEntity {
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'integer' })
  dailyMinimumMinutes: number & Opt = 350;

  @Property({ type: 'integer' })
  dailyCapMinutes: number & Opt = 450;

  @Property({ type: 'integer' })
  backdatingDays: number & Opt = 5;

  @Property({ type: 'integer' })
  entryDeadlineDay: number & Opt = 3;

  @Property({ type: 'integer' })
  verificationDeadlineDay: number & Opt = 7;

  @Property({ type: 'integer' })
  escalationWorkingDays: number & Opt = 5;

  /** Whether entries of the top of the hierarchy (no supervisor) are approved automatically. */
  @Property({ type: 'boolean' })
  autoApproveTop: boolean & Opt = false;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}

/** The defaults of rules.md, for an agency that has set no policy yet. */
export const DEFAULT_POLICY = {
  dailyMinimumMinutes: 350,
  dailyCapMinutes: 450,
  backdatingDays: 5,
  entryDeadlineDay: 3,
  verificationDeadlineDay: 7,
  escalationWorkingDays: 5,
  autoApproveTop: false,
} as const;

export type PolicyValues = {
  -readonly [K in keyof typeof DEFAULT_POLICY]: (typeof DEFAULT_POLICY)[K] extends boolean
    ? boolean
    : number;
};
