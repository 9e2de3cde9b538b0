import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  PeerGroup as PeerGroupValue,
  MonthlyTargetMode as TargetMode,
} from './performance-policy.entity.js';

export const MonthlyTargetMode = {
  WORKING_DAYS: 'WORKING_DAYS',
  FIXED: 'FIXED',
} as const satisfies Record<TargetMode, TargetMode>;

registerEnumType(MonthlyTargetMode, {
  name: 'MonthlyTargetMode',
  description: 'How the monthly activity target is set (rules.md).',
  valuesConfig: {
    WORKING_DAYS: { description: 'Working days × daily minimum, minus excused time.' },
    FIXED: { description: 'A fixed number of minutes a month.' },
  },
});

@ObjectType({ description: 'The deduction of one attendance violation, per occurrence.' })
export class PolicyDeduction {
  @Field(() => String, { description: 'TL1–TL4, PSW1–PSW4 or TK.' })
  code!: string;

  @Field(() => Float, { description: 'Percent of the discipline part (0.5 = 0.5 %).' })
  percent!: number;
}

@ObjectType({ description: 'The monthly TPP base of a job class (kelas jabatan).' })
export class TppBase {
  @Field(() => Int, { description: '1–17.' })
  jobClass!: number;

  @Field(() => Int, { description: 'Rupiah per month.' })
  amount!: number;
}

@ObjectType({ description: 'Thresholds of the work-result and behaviour ratings (rules.md).' })
export class RatingThresholds {
  @Field(() => Float, { description: 'IKI score at or above which the work result is ABOVE.' })
  ikiAbove!: number;

  @Field(() => Float, { description: 'IKI score at or above which it is AS_EXPECTED.' })
  ikiAsExpected!: number;

  @Field(() => Float, { description: 'Behaviour score at or above which it is ABOVE.' })
  behaviourAbove!: number;

  @Field(() => Float, { description: 'Behaviour score at or above which it is AS_EXPECTED.' })
  behaviourAsExpected!: number;

  @Field(() => Float, {
    description: 'Without IKI: achievement at or above which the work result is AS_EXPECTED.',
  })
  achievementAsExpected!: number;

  @Field(() => Float, { description: 'Without IKI: achievement below which it is BELOW.' })
  achievementBelow!: number;
}

export const PeerGroup = {
  DEPARTMENT: 'DEPARTMENT',
  UNIT: 'UNIT',
} as const satisfies Record<PeerGroupValue, PeerGroupValue>;

registerEnumType(PeerGroup, {
  name: 'PeerGroup',
  description: 'Where the peer ranking draws coworkers from.',
  valuesConfig: {
    DEPARTMENT: { description: 'The whole department (perangkat daerah).' },
    UNIT: { description: 'The employee’s own unit.' },
  },
});

@ObjectType({ description: 'Rater weights (percent) for staff, who have no direct reports.' })
export class StaffBehaviourWeights {
  @Field(() => Int)
  supervisor!: number;

  @Field(() => Int)
  peer!: number;
}

@ObjectType({ description: 'Rater weights (percent) for anyone with direct reports.' })
export class LeadBehaviourWeights {
  @Field(() => Int)
  supervisor!: number;

  @Field(() => Int)
  peer!: number;

  @Field(() => Int)
  subordinate!: number;
}

@ObjectType({ description: 'How the 360° rater kinds weigh in the behaviour score (rules.md).' })
export class BehaviourWeights {
  @Field(() => StaffBehaviourWeights)
  staff!: StaffBehaviourWeights;

  @Field(() => LeadBehaviourWeights)
  lead!: LeadBehaviourWeights;

  @Field(() => Int, { description: 'The self-rating’s weight (0: shown beside only).' })
  self!: number;
}

@ObjectType({
  description:
    'The monthly tasks (IKI, 360° review, peer ranking): when they are due, who is drawn and how ratings weigh.',
})
export class ReviewSettings {
  @Field(() => Int, { description: 'Day of the next month by which a month’s tasks are due.' })
  tasksDueDay!: number;

  @Field(() => Int, {
    description: 'Peers of the same unit each employee rates in the 360° review.',
  })
  reviewPeers!: number;

  @Field(() => Int, {
    description: 'Fewest peer (or subordinate) raters for their aggregate to count and be shown.',
  })
  minRaters!: number;

  @Field(() => Int, { description: 'Coworkers each employee ranks (fewer in a smaller group).' })
  rankingSize!: number;

  @Field(() => PeerGroup)
  peerGroup!: PeerGroupValue;

  @Field(() => BehaviourWeights)
  weights!: BehaviourWeights;
}

@ObjectType('PerformancePolicy', {
  description:
    'A version of the agency’s performance policy (rules.md), in force from effectiveFrom until the next version.',
})
export class PerformancePolicyView {
  @Field(() => ID, {
    nullable: true,
    description: 'Null when the agency has set no version for the date: the defaults apply.',
  })
  id!: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Null for the defaults (no version set).',
  })
  effectiveFrom!: string | null;

  @Field(() => Boolean, { description: 'In force today or earlier: it can no longer be changed.' })
  inForce!: boolean;

  @Field(() => Int)
  dailyMinimumMinutes!: number;

  @Field(() => Int)
  dailyCapMinutes!: number;

  @Field(() => Int)
  backdatingDays!: number;

  @Field(() => Int, { description: 'Day of the next month by which a month’s entries are logged.' })
  entryDeadlineDay!: number;

  @Field(() => Int, { description: 'Day of the next month by which they are decided.' })
  verificationDeadlineDay!: number;

  @Field(() => Int)
  escalationWorkingDays!: number;

  @Field(() => Boolean)
  autoApproveTop!: boolean;

  @Field(() => MonthlyTargetMode)
  monthlyTargetMode!: TargetMode;

  @Field(() => Int, { nullable: true, description: 'Set when monthlyTargetMode is FIXED.' })
  monthlyTargetFixedMinutes!: number | null;

  @Field(() => Int)
  additionalCapPercent!: number;

  @Field(() => Int)
  performanceWeight!: number;

  @Field(() => Int)
  disciplineWeight!: number;

  @Field(() => [PolicyDeduction], { description: 'One per violation code.' })
  deductions!: PolicyDeduction[];

  @Field(() => [TppBase], { description: 'One per job class, 1 to 17.' })
  tppBases!: TppBase[];

  @Field(() => RatingThresholds)
  ratingThresholds!: RatingThresholds;

  @Field(() => Int, { description: 'Day of the next month on which a month is closed.' })
  closingDay!: number;

  @Field(() => Int)
  sanctionCutPercent!: number;

  @Field(() => Int)
  sickLeaveFreeDays!: number;

  @Field(() => Int)
  sickLeaveCutPercentPerDay!: number;

  @Field(() => Int)
  bigLeaveCutPercentPerDay!: number;

  @Field(() => ReviewSettings)
  reviewSettings!: ReviewSettings;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The employee who set the version.' })
  createdBy!: string | null;
}
