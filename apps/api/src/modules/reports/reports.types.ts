import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BehaviourValue } from '../reviews/reviews.enums.js';

export enum WorkRating {
  ABOVE = 'ABOVE',
  AS_EXPECTED = 'AS_EXPECTED',
  BELOW = 'BELOW',
}

export enum Predicate {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}

registerEnumType(WorkRating, {
  name: 'WorkRating',
  description: 'A work-result or behaviour rating: above, as or below expectations.',
});
registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'The final rating (predikat), from the national matrix of Permenpan RB 6/2022.',
});

@ObjectType({ description: 'One line of a report card’s explanation, in the caller’s language.' })
export class ReportExplanationLine {
  @Field(() => String, { description: 'What the line explains, e.g. minutes.main, tpp.total.' })
  key!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The figure: minutes and rupiah as integers, percentages with two places.',
  })
  value!: string | null;

  @Field(() => [String], { description: 'Ids of the entries, or the dates, it comes from.' })
  sources!: string[];
}

@ObjectType({ description: 'A deduction of the discipline part.' })
export class ReportDeduction {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String, { description: 'TL1–TL4, PSW1–PSW4 or TK.' })
  code!: string;

  @Field(() => Float, { description: 'Percentage points deducted.' })
  percent!: number;

  @Field(() => String)
  cause!: string;
}

@ObjectType({ description: 'Rejected entries of the month: listed, by default not deducted.' })
export class NegativeActivities {
  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  minutes!: number;

  @Field(() => [ID])
  entryIds!: string[];
}

@ObjectType({ description: 'A cut of the TPP beyond its two parts (sanction, leave).' })
export class TppCutLine {
  @Field(() => String, { description: 'tpp.cut.sanction, tpp.cut.sickLeave or tpp.cut.bigLeave.' })
  key!: string;

  @Field(() => String, { description: 'The cut explained, in the caller’s language.' })
  cause!: string;

  @Field(() => Float)
  percent!: number;

  @Field(() => Int, { description: 'Rupiah.' })
  amount!: number;
}

@ObjectType({ description: 'The TPP of a month, in whole rupiah.' })
export class TppBreakdown {
  @Field(() => Int, { description: 'By job class or the position’s override.' })
  base!: number;

  @Field(() => Int, { description: 'Pro-rated by working days when joined or left mid-month.' })
  proratedBase!: number;

  @Field(() => Int)
  performancePart!: number;

  @Field(() => Int)
  disciplinePart!: number;

  @Field(() => Int)
  otherCuts!: number;

  @Field(() => [TppCutLine])
  cuts!: TppCutLine[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'A BerAKHLAK value’s average in the month’s 360° review.' })
export class BehaviourValueScore {
  @Field(() => BehaviourValue)
  value!: BehaviourValue;

  @Field(() => Float, { description: 'Its average rating × 10 (0–100).' })
  score!: number;
}

@ObjectType({
  description:
    'An employee’s report card for a month: live while the month is open, frozen once it is closed.',
})
export class MonthlyReport {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => Int, { description: 'Approved main-duty minutes, each day capped.' })
  approvedMainMinutes!: number;

  @Field(() => Int, { description: 'Approved additional minutes, each day capped.' })
  approvedAdditionalMinutes!: number;

  @Field(() => Int, { description: 'Additional minutes counted (up to the policy’s share).' })
  countedAdditionalMinutes!: number;

  @Field(() => Int)
  targetMinutes!: number;

  @Field(() => Int, { description: 'Leave that lowered the target.' })
  excusedMinutes!: number;

  @Field(() => Int, { description: 'Approved minutes above a day’s cap, not credited.' })
  minutesAboveDailyCap!: number;

  @Field(() => Float, { description: 'Performance achievement in percent, two places.' })
  achievement!: number;

  @Field(() => Float, { description: 'Discipline in percent, two places.' })
  discipline!: number;

  @Field(() => [ReportDeduction])
  deductions!: ReportDeduction[];

  @Field(() => [GraphQLLocalDate], { description: 'Working days under the daily minimum.' })
  daysUnderMinimum!: string[];

  @Field(() => Float, { nullable: true })
  iki!: number | null;

  @Field(() => Float, { nullable: true })
  skp!: number | null;

  @Field(() => Float, { nullable: true })
  behaviour!: number | null;

  @Field(() => Float, { nullable: true })
  peerPercentile!: number | null;

  @Field(() => [BehaviourValueScore], {
    description: 'The BerAKHLAK value averages behind the behaviour score (empty without one).',
  })
  behaviourValues!: BehaviourValueScore[];

  @Field(() => NegativeActivities)
  negativeActivities!: NegativeActivities;

  @Field(() => WorkRating)
  workResultRating!: WorkRating;

  @Field(() => WorkRating)
  behaviourRating!: WorkRating;

  @Field(() => Predicate)
  predicate!: Predicate;

  @Field(() => TppBreakdown)
  tpp!: TppBreakdown;

  @Field(() => [ReportExplanationLine])
  explanation!: ReportExplanationLine[];

  @Field(() => Boolean, { description: 'Read from the snapshot of a closed month.' })
  frozen!: boolean;

  @Field(() => Date, { description: 'When the figures were computed (the closing, or now).' })
  computedAt!: Date;
}

@ObjectType({ description: 'One person of a team’s month.' })
export class TeamReportRow {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nip!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Float)
  achievement!: number;

  @Field(() => Float)
  discipline!: number;

  @Field(() => Predicate)
  predicate!: Predicate;

  @Field(() => Int, { description: 'TPP total in rupiah.' })
  tppTotal!: number;

  @Field(() => Float, { nullable: true, description: 'The approved IKI score of the month.' })
  iki!: number | null;

  @Field(() => Float, { nullable: true, description: 'The 360° behaviour score of the month.' })
  behaviour!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Peer-ranking standing: percentile within the peer group (100 = best).',
  })
  peerPercentile!: number | null;
}

@ObjectType({
  description: 'The month of everyone in a unit (and below) whom the caller may read.',
})
export class TeamReport {
  @Field(() => String)
  period!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => Boolean)
  frozen!: boolean;

  @Field(() => [TeamReportRow])
  rows!: TeamReportRow[];
}

@ObjectType({ description: 'One employee of the TPP recap, every component in rupiah.' })
export class TppRecapRow {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String)
  nip!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  positionName!: string | null;

  @Field(() => Int, { nullable: true })
  jobClass!: number | null;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int)
  base!: number;

  @Field(() => Int)
  proratedBase!: number;

  @Field(() => Float)
  achievement!: number;

  @Field(() => Float)
  discipline!: number;

  @Field(() => Int)
  performancePart!: number;

  @Field(() => Int)
  disciplinePart!: number;

  @Field(() => Int)
  otherCuts!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Sums of the TPP recap (a unit’s, or the grand total).' })
export class TppRecapTotal {
  @Field(() => ID, { nullable: true, description: 'The unit; null for the grand total.' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int)
  employees!: number;

  @Field(() => Float, { description: 'Rupiah (may exceed 32-bit integers).' })
  base!: number;

  @Field(() => Float)
  proratedBase!: number;

  @Field(() => Float)
  performancePart!: number;

  @Field(() => Float)
  disciplinePart!: number;

  @Field(() => Float)
  otherCuts!: number;

  @Field(() => Float)
  total!: number;
}

@ObjectType({
  description: 'The TPP recap of a month for payroll: per employee, per unit, in all.',
})
export class TppRecap {
  @Field(() => String)
  period!: string;

  @Field(() => Boolean, { description: 'From the snapshots of a closed month.' })
  frozen!: boolean;

  @Field(() => [TppRecapRow])
  rows!: TppRecapRow[];

  @Field(() => [TppRecapTotal])
  units!: TppRecapTotal[];

  @Field(() => TppRecapTotal)
  total!: TppRecapTotal;
}
