import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AttendanceDays } from '../attendance/attendance-days.js';
import { AttendanceReports } from '../attendance/attendance-reports.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { LeaveCoverageReader } from '../leave/leave.reader.js';
import { ReportsService } from './reports.service.js';
import { TeamMembersService } from './team-members.service.js';
import { TeamMemberConnection } from './team-members.types.js';

const service = (ctx: Context) => {
  const { em, viewer, today, now, loaders, access, hierarchy } = ctx.scope();
  const days = new AttendanceDays(
    em,
    viewer.agencyId,
    viewer.timeZone,
    new CalendarService(em, viewer.agencyId),
    new LeaveCoverageReader(em, viewer.agencyId),
  );
  return new TeamMembersService({
    em,
    viewer,
    today,
    now,
    loaders,
    access,
    hierarchy,
    reports: new ReportsService(em, viewer, today, now, loaders, access, hierarchy, ctx.locale),
    attendance: new AttendanceReports(em, viewer, today, loaders, access, days, ctx.locale),
  });
};

@Resolver()
export class TeamMembersResolver {
  @Authorized()
  @Query(() => TeamMemberConnection, {
    description:
      'A level of the team tree: the people reporting directly to `of` (default: the caller), by name, each with the month’s credited minutes against the target, entries waiting for verification, today’s attendance and, for supervisors, their own verification backlog and timeliness. For whoever may read `of` privately (as subordinates).',
  })
  teamMembers(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Ctx() ctx: Context,
    @Arg('of', () => ID, { nullable: true }) of?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<TeamMemberConnection> {
    return service(ctx).page(of ?? null, period, first, after);
  }
}
