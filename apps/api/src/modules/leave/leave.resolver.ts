import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import DataLoader from 'dataloader';
import type { Context, ViewerScope } from '../../context.js';
import { hhmm } from '../activities/activity-rules.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { LeaveDestination, LeaveRequest } from './leave-request.entity.js';
import { LeaveKind } from './leave.enums.js';
import { DecideLeaveRequestsInput, LeaveQueueFilter, LeaveRequestInput } from './leave.inputs.js';
import { leaveLoaders } from './leave.loaders.js';
import { LeaveService } from './leave.service.js';
import { LeaveBalance, LeaveDecisionResult, LeaveQueue, LeaveQueueRow } from './leave.types.js';

const service = (ctx: Context) => {
  const { em, viewer, today, now, loaders, access } = ctx.scope();
  return new LeaveService(
    em,
    viewer,
    today,
    now,
    loaders,
    access,
    new CalendarService(em, viewer.agencyId),
    ctx.requestId,
  );
};

@Resolver(() => LeaveRequest)
export class LeaveRequestResolver {
  @Authorized()
  @Query(() => [LeaveRequest], {
    description: 'The caller’s requests touching a year, latest first.',
  })
  myLeaveRequests(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<LeaveRequest[]> {
    return service(ctx).requestsOf(ctx.scope().viewer.employeeId, year);
  }

  @Authorized()
  @Query(() => [LeaveRequest], {
    description:
      'Requests of an employee touching a year, latest first: for themselves, their supervisors up the chain, admins of their department and executives.',
  })
  leaveRequests(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<LeaveRequest[]> {
    return service(ctx).requestsOf(employeeId, year);
  }

  @Authorized()
  @Query(() => LeaveBalance, {
    description:
      'Annual leave of a year in working days (default: the caller; for another employee, as leaveRequests).',
  })
  leaveBalance(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID, { nullable: true }) employeeId?: string | null,
  ): Promise<LeaveBalance> {
    return service(ctx).balance(year, employeeId ?? undefined);
  }

  @Authorized()
  @Query(() => LeaveQueue, {
    description:
      'Pending requests the caller may decide today (direct reports, through Plt/Plh too; escalated ones from one level further down; for agency admins, the top of the hierarchy), oldest first.',
  })
  leaveQueue(
    @Ctx() ctx: Context,
    @Arg('filter', () => LeaveQueueFilter, { nullable: true }) filter?: LeaveQueueFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LeaveQueue> {
    return service(ctx).queue(filter ?? {}, first, after);
  }

  @Authorized()
  @Mutation(() => LeaveRequest, {
    description: 'Files a request of the caller (PENDING); every rule of rules.md is checked.',
  })
  requestLeave(
    @Arg('input', () => LeaveRequestInput) input: LeaveRequestInput,
    @Ctx() ctx: Context,
  ): Promise<LeaveRequest> {
    return service(ctx).request(input);
  }

  @Authorized()
  @Mutation(() => LeaveRequest, {
    description: 'Cancels the caller’s own request: pending, or approved and not yet begun.',
  })
  cancelLeaveRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LeaveRequest> {
    return service(ctx).cancel(id);
  }

  @Authorized()
  @Mutation(() => LeaveDecisionResult, {
    description:
      'Approves or rejects requests in one transaction; those the caller may not decide are reported and left unchanged.',
  })
  decideLeaveRequests(
    @Arg('input', () => DecideLeaveRequestsInput) input: DecideLeaveRequestsInput,
    @Ctx() ctx: Context,
  ): Promise<LeaveDecisionResult> {
    return service(ctx).decide(input, ctx.locale);
  }

  @FieldResolver(() => Employee)
  async employee(@Root() r: LeaveRequest, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(r.employee.id))!;
  }

  @FieldResolver(() => Evidence, {
    nullable: true,
    description:
      'The attachment (attachmentId): its kind, name and where it is served (a preview for images).',
  })
  attachment(@Root() r: LeaveRequest, @Ctx() ctx: Context): Promise<Evidence | null> | null {
    return r.attachmentId ? leaveLoaders(ctx.scope()).attachment.load(r.attachmentId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Who approved or rejected it.' })
  decidedBy(@Root() r: LeaveRequest, @Ctx() ctx: Context): Promise<Employee | null> | null {
    return r.decidedBy ? ctx.scope().loaders.employee.load(r.decidedBy) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Permits only, HH:mm: the start of the excused part of the date (PERMIT_LATE: the scheduled start; PERMIT_EARLY: the departure).',
  })
  startTime(@Root() r: LeaveRequest): string | null {
    return r.startTime && hhmm(r.startTime);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Permits only, HH:mm: the end of the excused part (PERMIT_LATE: the arrival; PERMIT_EARLY: the scheduled end).',
  })
  endTime(@Root() r: LeaveRequest): string | null {
    return r.endTime && hhmm(r.endTime);
  }

  @FieldResolver(() => LeaveDestination, { nullable: true, description: 'Official travel only.' })
  destination(@Root() r: LeaveRequest): LeaveDestination | null {
    return r.destinationName === null
      ? null
      : {
          name: r.destinationName,
          latitude: r.destinationLatitude,
          longitude: r.destinationLongitude,
        };
  }
}

/** Per request: the balances of the queue rows asked for, computed together. */
const balanceLoaders = new WeakMap<ViewerScope, DataLoader<LeaveQueueRow, LeaveBalance, string>>();

@Resolver(() => LeaveQueueRow)
export class LeaveQueueRowResolver {
  @FieldResolver(() => LeaveBalance, {
    nullable: true,
    description:
      'For annual leave: the person’s balance in the year the request starts, this request counted as pending (as `leaveBalance` gives it).',
  })
  annualBalance(@Root() row: LeaveQueueRow, @Ctx() ctx: Context): Promise<LeaveBalance> | null {
    if (row.request.kind !== LeaveKind.ANNUAL) return null;
    const scope = ctx.scope();
    let loader = balanceLoaders.get(scope);
    if (!loader) {
      loader = new DataLoader(
        async (rows) => {
          const found = await service(ctx).balancesOf(rows);
          return rows.map((r) => found.get(r.request.id)!);
        },
        { cacheKeyFn: (r) => r.request.id },
      );
      balanceLoaders.set(scope, loader);
    }
    return loader.load(row);
  }
}
