import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection.js';
import { AttendanceDay } from '../attendance/attendance.types.js';
import { Employee } from '../organisation/employee.entity.js';
import { VerificationStats } from '../verification/verification.types.js';

@ObjectType({
  description:
    'A person of a team tree with their month at a glance: credited minutes against the target, what waits for verification, today’s attendance, and for a supervisor their own backlog.',
})
export class TeamMember {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => Boolean, { description: 'The month is closed: figures from its snapshot.' })
  frozen!: boolean;

  @Field(() => Int, { description: 'Approved main-duty minutes, each day capped.' })
  approvedMainMinutes!: number;

  @Field(() => Int, { description: 'Additional minutes counted (up to the policy’s share).' })
  countedAdditionalMinutes!: number;

  @Field(() => Int, { description: 'The month’s minute target (lowered by leave).' })
  targetMinutes!: number;

  @Field(() => Float, { description: 'Performance achievement in percent, two places.' })
  achievement!: number;

  @Field(() => Int, {
    description: 'Their entries of the month submitted and still waiting for a decision.',
  })
  pendingCount!: number;

  @Field(() => Int, { description: 'The credited minutes of those entries.' })
  pendingMinutes!: number;

  @Field(() => Int, { description: 'How many people report directly to them today.' })
  directReportCount!: number;

  @Field(() => AttendanceDay, {
    nullable: true,
    description:
      'Today (whatever the month): provisional until the day is over; null when today is no day of theirs.',
  })
  today!: AttendanceDay | null;

  @Field(() => VerificationStats, {
    nullable: true,
    description: 'Their own verification backlog and timeliness; null without direct reports.',
  })
  verification!: VerificationStats | null;
}

@ObjectType()
export class TeamMemberEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => TeamMember)
  node!: TeamMember;
}

@ObjectType()
export class TeamMemberConnection {
  @Field(() => [TeamMemberEdge])
  edges!: TeamMemberEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Everyone reporting directly to the person.' })
  totalCount!: number;
}
