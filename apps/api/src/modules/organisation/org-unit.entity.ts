import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { OrgUnitKind } from './organisation.enums.js';

@ObjectType({
  description:
    'A node of the organisation tree (perangkat daerah, bidang, seksi, sekolah, puskesmas…).',
})
@Entity({ tableName: 'org_unit' })
export class OrgUnit extends TenantEntity {
  @ManyToOne(() => OrgUnit, { nullable: true, ref: true, fieldName: 'parent_id' })
  parent: Ref<OrgUnit> | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrgUnitKind)
  @Enum({ items: () => OrgUnitKind, nativeEnumName: 'org_unit_kind' })
  kind!: OrgUnitKind;

  @Field(() => Int, { description: 'Order among siblings.' })
  @Property({ type: 'integer' })
  sortOrder: number & Opt = 0;
}
