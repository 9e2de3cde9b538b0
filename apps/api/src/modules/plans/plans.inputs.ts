import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IndicatorKind, PracticeObservation } from './plans.enums.js';

@InputType({ description: 'An indicator of a planned result (plans.rules.ts checks it).' })
export class IndicatorInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An indicator of the draft to keep (and update); omitted: a new one.',
  })
  id?: string | null;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: '> 0, at most two decimal places.' })
  target!: number;

  @Field(() => String, { description: 'e.g. dokumen, %, hari, rupiah.' })
  unit!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A teaching practice (teachers): the indicator is reported by observation.',
  })
  practiceId?: string | null;
}

@InputType({ description: 'A planned result (RHK) with its indicators.' })
export class PlannedResultInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A result of the draft to keep (the results of people below stay linked to it); omitted: a new one.',
  })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The result of the caller’s supervisor’s plan of the same year that this one supports (supportableResults); null: none yet (flagged SUPPORTS_NOTHING).',
  })
  parentResultId?: string | null;

  @Field(() => [IndicatorInput], { description: 'At least one.' })
  indicators!: IndicatorInput[];
}

@InputType({
  description: 'The whole content of the caller’s plan of a year (replaces the draft’s results).',
})
export class PerformancePlanInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [PlannedResultInput], { description: 'At least one.' })
  results!: PlannedResultInput[];
}

@InputType({ description: 'The realisation of one indicator in a month.' })
export class IkiRealisationInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Required unless the indicator is a teaching practice; ≥ 0, two places.',
  })
  realisation?: number | null;

  @Field(() => PracticeObservation, {
    nullable: true,
    description: 'Required for a teaching-practice indicator (counts 0 / 50 / 100).',
  })
  observation?: PracticeObservation | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Evidence uploaded by the caller (POST /uploads).',
  })
  evidenceIds?: string[] | null;
}

@InputType({ description: 'A teaching practice of the agency’s list.' })
export class TeachingPracticeInput {
  @Field(() => String, { description: 'A–Z, 0–9 and _, at most 40.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({
  description: 'Which result of the owner’s supervisor’s plan a planned result supports.',
})
export class ResultAlignmentInput {
  @Field(() => ID, { description: 'A result of the plan being aligned.' })
  resultId!: string;

  @Field(() => ID, {
    description:
      'A result of the plan of the owner’s supervisor (today) for the same year (PerformancePlan.supportableResults).',
  })
  parentResultId!: string;
}
