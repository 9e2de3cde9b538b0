import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';

@ObjectType({
  description:
    'A disciplinary sanction (PP 94/2021) that cuts the TPP for the months it states (YYYY-MM, inclusive).',
})
@Entity({ tableName: 'disciplinary_sanction' })
export class DisciplinarySanction extends TenantEntity {
  @Field(() => ID)
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => String, { description: 'First month the sanction cuts, YYYY-MM.' })
  @Property({ type: 'text' })
  startMonth!: string;

  @Field(() => String, { description: 'Last month the sanction cuts, YYYY-MM.' })
  @Property({ type: 'text' })
  endMonth!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
