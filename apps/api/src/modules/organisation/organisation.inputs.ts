import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ActingKind,
  EmploymentType,
  OrgUnitKind,
  PositionKind,
  Role,
} from './organisation.enums.js';

const CODE = /^[a-z0-9][a-z0-9-./]*$/;

@InputType()
export class OrgUnitInput {
  @Field(() => ID, { nullable: true, description: 'Parent unit; null only for the agency root.' })
  parentId?: string | null;

  @Field(() => String, { description: 'Short stable code, lowercase (e.g. "dinas-kominfo").' })
  @Length(1, 100)
  @Matches(CODE, { message: 'code: lowercase letters, digits, "-", "." and "/" only' })
  code!: string;

  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  sortOrder?: number | null;
}

@InputType()
export class PositionInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The supervising position; null at the top.' })
  parentId?: string | null;

  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => Int)
  @Min(1)
  @Max(17)
  jobClass!: number;
}

@InputType()
export class EmployeeInput {
  @Field(() => String)
  nip!: string;

  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  rank?: string | null;

  @Field(() => EmploymentType)
  employmentType!: EmploymentType;

  @Field(() => ID, { nullable: true })
  positionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => [Role], { nullable: true, description: 'Defaults to [EMPLOYEE].' })
  @IsOptional()
  @ArrayMaxSize(4)
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'Required with DEPARTMENT_ADMIN.' })
  adminUnitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Sets (or resets) the password.' })
  @IsOptional()
  @MinLength(8)
  password?: string | null;
}

@InputType()
export class ActingAssignmentInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => ID)
  positionId!: string;

  @Field(() => ActingKind)
  kind!: ActingKind;

  @Field(() => GraphQLLocalDate)
  startDate!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate?: string | null;
}
