import { IsOptional } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { AtLeast, AtMost, TextLength } from '../../common/validation.js';

@InputType()
export class OfficeLocationInput {
  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => Float)
  @AtLeast(-90)
  @AtMost(90)
  latitude!: number;

  @Field(() => Float)
  @AtLeast(-180)
  @AtMost(180)
  longitude!: number;

  @Field(() => Int, { nullable: true, description: 'Default 100 (rules.md); 10–5000.' })
  @IsOptional()
  @AtLeast(10)
  @AtMost(5000)
  radiusMetres?: number | null;
}
