import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
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
import { translate } from '../../common/i18n/messages.js';
import type { Context } from '../../context.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { evidenceUrl } from '../evidence/evidence.urls.js';
import { LeaveCoverageReader } from '../leave/leave.reader.js';
import { Employee } from '../organisation/employee.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { AttendanceDays } from './attendance-days.js';
import { AttendanceRecord } from './attendance-record.entity.js';
import { AttendanceReports } from './attendance-reports.js';
import { AttendanceCheckKind, AttendanceSource } from './attendance.enums.js';
import { CheckInput } from './attendance.inputs.js';
import { AttendanceService } from './attendance.service.js';
import {
  AttendanceCheck,
  AttendanceDay,
  AttendanceMonth,
  FingerprintImportReport,
  type FingerprintRowOutcome,
  TeamAttendance,
} from './attendance.types.js';
import { FingerprintImport } from './fingerprint-import.js';

const service = (ctx: Context) => {
  const { em, viewer, access, now } = ctx.scope();
  return new AttendanceService(em, viewer, access, now, ctx.requestId);
};

const reports = (ctx: Context) => {
  const { em, viewer, today, loaders, access } = ctx.scope();
  const days = new AttendanceDays(
    em,
    viewer.agencyId,
    viewer.timeZone,
    new CalendarService(em, viewer.agencyId),
    new LeaveCoverageReader(em, viewer.agencyId),
  );
  return new AttendanceReports(em, viewer, today, loaders, access, days, ctx.locale);
};

/** Attendance records by id, batched per request (AttendanceDay.record). */
const recordLoaders = new WeakMap<EntityManager, DataLoader<string, AttendanceRecord | null>>();
function recordLoader(ctx: Context) {
  const { em, viewer } = ctx.scope();
  let loader = recordLoaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await em.find(AttendanceRecord, { agencyId: viewer.agencyId, id: [...ids] });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
    recordLoaders.set(em, loader);
  }
  return loader;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();
/** HH:mm of an instant in a time zone. */
function localTime(at: Date, timeZone: string): string {
  let f = timeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(timeZone, f);
  }
  return f.format(at);
}

function checkOf(r: AttendanceRecord, kind: AttendanceCheckKind, timeZone: string) {
  const inn = kind === AttendanceCheckKind.IN;
  const at = inn ? r.checkInAt : r.checkOutAt;
  if (!at) return null;
  const inArea = (inn ? r.checkInInArea : r.checkOutInArea) ?? false;
  const accepted = (inn ? r.checkInAcceptedBy : r.checkOutAcceptedBy) !== null;
  const photoId = inn ? r.checkInPhotoId : r.checkOutPhotoId;
  return {
    at,
    time: localTime(at, timeZone),
    source: (inn ? r.checkInSource : r.checkOutSource) ?? AttendanceSource.APP,
    inArea,
    place: inn ? r.checkInPlace : r.checkOutPlace,
    accepted,
    valid: inArea || accepted,
    latitude: inn ? r.checkInLatitude : r.checkOutLatitude,
    longitude: inn ? r.checkInLongitude : r.checkOutLongitude,
    accuracyMetres: inn ? r.checkInAccuracyMetres : r.checkOutAccuracyMetres,
    photoUrl: photoId ? evidenceUrl(photoId) : null,
  } satisfies AttendanceCheck;
}

@Resolver(() => AttendanceRecord)
export class AttendanceRecordResolver {
  @FieldResolver(() => Employee)
  async employee(@Root() r: AttendanceRecord, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(r.employeeId))!;
  }

  @FieldResolver(() => AttendanceCheck, { nullable: true })
  checkIn(@Root() r: AttendanceRecord, @Ctx() ctx: Context): AttendanceCheck | null {
    return checkOf(r, AttendanceCheckKind.IN, ctx.scope().viewer.timeZone);
  }

  @FieldResolver(() => AttendanceCheck, { nullable: true })
  checkOut(@Root() r: AttendanceRecord, @Ctx() ctx: Context): AttendanceCheck | null {
    return checkOf(r, AttendanceCheckKind.OUT, ctx.scope().viewer.timeZone);
  }
}

@Resolver(() => AttendanceDay)
export class AttendanceDayResolver {
  @FieldResolver(() => AttendanceRecord, {
    nullable: true,
    description: 'The record of the day, with both checks, their places and selfies.',
  })
  async record(@Root() d: AttendanceDay, @Ctx() ctx: Context): Promise<AttendanceRecord | null> {
    return d.recordId ? recordLoader(ctx).load(d.recordId) : null;
  }
}

@Resolver()
export class AttendanceResolver {
  @Authorized()
  @Mutation(() => AttendanceRecord, {
    description:
      'Checks the caller in now (server time) with a selfie; outside every allowed place it is kept and flagged for the supervisor. One check-in a day (CONFLICT otherwise).',
  })
  checkIn(
    @Arg('input', () => CheckInput) input: CheckInput,
    @Ctx() ctx: Context,
  ): Promise<AttendanceRecord> {
    return service(ctx).check(AttendanceCheckKind.IN, input);
  }

  @Authorized()
  @Mutation(() => AttendanceRecord, {
    description:
      'Checks the caller out now (server time) with a selfie; a later check-out replaces an earlier one, and a check-out without a check-in is recorded.',
  })
  checkOut(
    @Arg('input', () => CheckInput) input: CheckInput,
    @Ctx() ctx: Context,
  ): Promise<AttendanceRecord> {
    return service(ctx).check(AttendanceCheckKind.OUT, input);
  }

  @Authorized()
  @Mutation(() => AttendanceRecord, {
    description:
      'Accepts a check made outside every allowed place (anyone above the person, or an admin in scope): it then counts.',
  })
  acceptAttendance(
    @Arg('recordId', () => ID) recordId: string,
    @Arg('check', () => AttendanceCheckKind) check: AttendanceCheckKind,
    @Ctx() ctx: Context,
  ): Promise<AttendanceRecord> {
    return service(ctx).accept(recordId, check);
  }

  @Authorized()
  @Query(() => AttendanceMonth, {
    description:
      'The caller’s attendance in a month (YYYY-MM): every day so far and the discipline.',
  })
  myAttendance(
    @Arg('month', () => String) month: string,
    @Ctx() ctx: Context,
  ): Promise<AttendanceMonth> {
    return reports(ctx).month(ctx.scope().viewer.employeeId, month);
  }

  @Authorized()
  @Query(() => TeamAttendance, {
    description:
      'The month at a glance of everyone in the unit and below whom the caller may read (a supervisor’s subtree, an admin’s scope, everyone for executives).',
  })
  teamAttendance(
    @Arg('month', () => String) month: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<TeamAttendance> {
    return reports(ctx).team(month, unitId);
  }

  @Authorized()
  @Query(() => AttendanceDay, {
    nullable: true,
    description:
      'One day of an employee the caller may read (self, anyone above, admins in scope, executives); null after today.',
  })
  attendanceDay(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('date', () => GraphQLLocalDate) date: string,
    @Ctx() ctx: Context,
  ): Promise<AttendanceDay | null> {
    return reports(ctx).dayOf(employeeId, date);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => FingerprintImportReport, {
    description:
      'Imports fingerprint-machine logs (CSV: nip,timestamp — ISO 8601 with an offset, or YYYY-MM-DD HH:mm[:ss] in the agency’s time zone). Idempotent; every row reported; the days merged into attendance.',
  })
  async importFingerprintLogs(
    @Arg('csv', () => String) csv: string,
    @Ctx() ctx: Context,
  ): Promise<FingerprintImportReport> {
    const { em, viewer, now } = ctx.scope();
    const summary = await new FingerprintImport(em, viewer, now, ctx.requestId).run(csv);
    return {
      ...summary,
      rows: summary.rows.map((r) => ({
        ...r,
        outcome: r.outcome as FingerprintRowOutcome,
        message: r.problem ? translate(ctx.locale, r.problem) : null,
      })),
    };
  }
}
