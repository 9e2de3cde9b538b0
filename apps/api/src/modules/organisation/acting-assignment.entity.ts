import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { ActingKind } from './organisation.enums.js';
import { Employee } from './employee.entity.js';
import { Position } from './position.entity.js';

@ObjectType({ description: 'An employee acting (Plt/Plh) in a position for a period.' })
@Entity({ tableName: 'acting_assignment' })
export class ActingAssignment extends TenantEntity {
  @ManyToOne(() => Employee, { ref: true, fieldName: 'employee_id' })
  employee!: Ref<Employee>;

  @ManyToOne(() => Position, { ref: true, fieldName: 'position_id' })
  position!: Ref<Position>;

  @Field(() => ActingKind)
  @Enum({ items: () => ActingKind, nativeEnumName: 'acting_kind' })
  kind!: ActingKind;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Last day (inclusive); null when open-ended.',
  })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;
}
