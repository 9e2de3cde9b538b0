import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import type {
  PeerGroup as PeerGroupValue,
  MonthlyTargetMode as TargetMode,
} from './performance-policy.entity.js';
import { MAX_SELF_WEIGHT, type PolicyDraft } from './policy.rules.js';
import { MonthlyTargetMode, PeerGroup } from './policy.types.js';

@InputType()
export class PolicyDeductionInput {
  @Field(() => String, { description: 'TL1–TL4, PSW1–PSW4 or TK.' })
  code!: string;

  @Field(() => Float, { description: 'Percent of the discipline part, at most two decimals.' })
  percent!: number;
}

@InputType()
export class TppBaseInput {
  @Field(() => Int)
  jobClass!: number;

  @Field(() => Int, { description: 'Rupiah per month.' })
  amount!: number;
}

@InputType()
export class RatingThresholdsInput {
  @Field(() => Float)
  ikiAbove!: number;

  @Field(() => Float)
  ikiAsExpected!: number;

  @Field(() => Float)
  behaviourAbove!: number;

  @Field(() => Float)
  behaviourAsExpected!: number;

  @Field(() => Float)
  achievementAsExpected!: number;

  @Field(() => Float)
  achievementBelow!: number;
}

@InputType()
export class StaffBehaviourWeightsInput {
  @Field(() => Int)
  supervisor!: number;

  @Field(() => Int)
  peer!: number;
}

@InputType()
export class LeadBehaviourWeightsInput {
  @Field(() => Int)
  supervisor!: number;

  @Field(() => Int)
  peer!: number;

  @Field(() => Int)
  subordinate!: number;
}

@InputType()
export class BehaviourWeightsInput {
  @Field(() => StaffBehaviourWeightsInput, { description: 'Percent; they add up to 100.' })
  staff!: StaffBehaviourWeightsInput;

  @Field(() => LeadBehaviourWeightsInput, { description: 'Percent; they add up to 100.' })
  lead!: LeadBehaviourWeightsInput;

  @Field(() => Int, {
    description: `0–${MAX_SELF_WEIGHT}: the self-rating counts little or nothing.`,
  })
  self!: number;
}

@InputType()
export class ReviewSettingsInput {
  @Field(() => Int, { description: 'Day of the next month, at most the closing day.' })
  tasksDueDay!: number;

  @Field(() => Int)
  reviewPeers!: number;

  @Field(() => Int)
  minRaters!: number;

  @Field(() => Int)
  rankingSize!: number;

  @Field(() => PeerGroup)
  peerGroup!: PeerGroupValue;

  @Field(() => BehaviourWeightsInput)
  weights!: BehaviourWeightsInput;
}

@InputType({ description: 'A new version of the performance policy: every value, in full.' })
export class PerformancePolicyInput implements PolicyDraft {
  @Field(() => GraphQLLocalDate, {
    description:
      'Today or later, and after the latest version (the same date as a version not yet in force replaces it).',
  })
  effectiveFrom!: string;

  @Field(() => Int)
  dailyMinimumMinutes!: number;

  @Field(() => Int)
  dailyCapMinutes!: number;

  @Field(() => Int)
  backdatingDays!: number;

  @Field(() => Int)
  entryDeadlineDay!: number;

  @Field(() => Int)
  verificationDeadlineDay!: number;

  @Field(() => Int)
  escalationWorkingDays!: number;

  @Field(() => Boolean)
  autoApproveTop!: boolean;

  @Field(() => MonthlyTargetMode)
  monthlyTargetMode!: TargetMode;

  @Field(() => Int, { nullable: true, description: 'Required when monthlyTargetMode is FIXED.' })
  monthlyTargetFixedMinutes?: number | null;

  @Field(() => Int)
  additionalCapPercent!: number;

  @Field(() => Int)
  performanceWeight!: number;

  @Field(() => Int)
  disciplineWeight!: number;

  @Field(() => [PolicyDeductionInput], { description: 'Exactly one per violation code.' })
  deductions!: PolicyDeductionInput[];

  @Field(() => [TppBaseInput], { description: 'Exactly one per job class 1–17.' })
  tppBases!: TppBaseInput[];

  @Field(() => RatingThresholdsInput)
  ratingThresholds!: RatingThresholdsInput;

  @Field(() => Int)
  closingDay!: number;

  @Field(() => Int)
  sanctionCutPercent!: number;

  @Field(() => Int)
  sickLeaveFreeDays!: number;

  @Field(() => Int)
  sickLeaveCutPercentPerDay!: number;

  @Field(() => Int)
  bigLeaveCutPercentPerDay!: number;

  @Field(() => ReviewSettingsInput, {
    nullable: true,
    description: 'The monthly tasks’ settings; absent: the defaults of rules.md.',
  })
  reviewSettings?: ReviewSettingsInput | null;
}
