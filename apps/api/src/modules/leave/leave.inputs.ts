import { IsOptional } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AtMostItems, TextLength } from '../../common/validation.js';
import { LeaveDecision, LeaveKind } from './leave.enums.js';

/** The most request ids one decideLeaveRequests call takes. */
export const MAX_LEAVE_BATCH = 1_000;

@InputType({
  description:
    'A request of the caller. Permits (PERMIT_LATE / PERMIT_EARLY) and half days are one date (endDate = startDate).',
})
export class LeaveRequestInput {
  @Field(() => LeaveKind)
  kind!: LeaveKind;

  @Field(() => GraphQLLocalDate)
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Inclusive; on or after startDate.' })
  endDate!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Half of the date (OFFICIAL_TRAVEL only). Default false.',
  })
  @IsOptional()
  halfDay?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Permits only, HH:mm: PERMIT_LATE the time the employee will arrive (the permit covers the schedule’s start until then); PERMIT_EARLY the time they will leave (it covers from then to the schedule’s end). Must lie strictly inside the working hours of that date.',
  })
  @IsOptional()
  time?: string | null;

  @Field(() => String, { description: 'Required.' })
  @TextLength(1, 2000)
  reason!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Evidence uploaded by the caller (POST /uploads); required for sick leave of more than one working day (a doctor’s letter).',
  })
  @IsOptional()
  attachmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'OFFICIAL_TRAVEL only, required there.' })
  @IsOptional()
  @TextLength(1, 200)
  destinationName?: string | null;

  @Field(() => Float, { nullable: true, description: 'OFFICIAL_TRAVEL only, with longitude.' })
  @IsOptional()
  destinationLatitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  destinationLongitude?: number | null;
}

@InputType()
export class DecideLeaveRequestsInput {
  @Field(() => [ID], { description: `1 to ${MAX_LEAVE_BATCH} request ids.` })
  @AtMostItems(MAX_LEAVE_BATCH)
  ids!: string[];

  @Field(() => LeaveDecision)
  decision!: LeaveDecision;

  @Field(() => String, { nullable: true, description: 'The reason; required to reject.' })
  @IsOptional()
  @TextLength(0, 2000)
  note?: string | null;
}

@InputType({ description: 'Narrows a leave queue; every field is optional.' })
export class LeaveQueueFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  employeeId?: string | null;

  @Field(() => [LeaveKind], { nullable: true })
  @IsOptional()
  kinds?: LeaveKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only requests past the escalation limit (see LeaveQueueRow.escalated).',
  })
  @IsOptional()
  escalatedOnly?: boolean | null;
}
