import { IsOptional } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { AtMostItems, TextLength } from '../../common/validation.js';
import { ActivityEntryStatus } from '../activities/activities.enums.js';
import { VerificationDecision } from './verification.enums.js';

/** The most entry ids one verifyActivities call takes. */
export const MAX_BATCH = 10_000;

@InputType({ description: 'Narrows a verification queue; every field is optional.' })
export class VerificationQueueFilter {
  @Field(() => ActivityEntryStatus, {
    nullable: true,
    description:
      'Default SUBMITTED. Other statuses list entries the caller decided or could decide now.',
  })
  @IsOptional()
  status?: ActivityEntryStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  employeeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Entries of people whose position lies in this unit or below it.',
  })
  @IsOptional()
  unitId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  to?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only entries past the escalation limit (see VerificationQueueRow.escalated).',
  })
  @IsOptional()
  escalatedOnly?: boolean | null;
}

@InputType()
export class VerifyActivitiesInput {
  @Field(() => [ID], { description: `1 to ${MAX_BATCH} entry ids.` })
  @AtMostItems(MAX_BATCH)
  entryIds!: string[];

  @Field(() => VerificationDecision)
  decision!: VerificationDecision;

  @Field(() => String, {
    nullable: true,
    description: 'The reason; required to reject or return.',
  })
  @IsOptional()
  @TextLength(0, 2000)
  note?: string | null;
}

@InputType({ description: 'Filters of the audit log; every field is optional.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'e.g. ActivityEntry, Employee.' })
  @IsOptional()
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. activity.decide.' })
  @IsOptional()
  action?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Agency time zone, inclusive.' })
  @IsOptional()
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Agency time zone, inclusive.' })
  @IsOptional()
  to?: string | null;
}
