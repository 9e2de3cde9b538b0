import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../organisation/organisation.enums.js';
import { AuditSearch } from './audit-search.service.js';
import {
  AuditEventFilter,
  MAX_BATCH,
  VerificationQueueFilter,
  VerifyActivitiesInput,
} from './verification.inputs.js';
import { VerificationService } from './verification.service.js';
import {
  AuditEventConnection,
  VerificationQueue,
  VerificationQueuePerson,
  VerificationResult,
  VerificationStats,
} from './verification.types.js';

const service = (ctx: Context) => {
  const { em, viewer, today, now, loaders, access } = ctx.scope();
  return new VerificationService(em, viewer, today, now, loaders, access, ctx.requestId);
};

@Resolver()
export class VerificationResolver {
  @Authorized()
  @Query(() => VerificationQueue, {
    description:
      'Entries the caller may decide today (direct reports, through Plt/Plh too; escalated ones from one level further down; for agency admins, the top of the hierarchy), with anomaly flags and per-day totals.',
  })
  verificationQueue(
    @Ctx() ctx: Context,
    @Arg('filter', () => VerificationQueueFilter, { nullable: true })
    filter?: VerificationQueueFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<VerificationQueue> {
    return service(ctx).queue(filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => [VerificationQueuePerson], {
    description:
      'The people with entries in the caller’s verification queue under the filter (its employeeId ignored, so the person can be changed), by name, with their counts.',
  })
  verificationQueuePeople(
    @Ctx() ctx: Context,
    @Arg('filter', () => VerificationQueueFilter, { nullable: true })
    filter?: VerificationQueueFilter | null,
  ): Promise<VerificationQueuePerson[]> {
    return service(ctx).people(filter ?? {});
  }

  @Authorized()
  @Query(() => [ID], {
    description: `The entry ids of the caller’s whole verification queue under the filter, in the queue’s order, at most ${MAX_BATCH.toLocaleString('en')} (what one verifyActivities call takes): to decide everything a filter shows without loading every row.`,
  })
  verificationQueueEntryIds(
    @Ctx() ctx: Context,
    @Arg('filter', () => VerificationQueueFilter, { nullable: true })
    filter?: VerificationQueueFilter | null,
  ): Promise<string[]> {
    return service(ctx).entryIds(filter ?? {});
  }

  @Authorized()
  @Mutation(() => VerificationResult, {
    description:
      'Approves, rejects or returns entries in one transaction; entries the caller may not decide are reported and left unchanged.',
  })
  verifyActivities(
    @Arg('input', () => VerifyActivitiesInput) input: VerifyActivitiesInput,
    @Ctx() ctx: Context,
  ): Promise<VerificationResult> {
    return service(ctx).verify(input, ctx.locale);
  }

  @Authorized()
  @Mutation(() => VerificationResult, {
    description:
      'Approves every submitted entry of the person in the range that the caller may decide.',
  })
  approveAll(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: Context,
  ): Promise<VerificationResult> {
    return service(ctx).approveAll(employeeId, from, to, ctx.locale);
  }

  @Authorized()
  @Query(() => VerificationStats, {
    description:
      'A supervisor’s verification backlog and timeliness (default: the caller). For themselves, anyone above them, admins of their department and executives.',
  })
  verificationStats(
    @Ctx() ctx: Context,
    @Arg('supervisorId', () => ID, { nullable: true }) supervisorId?: string | null,
  ): Promise<VerificationStats> {
    return service(ctx).stats(supervisorId ?? ctx.scope().viewer.employeeId);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.EXECUTIVE, Role.DEPARTMENT_ADMIN)
  @Query(() => AuditEventConnection, {
    description:
      'The audit log, newest first. Agency admins and executives: the whole agency; department admins: events whose actor or subject is in their department.',
  })
  auditEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    const { em, viewer, loaders } = ctx.scope();
    return new AuditSearch(em, viewer, loaders).search(filter ?? {}, first, after);
  }
}
