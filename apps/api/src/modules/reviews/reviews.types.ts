import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { WorkRating } from '../reports/reports.types.js';
import { BehaviourValue, PeerRankingFlagKind, RaterKind } from './reviews.enums.js';

@ObjectType({ description: 'One value’s score in a 360° rating.' })
export class BehaviourRatingEntry {
  @Field(() => BehaviourValue)
  value!: BehaviourValue;

  @Field(() => Int, { description: '1–10.' })
  score!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType({
  description:
    'One person the caller rates in a month’s 360° review (themselves, their supervisor, drawn peers of their unit, their direct reports).',
})
export class ReviewAssignment {
  @Field(() => ID, { description: 'period:rateeId (per caller).' })
  id!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => ID)
  rateeId!: string;

  @Field(() => RaterKind, {
    description:
      'The caller’s relation to the person rated: SELF, SUPERVISOR (rating a direct report), PEER, SUBORDINATE (rating their supervisor).',
  })
  kind!: RaterKind;

  @Field(() => String, {
    description: 'Due date, YYYY-MM-DD (the policy’s day of the next month).',
  })
  dueDate!: string;

  @Field(() => Boolean, {
    description: 'Submitted after the due date; not submitted: whether submitting now is late.',
  })
  late!: boolean;

  @Field(() => Boolean)
  submitted!: boolean;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean, {
    description: 'Whether it may still be submitted or changed (the month is open).',
  })
  editable!: boolean;

  @Field(() => [BehaviourRatingEntry], {
    nullable: true,
    description: 'The caller’s own ratings, once submitted.',
  })
  ratings!: BehaviourRatingEntry[] | null;
}

@ObjectType({ description: 'What one kind of rater gave, as the person rated may see it.' })
export class BehaviourKindSummary {
  @Field(() => RaterKind)
  kind!: RaterKind;

  @Field(() => Int, { description: 'How many raters of this kind rated.' })
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Their mean score (0–100); null when none rated, or for peers and subordinates below the anonymity threshold.',
  })
  score!: number | null;

  @Field(() => Float, { description: 'The policy’s weight for this person, in percent.' })
  weight!: number;

  @Field(() => Float, {
    description: 'The weight it carries in the score after moves and renormalisation, in percent.',
  })
  effectiveWeight!: number;

  @Field(() => Boolean, { description: 'Whether it counts in the behaviour score.' })
  counted!: boolean;

  @Field(() => Boolean, { description: 'Whether its score is shown (see score).' })
  shown!: boolean;
}

@ObjectType()
export class BehaviourSummaryValue {
  @Field(() => BehaviourValue)
  value!: BehaviourValue;

  @Field(() => Float, { description: '0–100, weighted as the behaviour score is.' })
  score!: number;
}

@ObjectType({ description: 'A comment, without the rater’s identity.' })
export class BehaviourComment {
  @Field(() => RaterKind)
  kind!: RaterKind;

  @Field(() => BehaviourValue)
  value!: BehaviourValue;

  @Field(() => String)
  comment!: string;
}

@ObjectType({
  description:
    'A person’s 360° behaviour result for a month. Peers and subordinates are anonymous: their aggregate and comments appear only from the policy’s minimum number of raters, and no rater of theirs is ever named.',
})
export class BehaviourSummary {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'The behaviour score (0–100); null: none.' })
  score!: number | null;

  @Field(() => WorkRating, {
    description: 'ABOVE from 90, AS_EXPECTED from 70 (policy); AS_EXPECTED with no score.',
  })
  rating!: WorkRating;

  @Field(() => Boolean, { description: 'Whether the lead weights (with subordinates) applied.' })
  lead!: boolean;

  @Field(() => Int, { description: 'The anonymity threshold (policy minRaters).' })
  minRaters!: number;

  @Field(() => [BehaviourSummaryValue])
  values!: BehaviourSummaryValue[];

  @Field(() => [BehaviourKindSummary], {
    description: 'SELF (shown beside), SUPERVISOR, PEER, SUBORDINATE.',
  })
  kinds!: BehaviourKindSummary[];

  @Field(() => [BehaviourComment], {
    description: 'Comments of the kinds shown, ordered by kind, value and text (not by rater).',
  })
  comments!: BehaviourComment[];
}

@ObjectType({
  description:
    'The caller’s monthly peer ranking: the coworkers drawn for them (a balanced random draw) to rank from best to worst.',
})
export class PeerRankingAssignment {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => String, { description: 'Due date, YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => Boolean, {
    description: 'Submitted after the due date; not submitted: whether submitting now is late.',
  })
  late!: boolean;

  @Field(() => Boolean)
  submitted!: boolean;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether it may still be submitted (the month is open).' })
  editable!: boolean;

  coworkerIds!: string[];
  orderedIds!: string[] | null;
  bestId!: string | null;
}

@ObjectType({ description: 'One person’s standing in their peer group for a month.' })
export class PeerStanding {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => ID, { description: 'The peer group (a department, or a unit).' })
  groupUnitId!: string;

  @Field(() => Int, { description: 'People in the peer group.' })
  groupSize!: number;

  @Field(() => Float, { description: 'Plackett–Luce strength; the group’s geometric mean is 1.' })
  strength!: number;

  @Field(() => Float, { description: 'Approximate standard error of log(strength).' })
  standardError!: number;

  @Field(() => Float, { description: 'Percentile within the peer group (0–100).' })
  percentile!: number;

  @Field(() => Int, { description: 'Submitted rankings that included this person.' })
  timesRanked!: number;

  @Field(() => Int, { description: 'Rankings naming this person best performer.' })
  bestVotes!: number;

  @Field(() => Boolean, { description: 'Whether this person submitted their own ranking.' })
  submitted!: boolean;

  @Field(() => [PeerRankingFlagKind], {
    nullable: true,
    description:
      'Patterns in this person’s own ranking (agency and department admins, executives only; null for supervisors, who see the counts).',
  })
  flags!: PeerRankingFlagKind[] | null;
}

@ObjectType({ description: 'The peer-ranking results of a unit’s people for a month.' })
export class PeerRankingResults {
  @Field(() => String)
  period!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => [PeerStanding], { description: 'By percentile, highest first.' })
  standings!: PeerStanding[];

  @Field(() => Int, { description: 'Rankings the unit’s people were assigned.' })
  assigned!: number;

  @Field(() => Int, { description: 'Rankings the unit’s people submitted.' })
  submitted!: number;

  @Field(() => Int, { description: 'Pairs (with someone of the unit) naming each other best.' })
  mutualBestPairs!: number;

  @Field(() => Int, {
    description: 'People of the unit whose ranking dissents from the consensus.',
  })
  dissentingRaters!: number;
}
