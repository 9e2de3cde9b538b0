import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection.js';
import { DecisionSource } from '../activities/activities.enums.js';
import { ActivityEntry } from '../activities/activity-entry.entity.js';
import { ActivityItem } from '../activity-bank/activity-item.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { AnomalyFlag } from './verification.enums.js';

@ObjectType({ description: 'One entry in a verifier’s queue.' })
export class VerificationQueueRow {
  @Field(() => ActivityEntry)
  entry!: ActivityEntry;

  @Field(() => Employee)
  employee!: Employee;

  @Field(() => ActivityItem)
  item!: ActivityItem;

  @Field(() => Boolean, {
    description:
      'Submitted and undecided for at least the policy’s escalation limit in working days (so it is also in the queue of the supervisor’s own supervisor).',
  })
  escalated!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days since the entry was submitted (agency time zone).',
  })
  workingDaysPending!: number | null;

  @Field(() => DecisionSource, {
    nullable: true,
    description:
      'As what the caller may decide the entry today (SUPERVISOR, ACTING, ESCALATED, ADMIN); null when they may not any more (an entry they decided earlier).',
  })
  decisionSource!: DecisionSource | null;

  @Field(() => [AnomalyFlag])
  flags!: AnomalyFlag[];
}

@ObjectType()
export class VerificationQueueEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => VerificationQueueRow)
  node!: VerificationQueueRow;
}

@ObjectType({ description: 'One person’s day, for the rows of the page.' })
export class VerificationDayGroup {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => Int, {
    description: 'Credited minutes of the day’s submitted and approved entries.',
  })
  totalCreditedMinutes!: number;

  @Field(() => Int, { description: 'Credited minutes of the day’s approved entries.' })
  approvedMinutes!: number;

  @Field(() => Int, { description: 'The day’s entries still waiting for a decision.' })
  pendingCount!: number;

  @Field(() => Int, { description: 'The policy’s daily minimum on that date.' })
  dailyTargetMinutes!: number;
}

@ObjectType({
  description:
    'The entries the caller may decide, sorted by employee name, date and start time; groups cover the (person, day) pairs of this page.',
})
export class VerificationQueue {
  @Field(() => [VerificationQueueEdge])
  edges!: VerificationQueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Rows of the whole filter.' })
  totalCount!: number;

  @Field(() => [VerificationDayGroup], {
    description:
      'Per person and day, for the (person, day) pairs of this page’s rows, in the rows’ order; totals count all of that day’s entries.',
  })
  groups!: VerificationDayGroup[];
}

@ObjectType({ description: 'A person with entries in a verification queue.' })
export class VerificationQueuePerson {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int, { description: 'Their rows in the queue under the filter.' })
  count!: number;

  @Field(() => Int, { description: 'Of those, escalated (see VerificationQueueRow.escalated).' })
  escalatedCount!: number;

  @Field(() => GraphQLLocalDate, { description: 'The earliest date of those rows.' })
  firstDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'The latest date of those rows.' })
  lastDate!: string;
}

@ObjectType()
export class VerificationFailure {
  @Field(() => ID)
  entryId!: string;

  @Field(() => String, { description: 'NOT_FOUND, FORBIDDEN or CONFLICT.' })
  code!: string;

  @Field(() => String, { description: 'In the caller’s language.' })
  message!: string;
}

@ObjectType({
  description:
    'What a batch decision did: entries decided (including repeats of the decision already recorded) and every entry left unchanged, with why.',
})
export class VerificationResult {
  @Field(() => Int)
  applied!: number;

  @Field(() => [VerificationFailure])
  failed!: VerificationFailure[];
}

@ObjectType({ description: 'How a supervisor keeps up with verification.' })
export class VerificationStats {
  @Field(() => Employee)
  supervisor!: Employee;

  @Field(() => Int, {
    description:
      'Submitted entries of their direct reports (through Plt/Plh too) waiting for them; escalated entries from further down are not counted.',
  })
  pendingCount!: number;

  @Field(() => Date, { nullable: true })
  oldestPendingSubmittedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Calendar days since the oldest pending entry was submitted (agency time zone).',
  })
  oldestPendingAgeDays!: number | null;

  @Field(() => Int, { description: 'Entries they decided in the last 90 days (not AUTO).' })
  decidedCount!: number;

  @Field(() => Int, {
    description:
      'Of those, decided by the policy’s verification deadline: the deadline day of the month after the entry’s month (agency time zone).',
  })
  decidedOnTimeCount!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'decidedOnTimeCount ÷ decidedCount × 100, two decimals rounded half up (84.21); null when nothing was decided.',
  })
  decidedOnTimePercent!: number | null;
}

@ObjectType({ description: 'One event of the append-only audit log.' })
export class AuditEventRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => Employee, { nullable: true })
  actor!: Employee | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  data!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEventRecord)
  node!: AuditEventRecord;
}

@ObjectType({ description: 'Audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
