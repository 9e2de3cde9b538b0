import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection.js';
import { DecisionSource } from '../activities/activities.enums.js';
import { Employee } from '../organisation/employee.entity.js';
import { LeaveRequest } from './leave-request.entity.js';

@ObjectType({
  description:
    'Annual leave (cuti tahunan) of one employee in one year, in working days: remaining = entitlement + carriedOver − used − pending.',
})
export class LeaveBalance {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, {
    description:
      '12 from the year of the first anniversary of service (from the NIP); 0 before, and in a year with approved big leave.',
  })
  entitlement!: number;

  @Field(() => Int, {
    description:
      'Unused days of earlier years: up to 6, up to 12 when no annual leave was taken in the two years before.',
  })
  carriedOver!: number;

  @Field(() => Int, { description: 'Working days of approved annual leave in the year.' })
  used!: number;

  @Field(() => Int, { description: 'Working days of pending annual leave in the year.' })
  pending!: number;

  @Field(() => Int)
  remaining!: number;
}

@ObjectType({ description: 'One pending request in a decider’s queue.' })
export class LeaveQueueRow {
  @Field(() => LeaveRequest)
  request!: LeaveRequest;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Boolean, {
    description:
      'Pending for at least the policy’s escalation limit in working days (so it is also in the queue of the supervisor’s own supervisor).',
  })
  escalated!: boolean;

  @Field(() => Int, { description: 'Working days since the request was submitted.' })
  workingDaysPending!: number;

  @Field(() => Int, {
    description:
      'Working days the request covers on the employee’s work calendar (weekends, holidays and collective leave left out); a permit or a half day counts its one date.',
  })
  workingDays!: number;

  @Field(() => [LeaveRequest], {
    description:
      'Who else is away then: pending or approved requests of other people of the same unit whose dates overlap this one, earliest first.',
  })
  overlaps!: LeaveRequest[];

  @Field(() => DecisionSource, {
    description: 'As what the caller may decide it: SUPERVISOR, ACTING, ESCALATED or ADMIN.',
  })
  decisionSource!: DecisionSource;
}

@ObjectType()
export class LeaveQueueEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => LeaveQueueRow)
  node!: LeaveQueueRow;
}

@ObjectType({ description: 'Pending requests the caller may decide, oldest submission first.' })
export class LeaveQueue {
  @Field(() => [LeaveQueueEdge])
  edges!: LeaveQueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class LeaveDecisionFailure {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'NOT_FOUND, FORBIDDEN or CONFLICT.' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({
  description:
    'applied: requests decided (or already carrying this decision); failed: the others, each with its reason, unchanged.',
})
export class LeaveDecisionResult {
  @Field(() => Int)
  applied!: number;

  @Field(() => [LeaveDecisionFailure])
  failed!: LeaveDecisionFailure[];
}
