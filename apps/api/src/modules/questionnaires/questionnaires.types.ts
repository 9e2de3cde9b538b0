import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PositionKind } from '../organisation/organisation.enums.js';
import {
  QuestionKind,
  QuestionnaireAudience,
  QuestionnaireStatus,
} from './questionnaires.enums.js';

@ObjectType({ description: 'One question of a questionnaire.' })
export class Question {
  @Field(() => ID)
  id!: string;

  questionnaireId!: string;

  @Field(() => Int, { description: '1-based order.' })
  position!: number;

  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [String], {
    description: 'The choices (SINGLE_CHOICE, MULTIPLE_CHOICE); empty otherwise.',
  })
  options!: string[];

  @Field(() => Int, { nullable: true, description: 'SCALE only: the lowest value (0–9).' })
  scaleMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE only: the highest value (1–10).' })
  scaleMax!: number | null;

  @Field(() => String, { nullable: true })
  scaleMinLabel!: string | null;

  @Field(() => String, { nullable: true })
  scaleMaxLabel!: string | null;
}

@ObjectType({ description: 'A monthly questionnaire of the agency.' })
export class Questionnaire {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Boolean, { description: 'Results never show who answered what.' })
  anonymous!: boolean;

  @Field(() => String, { description: 'The month (YYYY-MM) it belongs to.' })
  period!: string;

  @Field(() => GraphQLLocalDate, {
    description: 'The last day (inclusive, agency time zone) to answer or change answers.',
  })
  deadline!: string;

  @Field(() => QuestionnaireStatus)
  status!: QuestionnaireStatus;

  @Field(() => QuestionnaireAudience)
  audience!: QuestionnaireAudience;

  departmentId!: string | null;

  @Field(() => PositionKind, { nullable: true, description: 'POSITION_KIND: the kind targeted.' })
  positionKind!: PositionKind | null;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;
}

@ObjectType({ description: 'One answer of the caller.' })
export class AnswerValue {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, { nullable: true })
  scale!: number | null;

  @Field(() => [String])
  choices!: string[];

  @Field(() => String, { nullable: true })
  text!: string | null;
}

@ObjectType({ description: 'A questionnaire the caller is asked to answer.' })
export class QuestionnaireTask {
  @Field(() => Questionnaire)
  questionnaire!: Questionnaire;

  @Field(() => GraphQLLocalDate)
  dueDate!: string;

  @Field(() => Boolean)
  submitted!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the answers were last sent.' })
  submittedAt!: Date | null;

  @Field(() => Boolean, {
    description: 'Open and on or before the deadline: the answers may be sent or changed.',
  })
  editable!: boolean;

  @Field(() => [AnswerValue], {
    description: 'The caller’s own answers (empty before submitting).',
  })
  answers!: AnswerValue[];
}

@ObjectType({ description: 'How often an option (or a scale value) was picked.' })
export class OptionCount {
  @Field(() => String)
  option!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The aggregated answers to one question (never who gave them).' })
export class QuestionResult {
  @Field(() => Question)
  question!: Question;

  @Field(() => Int, { description: 'How many answered this question.' })
  answered!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'SCALE: the mean value; null when none answered.',
  })
  average!: number | null;

  @Field(() => [OptionCount], {
    description:
      'SCALE (each value, lowest first, as a string) and choices (in the options’ order).',
  })
  distribution!: OptionCount[];

  @Field(() => [String], {
    description: 'SHORT_TEXT: the answers, in alphabetical order (no names).',
  })
  texts!: string[];
}

@ObjectType({ description: 'Someone who answered a questionnaire that is not anonymous.' })
export class QuestionnaireRespondent {
  employeeId!: string;

  @Field(() => Date)
  submittedAt!: Date;
}

@ObjectType({ description: 'A questionnaire’s results, per question.' })
export class QuestionnaireResults {
  @Field(() => Questionnaire)
  questionnaire!: Questionnaire;

  @Field(() => [QuestionResult])
  questions!: QuestionResult[];

  @Field(() => [QuestionnaireRespondent], {
    description: 'Who answered, by name; always empty when the questionnaire is anonymous.',
  })
  respondents!: QuestionnaireRespondent[];
}
