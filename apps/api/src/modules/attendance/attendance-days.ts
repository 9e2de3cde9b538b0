/**
 * The status of every day of some employees over a range, from three set-based reads: the
 * calendar's day plans, the approved leave covering those days, and the attendance records (their
 * instants as agency-local minutes). Then @kinerja/scoring's resolveDay for each day, and
 * disciplineOf for a month. One statement per source, whatever the number of people or days.
 */
import {
  disciplineOf,
  resolveDay,
  type DayFacts,
  type DayLeave,
  type DayStatus,
  type Discipline,
  type Violation,
} from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import { concurrently, query } from '../../common/sql.js';
import type { CalendarReader } from '../calendar/calendar.contract.js';
import type { LeaveReader } from '../leave/leave.contract.js';

/** One resolved day with what the screens show beside the status. */
export interface ResolvedDay extends DayStatus {
  employeeId: string;
  recordId: string | null;
  /**
   * Local minutes after the day's midnight (null without the check); a night shift's check-out
   * the next morning counts on past 1440 (hhmmOf wraps it for display).
   */
  checkIn: number | null;
  checkOut: number | null;
  checkInInArea: boolean | null;
  checkOutInArea: boolean | null;
  /** Checks outside every allowed place not yet accepted by a supervisor. */
  awaitingAcceptance: number;
  /** A working day for this person (by the calendar). */
  working: boolean;
  /** A check inside an allowed place (or accepted) that day. */
  validCheck: boolean;
  /**
   * Today, or yesterday's night shift (ending this morning): the day is not over, so it does not
   * count toward the month yet.
   */
  provisional: boolean;
  /** The roster shift the day was judged against (null: the work pattern's hours). */
  shiftId: string | null;
  /** The translated explanation of each violation, in order. */
  causes: { key: MessageKey; params: MessageParams }[];
}

interface RecordRow {
  employee_id: string;
  date: string;
  id: string;
  check_in: number | null;
  check_out: number | null;
  check_in_in_area: boolean | null;
  check_out_in_area: boolean | null;
  check_in_valid: boolean;
  check_out_valid: boolean;
  awaiting: number;
}

/** 'HH:mm' → minutes after midnight. */
export const minutesOf = (hhmm: string): number =>
  Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes after midnight → 'HH:mm' (the next day's time past 1440). */
export const hhmmOf = (minutes: number): string => {
  const m = minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** Why a violation was counted, as a message of the attendance catalogue. */
function causeOf(v: Violation, facts: DayFacts): { key: MessageKey; params: MessageParams } {
  const late = v.code.startsWith('TL');
  if (v.code === 'TK') return { key: 'attendance.cause.absent', params: {} };
  if (v.minutes !== null)
    return {
      key: late ? 'attendance.cause.late' : 'attendance.cause.early',
      params: { minutes: v.minutes },
    };
  const check = late ? facts.checkIn : facts.checkOut;
  if (check === null)
    return { key: late ? 'attendance.cause.noCheckIn' : 'attendance.cause.noCheckOut', params: {} };
  return {
    key: late ? 'attendance.cause.checkInOutside' : 'attendance.cause.checkOutOutside',
    params: { time: hhmmOf(check) },
  };
}

export class AttendanceDays {
  constructor(
    private readonly em: EntityManager,
    private readonly agencyId: string,
    private readonly timeZone: string,
    private readonly calendar: CalendarReader,
    private readonly leave: LeaveReader,
  ) {}

  /**
   * Every day from `from` to `to` (but not after `today`) of each employee, by employee, in date
   * order. Employees the calendar does not know (another agency's) get no days.
   */
  async resolve(
    employeeIds: readonly string[],
    from: string,
    to: string,
    today: string,
  ): Promise<Map<string, ResolvedDay[]>> {
    const until = to < today ? to : today;
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const result = new Map<string, ResolvedDay[]>();
    if (!employeeIds.length || until < from) return result;

    const [plans, coverage, records] = await concurrently(this.em, [
      () => this.calendar.dayPlans(employeeIds, from, until),
      () => this.leave.approvedCoverage(employeeIds, from, until),
      () => this.records(employeeIds, from, until),
    ] as const);
    // employee → date → facts: no per-day key strings (a province's recap resolves 3 million days)
    const leaveOf = new Map<string, Map<string, DayLeave[]>>();
    for (const c of coverage) {
      let byDate = leaveOf.get(c.employeeId);
      if (!byDate) leaveOf.set(c.employeeId, (byDate = new Map()));
      const list = byDate.get(c.date);
      const leave = { requestId: c.requestId, kind: c.kind, halfDay: c.halfDay };
      if (list) list.push(leave);
      else byDate.set(c.date, [leave]);
    }
    const recordOf = new Map<string, Map<string, RecordRow>>();
    for (const r of records) {
      let byDate = recordOf.get(r.employee_id);
      if (!byDate) recordOf.set(r.employee_id, (byDate = new Map()));
      byDate.set(r.date, r);
    }

    for (const plan of plans) {
      const record = recordOf.get(plan.employeeId)?.get(plan.date);
      const working = plan.dayKind === 'WORKDAY' && plan.start !== null && plan.end !== null;
      const facts: DayFacts = {
        date: plan.date,
        dayKind: working ? 'WORKDAY' : plan.dayKind === 'WORKDAY' ? 'WEEKEND' : plan.dayKind,
        scheduledStart: working ? minutesOf(plan.start!) : null,
        // a night shift ends the next morning: its end counts on past midnight
        scheduledEnd: working ? minutesOf(plan.end!) + (plan.crossesMidnight ? 1440 : 0) : null,
        netMinutes: plan.netMinutes,
        checkIn: record?.check_in ?? null,
        checkOut: record?.check_out ?? null,
        checkInValid: record?.check_in_valid ?? false,
        checkOutValid: record?.check_out_valid ?? false,
        leave: leaveOf.get(plan.employeeId)?.get(plan.date) ?? [],
      };
      const status = resolveDay(facts);
      const day: ResolvedDay = {
        ...status,
        employeeId: plan.employeeId,
        recordId: record?.id ?? null,
        checkIn: facts.checkIn,
        checkOut: facts.checkOut,
        checkInInArea: record?.check_in_in_area ?? null,
        checkOutInArea: record?.check_out_in_area ?? null,
        awaitingAcceptance: record?.awaiting ?? 0,
        working,
        validCheck:
          (facts.checkIn !== null && facts.checkInValid) ||
          (facts.checkOut !== null && facts.checkOutValid),
        // today, and yesterday's night shift (it ends this morning)
        provisional: plan.date === today || (!!plan.crossesMidnight && plan.date === yesterday),
        shiftId: plan.shiftId ?? null,
        causes: status.violations.map((v) => causeOf(v, facts)),
      };
      const list = result.get(plan.employeeId);
      if (list) list.push(day);
      else result.set(plan.employeeId, [day]);
    }
    return result;
  }

  /** The attendance records of the employees in the range, their checks as local minutes. */
  private records(employeeIds: readonly string[], from: string, to: string): Promise<RecordRow[]> {
    // Minutes since the record's own midnight: the time of day, except that a night shift's
    // check-out on the next morning (attendance_day gave it to the shift's date) counts on past 1440.
    const minutes = (col: string) =>
      `case when ${col} is not null
        then greatest(0, floor(extract(epoch from (${col} at time zone $5) - r.date::timestamp) / 60))::int end`;
    return query<RecordRow>(
      this.em,
      `select r.employee_id, r.date::text as date, r.id,
              ${minutes('r.check_in_at')} as check_in, ${minutes('r.check_out_at')} as check_out,
              r.check_in_in_area, r.check_out_in_area,
              coalesce(r.check_in_in_area or r.check_in_accepted_by is not null, false) as check_in_valid,
              coalesce(r.check_out_in_area or r.check_out_accepted_by is not null, false) as check_out_valid,
              (coalesce((r.check_in_in_area = false and r.check_in_accepted_by is null)::int, 0)
                + coalesce((r.check_out_in_area = false and r.check_out_accepted_by is null)::int, 0)) as awaiting
         from attendance_record r
        where r.agency_id = $1 and r.employee_id = any($2::uuid[])
          and r.date between $3::date and $4::date`,
      [this.agencyId, [...new Set(employeeIds)], from, to, this.timeZone],
    );
  }
}

/** The discipline of a month from its resolved days; today's (provisional) day does not count. */
export function monthDiscipline(days: readonly ResolvedDay[]): Discipline {
  return disciplineOf(days.filter((d) => !d.provisional));
}
