import { Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../common/tenant.entity.js';
import { RaterKind } from './reviews.enums.js';

/** A month's random draw for one group (see the reviews migration). */
@Entity({ tableName: 'peer_draw' })
export class PeerDraw extends TenantEntity {
  @Property({ type: 'text' })
  month!: string;

  /** RANKING (a peer group's coworkers) or REVIEW (a unit's 360° peers). */
  @Property({ type: 'text' })
  purpose!: 'RANKING' | 'REVIEW';

  @Property({ type: 'uuid' })
  groupUnitId!: string;

  @Property({ type: 'text' })
  seed!: string;

  @Property({ type: 'smallint' })
  size!: number;

  @Property({ type: 'uuid[]' })
  memberIds!: string[];
}

/** One member's coworkers to rank in a month, and their ranking once submitted. */
@Entity({ tableName: 'peer_ranking_assignment' })
export class PeerRankingAssignment extends TenantEntity {
  @Property({ type: 'uuid' })
  drawId!: string;

  @Property({ type: 'text' })
  month!: string;

  @Property({ type: 'uuid' })
  raterId!: string;

  @Property({ type: 'uuid[]' })
  coworkerIds!: string[];

  @Property({ type: 'uuid[]', nullable: true })
  orderedIds: string[] | null = null;

  @Property({ type: 'uuid', nullable: true })
  bestId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'boolean' })
  late: boolean & Opt = false;
}

/** One rater's 360° ratings of one person for a month. */
@Entity({ tableName: 'behaviour_review' })
export class BehaviourReview extends TenantEntity {
  @Property({ type: 'text' })
  month!: string;

  @Property({ type: 'uuid' })
  raterId!: string;

  @Property({ type: 'uuid' })
  rateeId!: string;

  @Enum({ items: () => RaterKind, nativeEnumName: 'rater_kind' })
  kind!: RaterKind;

  /** Seven scores of 1–10, in VALUE_ORDER. */
  @Property({ type: 'smallint[]' })
  scores!: number[];

  @Property({ type: 'text[]' })
  comments!: (string | null)[];

  @Property({ type: 'timestamptz' })
  submittedAt: Date & Opt = new Date();

  @Property({ type: 'boolean' })
  late: boolean & Opt = false;
}
