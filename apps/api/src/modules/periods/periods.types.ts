import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity.js';

export enum PeriodStatusValue {
  OPEN = 'OPEN',
  CLOSABLE = 'CLOSABLE',
  CLOSED = 'CLOSED',
}

registerEnumType(PeriodStatusValue, {
  name: 'PeriodStatus',
  description:
    'OPEN until the closing date of the next month has passed, then CLOSABLE; CLOSED once the agency admin closes it.',
});

@ObjectType('Period', { description: 'A month of the agency, open or closed.' })
export class PeriodType {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => PeriodStatusValue)
  status!: PeriodStatusValue;

  @Field(() => Boolean)
  closed!: boolean;

  @Field(() => GraphQLLocalDate, {
    description: 'The closing date (policy): after it the month may be closed without force.',
  })
  closingDate!: string;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedReason!: string | null;

  @Field(() => Date, { nullable: true })
  reopenedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reopenReason!: string | null;

  closedById!: string | null;
  reopenedById!: string | null;

  @Field(() => Employee, { nullable: true, description: 'Who closed it last.' })
  closedBy?: Employee | null;

  @Field(() => Employee, { nullable: true, description: 'Who re-opened it last.' })
  reopenedBy?: Employee | null;
}
