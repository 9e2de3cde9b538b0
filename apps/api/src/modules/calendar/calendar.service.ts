/**
 * The work calendar as the rest of the API reads it (CalendarReader): every call is one SQL
 * statement over `work_calendar(agency, units, from, to)`, the SQL function that resolves a unit's
 * pattern through the unit tree, special periods and holidays (Migration20261123150000_calendar).
 *
 * Employees are placed by their current position's unit; an employee without a position follows
 * the agency default pattern. Ids of another agency (or unknown) yield no plans.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DayKind } from '@kinerja/scoring';
import { lastDayOf } from '../periods/months.js';
import { badInput, notFound } from '../../common/errors/app-error.js';
import { isCalendarDate } from '../../common/dates.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { CalendarReader, DayPlan } from './calendar.contract.js';
import { SpecialPeriod, WorkPattern } from './calendar.entities.js';
import type { Holiday } from './calendar.types.js';

/** The longest range dayPlans accepts (a year and a day, to cover any leap year). */
export const MAX_PLAN_DAYS = 367;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

interface PlanRow {
  shiftId: string | null;
  crossesMidnight: boolean;
  employeeId: string;
  date: string;
  dayKind: DayKind;
  holidayName: string | null;
  start: string | null;
  end: string | null;
  breakMinutes: number;
  netMinutes: number;
}

export interface WorkingMonthDays {
  days: string[];
  workingMinutes: number;
}

/** The first and last day (YYYY-MM-DD) of a month written YYYY-MM; BAD_USER_INPUT otherwise. */
export function monthRange(month: string): { from: string; to: string } {
  if (!MONTH.test(month)) throw badInput('calendar.badMonth', { value: month }, { field: 'month' });
  return { from: `${month}-01`, to: lastDayOf(month) };
}

/** Stands for "no unit" (the agency default calendar) in equality joins. */
const NO_UNIT = '00000000-0000-0000-0000-000000000000';

export class CalendarService implements CalendarReader {
  constructor(
    private readonly em: EntityManager,
    private readonly agencyId: string,
  ) {}

  async dayPlans(employeeIds: readonly string[], from: string, to: string): Promise<DayPlan[]> {
    assertRange(from, to);
    const ids = [...new Set(employeeIds)].filter(isUuid);
    if (!ids.length) return [];
    return query<PlanRow>(
      this.em,
      `with emp as (
         select e.id, p.unit_id
           from employee e
           left join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and e.id = any($2::uuid[])
       )
       select emp.id as "employeeId", to_char(c.day, 'YYYY-MM-DD') as date,
              case when rc.employee_id is null then c.day_kind::text
                   when sp.id is null then 'WEEKEND' else 'WORKDAY' end as "dayKind",
              c.holiday_name as "holidayName",
              to_char(case when rc.employee_id is null then c.start_time else sp.start_time end, 'HH24:MI') as start,
              to_char(case when rc.employee_id is null then c.end_time else sp.end_time end, 'HH24:MI') as "end",
              case when rc.employee_id is null then c.break_minutes else 0 end as "breakMinutes",
              case when rc.employee_id is null then c.net_minutes
                   when sp.id is null then 0
                   else (extract(epoch from sp.end_time - sp.start_time) / 60)::int
                        + case when sp.end_time < sp.start_time then 1440 else 0 end end as "netMinutes",
              sp.id as "shiftId", coalesce(sp.end_time < sp.start_time, false) as "crossesMidnight"
         from emp
         join work_calendar($1, (select array_agg(distinct emp.unit_id) from emp), $3::date, $4::date) c
           -- an equality (not IS NOT DISTINCT FROM) so a hash join serves 100,000 people
           on coalesce(c.unit_id, '${NO_UNIT}') = coalesce(emp.unit_id, '${NO_UNIT}')
         -- the roster overrides the pattern for the dates it sets
         left join roster_cell rc on rc.agency_id = $1 and rc.employee_id = emp.id and rc.date = c.day
         left join shift_pattern sp on sp.agency_id = rc.agency_id and sp.id = rc.shift_id
        order by emp.id, c.day`,
      [this.agencyId, ids, from, to],
    );
  }

  async workingDays(unitId: string, month: string): Promise<string[]> {
    return (await this.workingMonth(unitId, month)).days;
  }

  async workingMinutes(unitId: string, month: string): Promise<number> {
    const { from, to } = monthRange(month);
    const [row] = await query<{ days: number; minutes: number | null }>(
      this.em,
      `select count(*)::int as days, sum(c.net_minutes)::int as minutes
         from work_calendar($1, array[$2]::uuid[], $3::date, $4::date) c`,
      [this.agencyId, this.unitIdOrThrow(unitId), from, to],
    );
    if (!row?.days) throw notFound('organisation.unitNotFound');
    return row.minutes ?? 0;
  }

  /** The working days of a unit in a month and their net minutes, in one statement. */
  async workingMonth(unitId: string, month: string): Promise<WorkingMonthDays> {
    const { from, to } = monthRange(month);
    const rows = await query<{ date: string; kind: string; net: number }>(
      this.em,
      `select to_char(c.day, 'YYYY-MM-DD') as date, c.day_kind as kind, c.net_minutes as net
         from work_calendar($1, array[$2]::uuid[], $3::date, $4::date) c
        order by c.day`,
      [this.agencyId, this.unitIdOrThrow(unitId), from, to],
    );
    // Every month has days: no rows means the unit is not one of the agency's.
    if (!rows.length) throw notFound('organisation.unitNotFound');
    const working = rows.filter((r) => r.kind === 'WORKDAY');
    return {
      days: working.map((r) => r.date),
      workingMinutes: working.reduce((sum, r) => sum + r.net, 0),
    };
  }

  // ── lists (one statement each) ─────────────────────────────────────────────────────────────
  holidays(year: number): Promise<Holiday[]> {
    assertYear(year);
    return query<Holiday>(
      this.em,
      `select to_char(date, 'YYYY-MM-DD') as date, name, kind from holiday
        where agency_id = $1 and date between make_date($2, 1, 1) and make_date($2, 12, 31)
        order by date`,
      [this.agencyId, year],
    );
  }

  patterns(): Promise<WorkPattern[]> {
    return this.em.find(
      WorkPattern,
      { agencyId: this.agencyId },
      { orderBy: { isDefault: 'desc', name: 'asc' } },
    );
  }

  /** Special periods overlapping the year. */
  specialPeriods(year: number): Promise<SpecialPeriod[]> {
    assertYear(year);
    return this.em.find(
      SpecialPeriod,
      {
        agencyId: this.agencyId,
        startDate: { $lte: `${year}-12-31` },
        endDate: { $gte: `${year}-01-01` },
      },
      { orderBy: { startDate: 'asc', name: 'asc' } },
    );
  }

  private unitIdOrThrow(unitId: string): string {
    if (!isUuid(unitId)) throw notFound('organisation.unitNotFound');
    return unitId;
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2999)
    throw badInput('calendar.badYear', { value: year });
}

function assertRange(from: string, to: string): void {
  if (!isCalendarDate(from) || !isCalendarDate(to))
    throw badInput('calendar.badDate', { value: isCalendarDate(from) ? to : from });
  if (to < from) throw badInput('calendar.rangeReversed');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_PLAN_DAYS) throw badInput('calendar.rangeTooLong', { days: MAX_PLAN_DAYS });
}
