import DataLoader from 'dataloader';
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
import { SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';
import type { Context, ViewerScope } from '../../context.js';
import { AttendanceDay } from '../attendance/attendance.types.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { ShiftPattern } from './roster.entities.js';
import { RosterCellInput, ShiftPatternInput } from './roster.inputs.js';
import { crossesMidnight, shiftMinutes } from './roster.rules.js';
import { RosterService } from './roster.service.js';
import { RosterCell, RosterChange, RosterImportResult, Roster } from './roster.types.js';

interface RosterScope {
  service: RosterService;
  shift: DataLoader<string, ShiftPattern | null>;
}

const scopes = new WeakMap<ViewerScope, RosterScope>();

/** The roster's per-request service and shift loader (built once per ViewerScope). */
function roster(ctx: Context): RosterScope {
  const scope = ctx.scope();
  let found = scopes.get(scope);
  if (!found) {
    const { em, viewer } = scope;
    found = {
      service: new RosterService(em, viewer, scope.today, ctx.locale, ctx.requestId),
      shift: new DataLoader(async (ids) => {
        const rows = await em.find(ShiftPattern, { agencyId: viewer.agencyId, id: [...ids] });
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    };
    scopes.set(scope, found);
  }
  return found;
}

const hhmm = (time: string) => time.slice(0, 5);

@Resolver(() => ShiftPattern)
export class ShiftPatternResolver {
  @FieldResolver(() => OrgUnit)
  async unit(@Root() s: ShiftPattern, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.scope().loaders.unit.load(s.unitId))!;
  }

  @FieldResolver(() => String, { description: 'HH:mm agency time.' })
  start(@Root() s: ShiftPattern): string {
    return hhmm(s.startTime);
  }

  @FieldResolver(() => String, {
    description: 'HH:mm; not after start means the shift ends on the next calendar day.',
  })
  end(@Root() s: ShiftPattern): string {
    return hhmm(s.endTime);
  }

  @FieldResolver(() => Boolean)
  crossesMidnight(@Root() s: ShiftPattern): boolean {
    return crossesMidnight(hhmm(s.startTime), hhmm(s.endTime));
  }

  @FieldResolver(() => Int, { description: 'The length of the shift.' })
  minutes(@Root() s: ShiftPattern): number {
    return shiftMinutes(hhmm(s.startTime), hhmm(s.endTime));
  }
}

@Resolver(() => RosterCell)
export class RosterCellResolver {
  @FieldResolver(() => ShiftPattern, { nullable: true, description: 'null = day off (libur).' })
  shift(@Root() c: RosterCell, @Ctx() ctx: Context): Promise<ShiftPattern | null> | null {
    return c.shiftId ? roster(ctx).shift.load(c.shiftId) : null;
  }
}

@Resolver(() => AttendanceDay)
export class AttendanceDayShiftResolver {
  @FieldResolver(() => ShiftPattern, {
    nullable: true,
    description: 'The shift the day was judged against (null when office hours).',
  })
  shift(@Root() d: AttendanceDay, @Ctx() ctx: Context): Promise<ShiftPattern | null> | null {
    return d.shiftId ? roster(ctx).shift.load(d.shiftId) : null;
  }
}

@Resolver()
export class RosterResolver {
  @Authorized()
  @Query(() => [OrgUnit], {
    description:
      "Units whose shifts and roster the caller may edit: the unit's head (also as Plt/Plh), department admins for their department, agency admins.",
  })
  rosterUnits(@Ctx() ctx: Context): Promise<OrgUnit[]> {
    return roster(ctx).service.rosterUnits();
  }

  @Authorized()
  @Query(() => [ShiftPattern], { description: "A unit's shifts, inactive ones included." })
  shiftPatterns(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<ShiftPattern[]> {
    return roster(ctx).service.shiftPatterns(unitId);
  }

  @Authorized()
  @Query(() => Roster, {
    description:
      "A unit's roster over at most 62 days; readable by its editors and by the people above the unit.",
  })
  roster(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: Context,
  ): Promise<Roster> {
    return roster(ctx).service.roster(unitId, from, to);
  }

  @Authorized()
  @Query(() => [RosterCell], {
    description: "The caller's own roster over a range (empty when they are not rostered).",
  })
  myRoster(
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: Context,
  ): Promise<RosterCell[]> {
    return roster(ctx).service.myRoster(from, to);
  }

  @Authorized()
  @Mutation(() => ShiftPattern)
  createShiftPattern(
    @Arg('input', () => ShiftPatternInput) input: ShiftPatternInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftPattern> {
    return roster(ctx).service.createShiftPattern(input);
  }

  @Authorized()
  @Mutation(() => ShiftPattern)
  updateShiftPattern(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ShiftPatternInput) input: ShiftPatternInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftPattern> {
    return roster(ctx).service.updateShiftPattern(id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Deactivates a shift that is used on a roster; deletes it otherwise.',
  })
  deleteShiftPattern(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return roster(ctx).service.deleteShiftPattern(id);
  }

  @Authorized()
  @Mutation(() => RosterChange, {
    description:
      'Sets cells of the unit’s roster in one transaction (at most 2000): a shift, a day off, or cleared.',
  })
  setRosterCells(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('cells', () => [RosterCellInput]) cells: RosterCellInput[],
    @Ctx() ctx: Context,
  ): Promise<RosterChange> {
    return roster(ctx).service.setRosterCells(unitId, cells);
  }

  @Authorized()
  @Mutation(() => RosterChange, {
    description:
      'Copies the week starting fromMonday (a Monday) onto the week starting toMonday, for everyone of the unit; cells of the target week are replaced.',
  })
  copyRosterWeek(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('fromMonday', () => GraphQLLocalDate) fromMonday: string,
    @Arg('toMonday', () => GraphQLLocalDate) toMonday: string,
    @Ctx() ctx: Context,
  ): Promise<RosterChange> {
    return roster(ctx).service.copyRosterWeek(unitId, fromMonday, toMonday);
  }

  @Authorized()
  @Mutation(() => RosterImportResult, {
    description:
      'CSV text or base64 XLSX; columns nip, date (YYYY-MM-DD), shift (a shift code, or L/LIBUR/OFF for a day off). All or nothing.',
  })
  importRoster(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('file', () => String) file: string,
    @Arg('format', () => SpreadsheetFormat) format: SpreadsheetFormat,
    @Ctx() ctx: Context,
  ): Promise<RosterImportResult> {
    return roster(ctx).service.importRoster(unitId, file, format);
  }
}
