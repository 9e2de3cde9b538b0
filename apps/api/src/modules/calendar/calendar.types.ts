import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { HolidayKind } from './calendar.enums.js';

@ObjectType({ description: 'The hours of one weekday of a work pattern.' })
export class WorkPatternDay {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => String, { description: 'HH:mm' })
  start!: string;

  @Field(() => String, { description: 'HH:mm' })
  end!: string;

  @Field(() => Int)
  breakMinutes!: number;

  @Field(() => Int, { description: 'end − start − break.' })
  netMinutes!: number;
}

@ObjectType({ description: 'A national holiday or collective leave day of the agency.' })
export class Holiday {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String)
  name!: string;

  @Field(() => HolidayKind)
  kind!: HolidayKind;
}

@ObjectType({ description: "A unit's working days in a month." })
export class WorkingMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => [GraphQLLocalDate])
  days!: string[];

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'The sum of the net minutes of those days.' })
  workingMinutes!: number;
}

@ObjectType()
export class HolidayImportRowError {
  @Field(() => Int, { description: '1-based line of the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => [String])
  messages!: string[];
}

@ObjectType({ description: 'The outcome of importHolidays: all rows saved, or none.' })
export class HolidayImportResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [HolidayImportRowError])
  rejected!: HolidayImportRowError[];
}
