import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ExportedFile, SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';
import type { Context } from '../../context.js';
import { Role } from '../organisation/organisation.enums.js';
import { ReportsService } from './reports.service.js';
import { MonthlyReport, TeamReport, TppRecap } from './reports.types.js';

const RECAP_READERS = [Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN, Role.EXECUTIVE];

const service = (ctx: Context) => {
  const { em, viewer, today, now, loaders, access, hierarchy } = ctx.scope();
  return new ReportsService(em, viewer, today, now, loaders, access, hierarchy, ctx.locale);
};

@Resolver()
export class ReportsResolver {
  @Authorized()
  @Query(() => MonthlyReport, {
    description:
      'An employee’s report card for a month (the person, anyone above them, admins in scope, executives): live while the month is open, from its snapshot once closed.',
  })
  monthlyReport(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<MonthlyReport> {
    return service(ctx).monthly(employeeId, period);
  }

  @Authorized()
  @Query(() => TeamReport, {
    description:
      'The month of everyone in the unit (and below) whom the caller may read: a supervisor’s subtree, an admin’s scope, everyone for executives.',
  })
  teamReport(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<TeamReport> {
    return service(ctx).team(period, unitId);
  }

  @Authorized(...RECAP_READERS)
  @Query(() => TppRecap, {
    description:
      'The TPP recap of a month for payroll, per employee with every component, per unit and in all. Agency admins and executives: any unit (none: the agency); department admins: their department.',
  })
  tppRecap(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<TppRecap> {
    return service(ctx).recap(period, unitId ?? null);
  }

  @Authorized(...RECAP_READERS)
  @Query(() => ExportedFile, {
    description:
      'The TPP recap as CSV or XLSX: a row per employee, each unit’s sum and the grand total.',
  })
  exportTppRecap(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('format', () => SpreadsheetFormat) format: SpreadsheetFormat,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ExportedFile> {
    return service(ctx).exportRecap(period, unitId ?? null, format);
  }
}
