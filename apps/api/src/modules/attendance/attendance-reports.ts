/**
 * Reading attendance: the caller's month, a team's month at a glance, and one day of a person.
 * Who may read follows organisation.policy.ts's mayReadPrivate (self, anyone above, admins in
 * scope, executives), applied through Access in one batched statement. Every read is a constant
 * number of statements, whatever the team's size (attendance.int.test.ts counts them).
 */
import { excusedTime, fromHundredths } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import { monthRange } from '../calendar/calendar.service.js';
import type { LeaveKind } from '../leave/leave.enums.js';
import type { Access } from '../organisation/access.js';
import { policyOn } from '../policy/policy.service.js';
import type { AttendanceDays, ResolvedDay } from './attendance-days.js';
import { hhmmOf, monthDiscipline } from './attendance-days.js';
import type { AttendanceStatus } from './attendance.enums.js';
import type {
  AttendanceDay,
  AttendanceMonth,
  TeamAttendance,
  TeamAttendanceRow,
} from './attendance.types.js';

/** Statuses of a working day on which the person was excused (leave, sickness, travel). */
const EXCUSED = new Set(['ON_LEAVE', 'SICK', 'OFFICIAL_TRAVEL']);

export class AttendanceReports {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly loaders: Loaders,
    private readonly access: Access,
    private readonly days: AttendanceDays,
    private readonly locale: Locale,
  ) {}

  async month(employeeId: string, month: string): Promise<AttendanceMonth> {
    const { from, to } = monthRange(month);
    const days =
      (await this.days.resolve([employeeId], from, to, this.today)).get(employeeId) ?? [];
    const discipline = monthDiscipline(days);
    const policy = await policyOn(this.em, this.viewer.agencyId, from);
    const excused = excusedTime(
      days.filter((d) => !d.provisional),
      policy.dailyMinimumMinutes,
    );
    return {
      month,
      days: days.map((d) => this.day(d)),
      excusedHalfDays: excused.halfDays,
      excusedMinutes: excused.minutes,
      discipline: fromHundredths(discipline.discipline),
      deductions: discipline.deductions.map((d, i) => ({
        date: d.date,
        code: d.code,
        percent: fromHundredths(d.percent),
        cause: this.deductionCause(days, d.date, i, discipline.deductions),
      })),
    };
  }

  /** One day of an employee the caller may read; null for a date after today. */
  async dayOf(employeeId: string, date: string): Promise<AttendanceDay | null> {
    if (!isUuid(employeeId) || !(await this.loaders.employee.load(employeeId)))
      throw notFound('organisation.employeeNotFound');
    await this.access.assertMayReadPrivate(employeeId);
    const [day] =
      (await this.days.resolve([employeeId], date, date, this.today)).get(employeeId) ?? [];
    return day ? this.day(day) : null;
  }

  /**
   * One day of each employee (absent: no day, e.g. after today or before they joined), for lists
   * whose readers were checked by the caller (a team tree). Three statements, whatever the number.
   */
  async daysOn(employeeIds: readonly string[], date: string): Promise<Map<string, AttendanceDay>> {
    const resolved = await this.days.resolve(employeeIds, date, date, this.today);
    const out = new Map<string, AttendanceDay>();
    for (const [id, [day]] of resolved) if (day) out.set(id, this.day(day));
    return out;
  }

  /**
   * The month of everyone in the unit (and below) whom the caller may read: a supervisor's
   * subtree, an admin's scope, everyone for executives. FORBIDDEN when that is nobody but the
   * caller while the unit has others.
   */
  async team(month: string, unitId: string): Promise<TeamAttendance> {
    const { from, to } = monthRange(month);
    if (!isUuid(unitId) || !(await this.loaders.unit.load(unitId)))
      throw notFound('organisation.unitNotFound');
    const members = await query<{ id: string }>(
      this.em,
      `with recursive units(id) as (
         select $2::uuid
         union
         select o.id from units u join org_unit o on o.agency_id = $1 and o.parent_id = u.id
       )
       select e.id
         from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.agency_id = $1 and e.active and p.unit_id in (select id from units)
        order by e.name, e.id`,
      [this.viewer.agencyId, unitId],
    );
    const ids = members.map((m) => m.id);
    let readable = ids;
    if (!isAgencyWide(this.viewer)) {
      const allowed = await Promise.all(ids.map((id) => this.access.mayReadPrivate(id)));
      readable = ids.filter((_, i) => allowed[i]);
    }
    const self = this.viewer.employeeId;
    if (ids.some((id) => id !== self) && !readable.some((id) => id !== self))
      throw forbidden('attendance.teamForbidden');

    const [employees, byEmployee] = await Promise.all([
      this.loaders.employee.loadMany(readable),
      this.days.resolve(readable, from, to, this.today),
    ]);
    const rows: TeamAttendanceRow[] = [];
    readable.forEach((id, i) => {
      const employee = employees[i];
      if (!employee || employee instanceof Error) return;
      const days = byEmployee.get(id) ?? [];
      const final = days.filter((d) => !d.provisional);
      const working = final.filter((d) => d.working);
      rows.push({
        employee,
        workingDays: working.length,
        presentDays: working.filter((d) => d.validCheck).length,
        lateCount: final.filter((d) => d.violations.some((v) => v.code.startsWith('TL'))).length,
        earlyCount: final.filter((d) => d.violations.some((v) => v.code.startsWith('PSW'))).length,
        absentCount: final.filter((d) => d.status === 'ABSENT').length,
        excusedDays: working.filter((d) => EXCUSED.has(d.status)).length,
        awaitingAcceptance: days.reduce((n, d) => n + d.awaitingAcceptance, 0),
        discipline: fromHundredths(monthDiscipline(days).discipline),
      });
    });
    return { month, unitId, rows };
  }

  private day(d: ResolvedDay): AttendanceDay {
    return {
      date: d.date,
      status: d.status as AttendanceStatus,
      lateMinutes: d.lateMinutes,
      earlyMinutes: d.earlyMinutes,
      leaveKind: d.leaveKind as LeaveKind | null,
      checkIn: d.checkIn === null ? null : hhmmOf(d.checkIn),
      checkOut: d.checkOut === null ? null : hhmmOf(d.checkOut),
      checkInInArea: d.checkInInArea,
      checkOutInArea: d.checkOutInArea,
      violations: d.violations.map((v, i) => ({
        code: v.code,
        minutes: v.minutes,
        cause: this.cause(d, i),
      })),
      provisional: d.provisional,
      recordId: d.recordId,
      shiftId: d.shiftId,
    };
  }

  private cause(d: ResolvedDay, i: number): string {
    const c = d.causes[i];
    return c ? translate(this.locale, c.key, c.params) : (d.violations[i]?.cause ?? '');
  }

  /** The cause of the i-th deduction: the matching violation of its day, in order. */
  private deductionCause(
    days: readonly ResolvedDay[],
    date: string,
    i: number,
    all: readonly { date: string }[],
  ): string {
    const day = days.find((d) => d.date === date);
    const nth = all.slice(0, i).filter((d) => d.date === date).length;
    return day ? this.cause(day, nth) : '';
  }
}
