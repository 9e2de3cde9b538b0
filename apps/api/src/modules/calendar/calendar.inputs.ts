import { IsOptional, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AtLeast, AtMost, AtMostItems, Code, TextLength } from '../../common/validation.js';
import { HolidayKind } from './calendar.enums.js';

@InputType()
export class WorkPatternDayInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  @AtLeast(1)
  @AtMost(7)
  weekday!: number;

  @Field(() => String, { description: 'HH:mm' })
  start!: string;

  @Field(() => String, { description: 'HH:mm' })
  end!: string;

  @Field(() => Int, { nullable: true, description: 'Default 0.' })
  @IsOptional()
  @AtLeast(0)
  @AtMost(600)
  breakMinutes?: number | null;
}

@InputType()
export class WorkPatternInput {
  @Field(() => String, { description: 'Short stable code, lowercase (e.g. "kantor-5-hari").' })
  @TextLength(1, 100)
  @Code()
  code!: string;

  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true makes this the agency default (the previous default stops being one).',
  })
  isDefault?: boolean | null;

  @Field(() => [WorkPatternDayInput], { description: 'The working weekdays; the rest are off.' })
  @AtMostItems(7)
  @ValidateNested()
  days!: WorkPatternDayInput[];
}

@InputType()
export class SpecialPeriodInput {
  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => GraphQLLocalDate)
  startDate!: string;

  @Field(() => GraphQLLocalDate)
  endDate!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Units on this pattern follow `patternId`; null: every unit.',
  })
  basePatternId?: string | null;

  @Field(() => ID)
  patternId!: string;
}

@InputType()
export class HolidayInput {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => HolidayKind)
  kind!: HolidayKind;
}
