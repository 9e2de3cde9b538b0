import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Employee } from '../organisation/employee.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { PeriodsService } from './periods.service.js';
import { PeriodType, type PeriodStatusValue } from './periods.types.js';

const service = (ctx: Context) => {
  const { em, viewer, today, now } = ctx.scope();
  return new PeriodsService(em, viewer, today, now, ctx.requestId);
};

const toPeriod = (info: Awaited<ReturnType<PeriodsService['get']>>): PeriodType =>
  Object.assign(new PeriodType(), { ...info, status: info.status as PeriodStatusValue });

@Resolver(() => PeriodType)
export class PeriodResolver {
  @Authorized()
  @Query(() => [PeriodType], { description: 'The twelve months of a year with their status.' })
  async periods(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<PeriodType[]> {
    return (await service(ctx).year(year)).map(toPeriod);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => PeriodType, {
    description:
      'Closes a month: freezes every report card and the TPP recap, and locks its entries, attendance and leave. Refused before the closing date unless forced with a reason.',
  })
  async closePeriod(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('force', () => Boolean, { nullable: true }) force: boolean | null | undefined,
    @Arg('reason', () => String, { nullable: true }) reason: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<PeriodType> {
    return toPeriod(await service(ctx).close(period, force ?? false, reason));
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => PeriodType, {
    description:
      'Re-opens a closed month (audited; a reason is required): its reports are live again.',
  })
  async reopenPeriod(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<PeriodType> {
    return toPeriod(await service(ctx).reopen(period, reason));
  }

  @FieldResolver(() => Employee, { nullable: true })
  closedBy(@Root() period: PeriodType, @Ctx() ctx: Context): Promise<Employee | null> {
    return period.closedById
      ? ctx.scope().loaders.employee.load(period.closedById)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Employee, { nullable: true })
  reopenedBy(@Root() period: PeriodType, @Ctx() ctx: Context): Promise<Employee | null> {
    return period.reopenedById
      ? ctx.scope().loaders.employee.load(period.reopenedById)
      : Promise.resolve(null);
  }
}
