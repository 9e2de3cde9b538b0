import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { PositionKind } from './organisation.enums.js';
import { OrgUnit } from './org-unit.entity.js';

@ObjectType({
  description: 'A post (jabatan) in a unit. Its parent position is its holders’ supervisor’s.',
})
@Entity({ tableName: 'position' })
export class Position extends TenantEntity {
  @ManyToOne(() => OrgUnit, { ref: true, fieldName: 'unit_id' })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => Position, { nullable: true, ref: true, fieldName: 'parent_id' })
  parent: Ref<Position> | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PositionKind)
  @Enum({ items: () => PositionKind, nativeEnumName: 'position_kind' })
  kind!: PositionKind;

  @Field(() => Int, { description: 'Kelas jabatan, 1–17.' })
  @Property({ type: 'smallint' })
  jobClass!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Monthly TPP base (rupiah) replacing the policy’s base for the job class; null: none.',
  })
  @Property({ type: 'integer', nullable: true })
  tppBaseOverride: number | null = null;

  @Field(() => Boolean, {
    description: 'Held by an elected official (the regional head), who receives no TPP.',
  })
  @Property({ type: 'boolean' })
  elected: boolean & Opt = false;
}
