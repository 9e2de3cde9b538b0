import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A disciplinary sanction that cuts the TPP for the months it states.' })
export class DisciplinarySanctionInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String, { description: 'First month the TPP is cut, YYYY-MM.' })
  startMonth!: string;

  @Field(() => String, { description: 'Last month the TPP is cut, YYYY-MM (inclusive).' })
  endMonth!: string;

  @Field(() => String, { description: 'The decision it follows (number, date, what).' })
  reason!: string;
}
