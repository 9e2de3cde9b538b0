import { GraphQLLocalDate } from 'graphql-scalars';
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
import { translate } from '../../common/i18n/messages.js';
import type { Context } from '../../context.js';
import { Role } from '../organisation/organisation.enums.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { SpecialPeriod, WorkPattern } from './calendar.entities.js';
import { HolidayInput, SpecialPeriodInput, WorkPatternInput } from './calendar.inputs.js';
import { calendarScope } from './calendar.scope.js';
import { Holiday, HolidayImportResult, WorkingMonth, WorkPatternDay } from './calendar.types.js';

/** The work calendar: readable by every signed-in employee; kept by the agency admin. */
@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => WorkingMonth, {
    description: "A unit's working days in a month (YYYY-MM) and their net minutes.",
  })
  async workingDays(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: Context,
  ): Promise<WorkingMonth> {
    const result = await calendarScope(ctx).reader.workingMonth(unitId, month);
    return { month, ...result, count: result.days.length };
  }

  @Authorized()
  @Query(() => [Holiday], { description: 'National holidays and collective leave days of a year.' })
  holidays(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Holiday[]> {
    return calendarScope(ctx).reader.holidays(year);
  }

  @Authorized()
  @Query(() => [WorkPattern], { description: 'The work patterns of the agency, default first.' })
  workPatterns(@Ctx() ctx: Context): Promise<WorkPattern[]> {
    return calendarScope(ctx).reader.patterns();
  }

  @Authorized()
  @Query(() => [SpecialPeriod], { description: 'Special periods overlapping a year.' })
  specialPeriods(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<SpecialPeriod[]> {
    return calendarScope(ctx).reader.specialPeriods(year);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => WorkPattern)
  createWorkPattern(
    @Arg('input', () => WorkPatternInput) input: WorkPatternInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPattern> {
    return calendarScope(ctx).admin.createPattern(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => WorkPattern, { description: "Replaces the pattern's name, code and days." })
  updateWorkPattern(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => WorkPatternInput) input: WorkPatternInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPattern> {
    return calendarScope(ctx).admin.updatePattern(id, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Boolean, {
    description: 'Deletes a pattern no unit or special period uses (never the default).',
  })
  deleteWorkPattern(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return calendarScope(ctx).admin.deletePattern(id);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => OrgUnit, {
    description: "Sets a unit's own work pattern; null: it inherits its parent's again.",
  })
  setUnitWorkPattern(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('patternId', () => ID, { nullable: true }) patternId: string | null,
    @Ctx() ctx: Context,
  ): Promise<OrgUnit> {
    return calendarScope(ctx).admin.setUnitPattern(unitId, patternId ?? null);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => SpecialPeriod)
  createSpecialPeriod(
    @Arg('input', () => SpecialPeriodInput) input: SpecialPeriodInput,
    @Ctx() ctx: Context,
  ): Promise<SpecialPeriod> {
    return calendarScope(ctx).admin.createSpecialPeriod(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Boolean)
  deleteSpecialPeriod(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return calendarScope(ctx).admin.deleteSpecialPeriod(id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Holiday)
  createHoliday(
    @Arg('input', () => HolidayInput) input: HolidayInput,
    @Ctx() ctx: Context,
  ): Promise<Holiday> {
    return calendarScope(ctx).admin.createHoliday(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Boolean)
  deleteHoliday(
    @Arg('date', () => GraphQLLocalDate) date: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return calendarScope(ctx).admin.deleteHoliday(date);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => HolidayImportResult, {
    description:
      'Creates or updates holidays by date from CSV (columns: date, name, kind = NATIONAL | COLLECTIVE_LEAVE, or LIBUR_NASIONAL | CUTI_BERSAMA). All-or-nothing: any rejected row saves nothing.',
  })
  async importHolidays(
    @Arg('csv', () => String) csv: string,
    @Ctx() ctx: Context,
  ): Promise<HolidayImportResult> {
    const report = await calendarScope(ctx).admin.importHolidays(csv);
    return {
      ok: report.rejected.length === 0,
      created: report.created,
      updated: report.updated,
      rejected: report.rejected.map((r) => ({
        line: r.line,
        date: r.date,
        messages: r.problems.map((p) => translate(ctx.locale, p.key, p.params)),
      })),
    };
  }
}

@Resolver(() => WorkPattern)
export class WorkPatternResolver {
  @FieldResolver(() => [WorkPatternDay], { description: 'The working weekdays, Monday first.' })
  days(@Root() p: WorkPattern, @Ctx() ctx: Context): Promise<WorkPatternDay[]> {
    return calendarScope(ctx).loaders.patternDays.load(p.id);
  }

  @FieldResolver(() => [OrgUnit], {
    description:
      'The units that have this pattern as their own, by name (their subunits without one follow it too).',
  })
  units(@Root() p: WorkPattern, @Ctx() ctx: Context): Promise<OrgUnit[]> {
    return calendarScope(ctx).loaders.unitsByPattern.load(p.id);
  }
}

@Resolver(() => SpecialPeriod)
export class SpecialPeriodResolver {
  @FieldResolver(() => WorkPattern, {
    nullable: true,
    description: 'Units on this pattern follow `pattern`; null: every unit.',
  })
  basePattern(@Root() s: SpecialPeriod, @Ctx() ctx: Context): Promise<WorkPattern | null> | null {
    return s.basePattern ? calendarScope(ctx).loaders.pattern.load(s.basePattern.id) : null;
  }

  @FieldResolver(() => WorkPattern)
  async pattern(@Root() s: SpecialPeriod, @Ctx() ctx: Context): Promise<WorkPattern> {
    return (await calendarScope(ctx).loaders.pattern.load(s.pattern.id))!;
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitCalendarResolver {
  @FieldResolver(() => WorkPattern, {
    nullable: true,
    description: "The unit's own work pattern; null when it inherits its parent's.",
  })
  async workPattern(@Root() u: OrgUnit, @Ctx() ctx: Context): Promise<WorkPattern | null> {
    const { loaders } = calendarScope(ctx);
    const id = await loaders.unitPatternId.load(u.id);
    return id ? loaders.pattern.load(id) : null;
  }
}
