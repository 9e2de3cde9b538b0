import { Entity, Enum, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { AttendanceSource } from './attendance.enums.js';

/**
 * The check-in and check-out of one employee on one date (presensi), one row per person and day.
 * A check outside every allowed place is kept with `in_area` false until a supervisor accepts it.
 * The checks are exposed as `checkIn` / `checkOut` (attendance.resolver.ts).
 */
@ObjectType({ description: 'The check-in and check-out of one employee on one date (presensi).' })
@Entity({ tableName: 'attendance_record' })
export class AttendanceRecord extends TenantEntity {
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => GraphQLLocalDate, { description: 'The agency-local date.' })
  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'timestamptz', nullable: true })
  checkInAt: Date | null = null;

  @Property({ type: 'double', nullable: true })
  checkInLatitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  checkInLongitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  checkInAccuracyMetres: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  checkInInArea: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  checkInPlace: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  checkInPhotoId: string | null = null;

  @Enum({ items: () => AttendanceSource, nativeEnumName: 'attendance_source', nullable: true })
  checkInSource: AttendanceSource | null = null;

  @Property({ type: 'uuid', nullable: true })
  checkInAcceptedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  checkOutAt: Date | null = null;

  @Property({ type: 'double', nullable: true })
  checkOutLatitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  checkOutLongitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  checkOutAccuracyMetres: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  checkOutInArea: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  checkOutPlace: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  checkOutPhotoId: string | null = null;

  @Enum({ items: () => AttendanceSource, nativeEnumName: 'attendance_source', nullable: true })
  checkOutSource: AttendanceSource | null = null;

  @Property({ type: 'uuid', nullable: true })
  checkOutAcceptedBy: string | null = null;
}
