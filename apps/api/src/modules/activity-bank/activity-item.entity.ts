import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { PositionKind } from '../organisation/organisation.enums.js';
import { ActivityCategory, ActivityItemStatus } from './activity-bank.enums.js';

/**
 * An item of the activity bank (butir aktivitas): what can be logged, its output unit and standard
 * minutes. General when every scope list is empty; otherwise it applies to the listed positions,
 * position kinds, or units (and the units below them).
 */
@ObjectType({ description: 'An item of the activity bank (butir aktivitas).' })
@Entity({ tableName: 'activity_item' })
export class ActivityItem extends TenantEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, {
    description: 'Satuan hasil, e.g. dokumen, laporan, kegiatan, jam pelajaran.',
  })
  @Property({ type: 'text' })
  outputUnit!: string;

  @Field(() => Int, { description: 'Norma waktu: minutes one unit of output takes.' })
  @Property({ type: 'integer' })
  standardMinutes!: number;

  @Field(() => ActivityCategory)
  @Enum({ items: () => ActivityCategory, nativeEnumName: 'activity_category' })
  category!: ActivityCategory;

  @Property({ type: 'uuid[]' })
  scopePositionIds: string[] & Opt = [];

  @Field(() => [PositionKind], {
    description: 'Position kinds the item is for; empty with the other scopes = general.',
  })
  @Enum({ items: () => PositionKind, array: true, columnType: 'text[]' })
  scopePositionKinds: PositionKind[] & Opt = [];

  @Property({ type: 'uuid[]' })
  scopeUnitIds: string[] & Opt = [];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  keywords: string[] & Opt = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  requiresEvidence: boolean & Opt = false;

  @Field(() => ActivityItemStatus)
  @Enum({ items: () => ActivityItemStatus, nativeEnumName: 'activity_item_status' })
  status: ActivityItemStatus & Opt = ActivityItemStatus.PROPOSED;

  @Property({ type: 'uuid', nullable: true })
  proposedBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;
}

/** An employee's favourite item (shown first in their search). */
@Entity({ tableName: 'activity_favourite' })
export class ActivityFavourite {
  @PrimaryKey({ type: 'uuid', fieldName: 'agency_id' })
  agencyId!: string;

  @PrimaryKey({ type: 'uuid' })
  employeeId!: string;

  @PrimaryKey({ type: 'uuid' })
  itemId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
