import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { DecisionSource } from '../activities/activities.enums.js';
import { Employee } from '../organisation/employee.entity.js';
import { LeaveKind, LeaveRequestStatus } from './leave.enums.js';

@ObjectType({
  description: 'Where an official trip goes (an allowed check-in place when located).',
})
export class LeaveDestination {
  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;
}

/**
 * A request for leave, a permit, official travel or work from home, by one employee for a range of
 * dates (inclusive), decided by their supervisor through the verification cascade.
 *
 * Times (permits only) are the part of the date the permit excuses, on the unit's schedule of that
 * date: a permit to arrive late covers [scheduled start, arrival), one to leave early
 * [departure, scheduled end).
 */
@ObjectType({
  description:
    'A request for leave (cuti), a permit (izin), official travel (dinas luar) or work from home, dates inclusive.',
})
@Entity({ tableName: 'leave_request' })
export class LeaveRequest extends TenantEntity {
  @ManyToOne(() => Employee, { ref: true, fieldName: 'employee_id' })
  employee!: Ref<Employee>;

  @Field(() => LeaveKind)
  @Enum({ items: () => LeaveKind, nativeEnumName: 'leave_kind' })
  kind!: LeaveKind;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Boolean, { description: 'Half of one date (official travel only).' })
  @Property({ type: 'boolean' })
  halfDay: boolean & Opt = false;

  /** HH:mm:ss as PostgreSQL returns it; exposed as HH:mm by the resolver. */
  @Property({ type: 'time', nullable: true })
  startTime: string | null = null;

  @Property({ type: 'time', nullable: true })
  endTime: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Evidence uploaded by the requester (e.g. a doctor’s letter).',
  })
  @Property({ type: 'uuid', nullable: true })
  attachmentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  destinationName: string | null = null;

  @Property({ type: 'double', nullable: true })
  destinationLatitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  destinationLongitude: number | null = null;

  @Field(() => LeaveRequestStatus)
  @Enum({ items: () => LeaveRequestStatus, nativeEnumName: 'request_status' })
  status: LeaveRequestStatus & Opt = LeaveRequestStatus.PENDING;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  submittedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The reason given with a rejection.' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => DecisionSource, { nullable: true })
  @Enum({ items: () => DecisionSource, nativeEnumName: 'decision_source', nullable: true })
  decisionSource: DecisionSource | null = null;
}
