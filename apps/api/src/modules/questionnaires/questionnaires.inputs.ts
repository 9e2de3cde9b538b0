import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PositionKind } from '../organisation/organisation.enums.js';
import { QuestionKind, QuestionnaireAudience } from './questionnaires.enums.js';

/** Validated in the service (questionnaires.rules.ts), with messages in the caller's language. */
@InputType({ description: 'One question, in the order given.' })
export class QuestionInput {
  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field(() => String, { description: '1–500 characters.' })
  text!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [String], {
    nullable: true,
    description:
      'SINGLE_CHOICE, MULTIPLE_CHOICE: 2–20 distinct non-empty options (≤ 200 characters).',
  })
  options?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: 0–9, below scaleMax.' })
  scaleMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: 1–10, above scaleMin.' })
  scaleMax?: number | null;

  @Field(() => String, { nullable: true, description: 'SCALE: at most 100 characters.' })
  scaleMinLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'SCALE: at most 100 characters.' })
  scaleMaxLabel?: string | null;
}

@InputType({ description: 'A questionnaire as an admin writes it.' })
export class QuestionnaireInput {
  @Field(() => String, { description: '1–200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  description?: string | null;

  @Field(() => Boolean)
  anonymous!: boolean;

  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => GraphQLLocalDate, {
    description: 'On or after the month’s first day, and not in the past.',
  })
  deadline!: string;

  @Field(() => QuestionnaireAudience)
  audience!: QuestionnaireAudience;

  @Field(() => ID, {
    nullable: true,
    description: 'DEPARTMENT: the unit (with everything below it).',
  })
  departmentId?: string | null;

  @Field(() => PositionKind, { nullable: true, description: 'POSITION_KIND: the kind targeted.' })
  positionKind?: PositionKind | null;

  @Field(() => [QuestionInput], { description: '1–50 questions, in order.' })
  questions!: QuestionInput[];
}

@InputType({
  description: 'The caller’s answer to one question (leave all empty to skip an optional one).',
})
export class AnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, { nullable: true, description: 'SCALE.' })
  scale?: number | null;

  @Field(() => [String], { nullable: true, description: 'SINGLE_CHOICE (one), MULTIPLE_CHOICE.' })
  choices?: string[] | null;

  @Field(() => String, { nullable: true, description: 'SHORT_TEXT: at most 1000 characters.' })
  text?: string | null;
}
