import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';

/** Default radius of an attendance place (rules.md, "Attendance places"). */
export const DEFAULT_RADIUS_METRES = 100;

@ObjectType({ description: 'An office where employees of the units it is assigned to check in.' })
@Entity({ tableName: 'office_location' })
export class OfficeLocation extends TenantEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Float)
  @Property({ type: 'double', runtimeType: 'number' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double', runtimeType: 'number' })
  longitude!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  radiusMetres: number & Opt = DEFAULT_RADIUS_METRES;
}
