import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant.entity.js';
import { ActivityItem } from '../activity-bank/activity-item.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { ActivityEntryStatus, DecisionSource } from './activities.enums.js';

/** One logged activity of one employee on one date (aktivitas harian). */
@ObjectType({ description: 'One logged activity of one employee on one date (aktivitas harian).' })
@Entity({ tableName: 'activity_entry' })
export class ActivityEntry extends TenantEntity {
  @ManyToOne(() => Employee, { ref: true, fieldName: 'employee_id' })
  employee!: Ref<Employee>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  date!: string;

  /** HH:mm:ss as PostgreSQL returns it; exposed as HH:mm. */
  @Property({ type: 'time' })
  startTime!: string;

  @Property({ type: 'time' })
  endTime!: string;

  @ManyToOne(() => ActivityItem, { ref: true, fieldName: 'item_id' })
  item!: Ref<ActivityItem>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id the employee’s device gave the entry (offline queue): logging it again returns this entry.',
  })
  @Property({ type: 'uuid', nullable: true })
  clientId: string | null = null;

  @Field(() => Int, { description: 'Standard minutes × quantity, capped at end − start.' })
  @Property({ type: 'integer' })
  creditedMinutes!: number;

  @Field(() => ActivityEntryStatus)
  @Enum({ items: () => ActivityEntryStatus, nativeEnumName: 'activity_entry_status' })
  status: ActivityEntryStatus & Opt = ActivityEntryStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason given with a rejection or return.',
  })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;

  @Field(() => DecisionSource, { nullable: true })
  @Enum({ items: () => DecisionSource, nativeEnumName: 'decision_source', nullable: true })
  decisionSource: DecisionSource | null = null;
}

/** A recurring activity of an employee (a teacher's timetable): applySchedule drafts it on its weekdays. */
@ObjectType({
  description: 'A recurring activity (e.g. a teacher’s timetable), drafted by applySchedule.',
})
@Entity({ tableName: 'activity_schedule' })
export class ActivitySchedule extends TenantEntity {
  @Property({ type: 'uuid' })
  employeeId!: string;

  @ManyToOne(() => ActivityItem, { ref: true, fieldName: 'item_id' })
  item!: Ref<ActivityItem>;

  @Field(() => [Int], { description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' })
  @Property({ type: 'smallint[]' })
  weekdays!: number[];

  @Property({ type: 'time' })
  startTime!: string;

  @Property({ type: 'time' })
  endTime!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity: number & Opt = 1;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
