import { Entity, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';

/** A work week: hours per ISO weekday (work_pattern_day rows, read through a loader). */
@ObjectType({ description: 'A work week (pola hari kerja): hours per weekday.' })
@Entity({ tableName: 'work_pattern' })
export class WorkPattern extends TenantEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, {
    description: 'The agency default: units with no pattern of their own (or above) follow it.',
  })
  @Property({ type: 'boolean' })
  isDefault: boolean & Opt = false;
}

/** Other hours for a while (Ramadan): units on `basePattern` (all when null) follow `pattern`. */
@ObjectType({ description: 'A period with other working hours (e.g. Ramadan).' })
@Entity({ tableName: 'special_period' })
export class SpecialPeriod extends TenantEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day (inclusive).' })
  @Property({ type: 'date' })
  endDate!: string;

  @ManyToOne(() => WorkPattern, { nullable: true, ref: true, fieldName: 'base_pattern_id' })
  basePattern: Ref<WorkPattern> | null = null;

  @ManyToOne(() => WorkPattern, { ref: true, fieldName: 'pattern_id' })
  pattern!: Ref<WorkPattern>;
}
