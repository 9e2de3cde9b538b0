import { IsOptional } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  AtLeast,
  AtMost,
  AtMostItems,
  Email,
  ItemCode,
  MinChars,
  TextLength,
} from '../../common/validation.js';
import {
  ActingKind,
  EmploymentType,
  OrgUnitKind,
  PositionKind,
  Role,
} from './organisation.enums.js';

@InputType()
export class OrgUnitInput {
  @Field(() => ID, { nullable: true, description: 'Parent unit; null only for the agency root.' })
  parentId?: string | null;

  @Field(() => String, {
    description:
      'Short stable code: letters, digits, ".", "-", "_" and "/" (e.g. "DISKOMINFO.02"); what spreadsheets name the unit by.',
  })
  @TextLength(1, 100)
  @ItemCode()
  code!: string;

  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @AtLeast(0)
  sortOrder?: number | null;
}

@InputType()
export class PositionInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The supervising position; null at the top.' })
  parentId?: string | null;

  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => PositionKind)
  kind!: PositionKind;

  @Field(() => Int)
  @AtLeast(1)
  @AtMost(17)
  jobClass!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Monthly TPP base (rupiah) replacing the policy’s base for the job class; null clears it, omitted keeps it. Agency admin only.',
  })
  @IsOptional()
  @AtLeast(0)
  @AtMost(1_000_000_000)
  tppBaseOverride?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Held by an elected official (no TPP). Omitted keeps it (new: false). Agency admin only.',
  })
  elected?: boolean | null;
}

@InputType()
export class EmployeeInput {
  @Field(() => String)
  nip!: string;

  @Field(() => String)
  @TextLength(2, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 100)
  rank?: string | null;

  @Field(() => EmploymentType)
  employmentType!: EmploymentType;

  @Field(() => ID, { nullable: true })
  positionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Email()
  email?: string | null;

  @Field(() => [Role], { nullable: true, description: 'Defaults to [EMPLOYEE].' })
  @IsOptional()
  @AtMostItems(4)
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'Required with DEPARTMENT_ADMIN.' })
  adminUnitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Sets (or resets) the password.' })
  @IsOptional()
  @MinChars(8)
  password?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'First day of employment in the agency (TPP pro-rating); omitted keeps it.',
  })
  joinedOn?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Last day of employment (TPP pro-rating); omitted keeps it.',
  })
  leftOn?: string | null;
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
