import { IsOptional } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AtLeast, AtMost, AtMostItems, TextLength } from '../../common/validation.js';

@InputType({ description: 'One activity: times are HH:mm in the agency’s time zone.' })
export class ActivityInput {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String, { description: 'HH:mm' })
  startTime!: string;

  @Field(() => String, { description: 'HH:mm' })
  endTime!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => Int, { defaultValue: 1 })
  @AtLeast(1)
  @AtMost(1000)
  quantity!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 2000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids answered by POST /uploads.' })
  @IsOptional()
  @AtMostItems(10)
  evidenceIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the device chose for this entry (the offline queue). logActivity with a client id already logged returns that entry unchanged, so a retried send never makes two.',
  })
  @IsOptional()
  clientId?: string | null;
}

@InputType({ description: 'A recurring activity: drafted by applySchedule on the given weekdays.' })
export class ScheduleInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  @AtMostItems(7)
  weekdays!: number[];

  @Field(() => String, { description: 'HH:mm' })
  startTime!: string;

  @Field(() => String, { description: 'HH:mm' })
  endTime!: string;

  @Field(() => Int, { defaultValue: 1 })
  @AtLeast(1)
  @AtMost(1000)
  quantity!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 2000)
  description?: string | null;
}
