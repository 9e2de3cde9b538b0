import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ExportedFile, SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';
import type { Context } from '../../context.js';
import { Role } from '../organisation/organisation.enums.js';
import { DepartmentService } from './department.service.js';
import { DepartmentPerformance, UnitPerformance } from './department.types.js';

const service = (ctx: Context) => {
  const { em, viewer, today } = ctx.scope();
  return new DepartmentService(em, viewer, today, ctx.locale);
};

@Resolver()
export class DepartmentResolver {
  @Authorized(Role.EXECUTIVE, Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Query(() => DepartmentPerformance, {
    description:
      'Per department and month: head count, share meeting the target, mean achievement and discipline, backlog, TPP against budget, workload, a six-month trend and a ranking. Executives and agency admins: every department; department admins: their own.',
  })
  departmentPerformance(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<DepartmentPerformance> {
    return service(ctx).departments(period);
  }

  @Authorized(Role.EXECUTIVE, Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Query(() => UnitPerformance, {
    description:
      'Drill-down: the same figures for a unit, each of its child units, and the people placed directly in it. Department admins: units inside their own.',
  })
  unitPerformance(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<UnitPerformance> {
    return service(ctx).unit(period, unitId);
  }

  @Authorized(Role.EXECUTIVE, Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Query(() => ExportedFile, {
    description:
      'The departmentPerformance table as CSV or XLSX: a row per department in the order of the org chart (with its rank), then the whole agency (not for a department admin).',
  })
  exportDepartmentPerformance(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('format', () => SpreadsheetFormat) format: SpreadsheetFormat,
    @Ctx() ctx: Context,
  ): Promise<ExportedFile> {
    return service(ctx).exportDepartments(period, format);
  }
}
