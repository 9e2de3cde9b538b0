import { Field, ID, InputType, Int } from 'type-graphql';
import { BehaviourValue } from './reviews.enums.js';

export const MAX_COMMENT = 1000;

/** Validated in the service (reviews.rules.ts), with messages in the caller's language. */
@InputType({ description: 'One value’s score (1–10) with an optional comment.' })
export class BehaviourRatingInput {
  @Field(() => BehaviourValue)
  value!: BehaviourValue;

  @Field(() => Int, { description: '1–10.' })
  score!: number;

  @Field(() => String, { nullable: true, description: `At most ${MAX_COMMENT} characters.` })
  comment?: string | null;
}

@InputType({
  description:
    'The caller’s 360° ratings of one person for a month: each of the seven values exactly once. May be changed until the month is closed.',
})
export class BehaviourReviewInput {
  @Field(() => String, { description: 'YYYY-MM.' })
  period!: string;

  @Field(() => ID)
  rateeId!: string;

  @Field(() => [BehaviourRatingInput])
  ratings!: BehaviourRatingInput[];
}
