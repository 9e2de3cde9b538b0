import { IsOptional } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { TextLength } from '../../common/validation.js';

@InputType()
export class ShiftPatternInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { description: '1–4 letters or digits, unique in the unit (upper-cased).' })
  @TextLength(1, 4)
  code!: string;

  @Field(() => String, { description: 'e.g. "Pagi", "Siang", "Malam".' })
  @TextLength(1, 100)
  name!: string;

  @Field(() => String, { description: 'HH:mm agency time.' })
  start!: string;

  @Field(() => String, {
    description: 'HH:mm; not after start means the shift ends on the next calendar day.',
  })
  end!: string;
}

@InputType()
export class RosterCellInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => ID, { nullable: true, description: 'The shift, or' })
  @IsOptional()
  shiftId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true = day off; shiftId null and dayOff not true = clear the cell.',
  })
  @IsOptional()
  dayOff?: boolean | null;
}
