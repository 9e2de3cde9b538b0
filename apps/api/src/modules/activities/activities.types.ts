import { Field, ID, ObjectType } from 'type-graphql';
import { ActivityEntry } from './activity-entry.entity.js';

@ObjectType({ description: 'An entry copyDay or applySchedule did not draft, and why.' })
export class SkippedEntry {
  @Field(() => ID, { nullable: true, description: 'The copied entry or schedule row.' })
  sourceId!: string | null;

  @Field(() => String)
  startTime!: string;

  @Field(() => String)
  endTime!: string;

  @Field(() => String)
  itemName!: string;

  @Field(() => String, { description: 'Why, in the caller’s language.' })
  reason!: string;
}

@ObjectType({ description: 'What copyDay or applySchedule drafted, and what it skipped.' })
export class DraftResult {
  @Field(() => [ActivityEntry])
  created!: ActivityEntry[];

  @Field(() => [SkippedEntry])
  skipped!: SkippedEntry[];
}
