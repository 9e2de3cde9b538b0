import { GraphQLLocalDate } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { notFound } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { ActivityItem } from '../activity-bank/activity-item.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { ActivitiesService } from './activities.service.js';
import { ActivityInput, ScheduleInput } from './activities.inputs.js';
import { DraftResult } from './activities.types.js';
import { ActivityEntry, ActivitySchedule } from './activity-entry.entity.js';
import { hhmm } from './activity-rules.js';

const service = (ctx: Context) => {
  const { em, viewer, now } = ctx.scope();
  return new ActivitiesService(em, viewer, ctx.requestId, now);
};

@Resolver(() => ActivityEntry)
export class ActivityEntryResolver {
  @Authorized()
  @Query(() => [ActivityEntry], {
    description: 'The caller’s entries between two dates (at most 62 days), by date and time.',
  })
  myEntries(
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: Context,
  ): Promise<ActivityEntry[]> {
    return service(ctx).entriesOf(ctx.scope().viewer.employeeId, from, to);
  }

  @Authorized()
  @Query(() => [ActivityEntry], {
    description:
      'Entries of an employee the caller may read (self, anyone below them, admins in scope, executives).',
  })
  async activityEntries(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: Context,
  ): Promise<ActivityEntry[]> {
    const scope = ctx.scope();
    if (!isUuid(employeeId) || !(await scope.loaders.employee.load(employeeId)))
      throw notFound('organisation.employeeNotFound');
    await scope.access.assertMayReadPrivate(employeeId);
    return service(ctx).entriesOf(employeeId, from, to);
  }

  @FieldResolver(() => String, { description: 'HH:mm' })
  startTime(@Root() e: ActivityEntry): string {
    return hhmm(e.startTime);
  }

  @FieldResolver(() => String, { description: 'HH:mm' })
  endTime(@Root() e: ActivityEntry): string {
    return hhmm(e.endTime);
  }

  @FieldResolver(() => ActivityItem)
  async item(@Root() e: ActivityEntry, @Ctx() ctx: Context): Promise<ActivityItem> {
    return (await ctx.scope().loaders.activityItem.load(e.item.id))!;
  }

  @FieldResolver(() => Employee)
  async employee(@Root() e: ActivityEntry, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(e.employee.id))!;
  }

  @FieldResolver(() => [Evidence], { description: 'Photos and documents attached as evidence.' })
  evidence(@Root() e: ActivityEntry, @Ctx() ctx: Context): Promise<Evidence[]> {
    return ctx.scope().loaders.evidenceByEntry.load(e.id);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'Who approved, rejected or returned it.',
  })
  decidedBy(@Root() e: ActivityEntry, @Ctx() ctx: Context): Promise<Employee | null> | null {
    return e.decidedBy ? ctx.scope().loaders.employee.load(e.decidedBy) : null;
  }

  @Authorized()
  @Mutation(() => ActivityEntry, {
    description: 'Logs an activity as a draft; every rule of rules.md is checked.',
  })
  logActivity(
    @Arg('input', () => ActivityInput) input: ActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityEntry> {
    return service(ctx).log(input);
  }

  @Authorized()
  @Mutation(() => ActivityEntry, {
    description: 'Changes a draft or returned entry of the caller.',
  })
  updateActivity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ActivityInput) input: ActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityEntry> {
    return service(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes a draft or returned entry of the caller.' })
  deleteActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return service(ctx).delete(id);
  }

  @Authorized()
  @Mutation(() => [ActivityEntry], {
    description: 'Sends the day’s drafts and returned entries to the supervisor.',
  })
  submitDay(
    @Arg('date', () => GraphQLLocalDate) date: string,
    @Ctx() ctx: Context,
  ): Promise<ActivityEntry[]> {
    return service(ctx).submitDay(date);
  }

  @Authorized()
  @Mutation(() => DraftResult, {
    description: 'Drafts a copy of a previous day; skips (and says why) what would conflict.',
  })
  copyDay(
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: Context,
  ): Promise<DraftResult> {
    return service(ctx).copyDay(from, to, ctx.locale);
  }

  @Authorized()
  @Mutation(() => DraftResult, {
    description: 'Drafts the day’s entries from the caller’s recurring schedule.',
  })
  applySchedule(
    @Arg('date', () => GraphQLLocalDate) date: string,
    @Ctx() ctx: Context,
  ): Promise<DraftResult> {
    return service(ctx).applySchedule(date, ctx.locale);
  }
}

@Resolver(() => ActivitySchedule)
export class ActivityScheduleResolver {
  @Authorized()
  @Query(() => [ActivitySchedule], { description: 'The caller’s recurring activities.' })
  mySchedule(@Ctx() ctx: Context): Promise<ActivitySchedule[]> {
    return service(ctx).mySchedule();
  }

  @FieldResolver(() => String, { description: 'HH:mm' })
  startTime(@Root() s: ActivitySchedule): string {
    return hhmm(s.startTime);
  }

  @FieldResolver(() => String, { description: 'HH:mm' })
  endTime(@Root() s: ActivitySchedule): string {
    return hhmm(s.endTime);
  }

  @FieldResolver(() => ActivityItem)
  async item(@Root() s: ActivitySchedule, @Ctx() ctx: Context): Promise<ActivityItem> {
    return (await ctx.scope().loaders.activityItem.load(s.item.id))!;
  }

  @Authorized()
  @Mutation(() => ActivitySchedule, {
    description: 'Adds (without id) or changes a recurring activity.',
  })
  saveScheduleItem(
    @Arg('input', () => ScheduleInput) input: ScheduleInput,
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
  ): Promise<ActivitySchedule> {
    return service(ctx).saveScheduleItem(id ?? null, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteScheduleItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return service(ctx).deleteScheduleItem(id);
  }
}
