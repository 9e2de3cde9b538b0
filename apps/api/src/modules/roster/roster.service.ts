/**
 * Shift rosters (jadwal dinas): a unit's shifts and the cell of each of its people on each date (a
 * shift or a day off). A cell overrides the person's work pattern for that date in the calendar's
 * day plans (calendar.service.ts), so attendance, working days and the month's minute target
 * follow the roster. Every list is one statement per kind, whatever the number of people; every
 * change is one transaction with one audit event, refused in a closed month.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { isCalendarDate } from '../../common/dates.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale, type MessageKey } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { concurrently, query } from '../../common/sql.js';
import type { SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';
import { readSheet } from '../activity-bank/spreadsheet.js';
import { AuditLog } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { ShiftPattern } from './roster.entities.js';
import type { RosterCellInput, ShiftPatternInput } from './roster.inputs.js';
import { mayEditRoster, mayReadRoster, type RosterFacts } from './roster.policy.js';
import {
  addDays,
  DAY_OFF_CODES,
  daysBetween,
  isoWeekday,
  MAX_IMPORT_ROWS,
  MAX_ROSTER_CELLS,
  MAX_ROSTER_DAYS,
  shiftProblem,
} from './roster.rules.js';
import type {
  Roster,
  RosterCell,
  RosterChange,
  RosterImportResult,
  RosterImportRow,
} from './roster.types.js';

interface CellRow {
  employee_id: string;
  date: string;
  shift_id: string | null;
}

/** One cell to write: a shift id, or null for a day off. */
interface CellWrite {
  employeeId: string;
  date: string;
  shiftId: string | null;
}

/**
 * The viewer's positions today (held, or acting as Plt/Plh) as the CTE `vpos(pos)`: parameters $1
 * agency, `viewer` the employee and `today` the date parameters.
 */
const VPOS = (viewer: string, today: string) => `
  vpos(pos) as (
    select e.position_id from employee e
     where e.agency_id = $1 and e.id = ${viewer} and e.active and e.position_id is not null
    union
    select a.position_id from acting_assignment a
     where a.agency_id = $1 and a.employee_id = ${viewer}
       and a.start_date <= ${today}::date and (a.end_date is null or a.end_date >= ${today}::date)
  )`;

/** Whether position `p` is a top position of its unit (its parent lies outside the unit). */
const TOP = (p: string) => `(${p}.parent_id is null or not exists (
    select 1 from position q where q.agency_id = ${p}.agency_id and q.id = ${p}.parent_id and q.unit_id = ${p}.unit_id))`;

export class RosterService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly locale: Locale,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  // ── authorization ────────────────────────────────────────────────────────────────────────────

  /** Whether the unit exists and how the viewer stands to it, in one statement. */
  private async facts(unitId: string): Promise<RosterFacts> {
    if (!isUuid(unitId)) throw notFound('organisation.unitNotFound');
    const [row] = await query<{ found: boolean; head: boolean; in_scope: boolean; above: boolean }>(
      this.em,
      `with recursive ${VPOS('$3', '$4')},
       unit_up(id) as (
         select $2::uuid
         union
         select o.parent_id from unit_up u join org_unit o on o.agency_id = $1 and o.id = u.id
          where o.parent_id is not null
       ),
       pos_up(id) as (
         select p.parent_id from position p
          where p.agency_id = $1 and p.unit_id = $2 and p.parent_id is not null
         union
         select q.parent_id from pos_up u join position q on q.agency_id = $1 and q.id = u.id
          where q.parent_id is not null
       )
       select exists (select 1 from org_unit where agency_id = $1 and id = $2) as found,
              exists (select 1 from position p join vpos v on v.pos = p.id
                       where p.agency_id = $1 and p.unit_id = $2 and ${TOP('p')}) as head,
              ($5::uuid is not null and exists (select 1 from unit_up where id = $5::uuid)) as in_scope,
              exists (select 1 from pos_up u join vpos v on v.pos = u.id) as above`,
      [
        this.agencyId,
        unitId,
        this.viewer.employeeId,
        this.today,
        this.viewer.roles.has(Role.DEPARTMENT_ADMIN) ? this.viewer.adminUnitId : null,
      ],
    );
    if (!row?.found) throw notFound('organisation.unitNotFound');
    return { head: row.head, inAdminScope: row.in_scope, above: row.above };
  }

  private async assertEditor(unitId: string): Promise<void> {
    if (!mayEditRoster(this.viewer, await this.facts(unitId))) throw forbidden('roster.notEditor');
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────────

  /** The units whose roster the viewer may edit; units with shifts first, then by name. */
  async rosterUnits(): Promise<OrgUnit[]> {
    const rows = await query<{ id: string }>(
      this.em,
      `with recursive ${VPOS('$2', '$3')},
       scope(id) as (
         select $4::uuid where $4::uuid is not null
         union
         select o.id from scope s join org_unit o on o.agency_id = $1 and o.parent_id = s.id
       )
       select u.id
         from org_unit u
        where u.agency_id = $1
          and ($5::boolean
               or u.id in (select id from scope)
               or exists (select 1 from position p join vpos v on v.pos = p.id
                           where p.agency_id = $1 and p.unit_id = u.id and ${TOP('p')}))
        order by exists (select 1 from shift_pattern s where s.agency_id = $1 and s.unit_id = u.id) desc,
                 u.name, u.id`,
      [
        this.agencyId,
        this.viewer.employeeId,
        this.today,
        this.viewer.roles.has(Role.DEPARTMENT_ADMIN) ? this.viewer.adminUnitId : null,
        this.viewer.roles.has(Role.AGENCY_ADMIN),
      ],
    );
    if (!rows.length) return [];
    const units = await this.em.find(OrgUnit, {
      agencyId: this.agencyId,
      id: { $in: rows.map((r) => r.id) },
    });
    const byId = new Map(units.map((u) => [u.id, u]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  /** A unit's shifts (inactive ones too), by start time; for the unit's readers. */
  async shiftPatterns(unitId: string): Promise<ShiftPattern[]> {
    const facts = await this.facts(unitId);
    if (!mayReadRoster(this.viewer, facts)) throw forbidden('roster.notReader');
    return this.em.find(
      ShiftPattern,
      { agencyId: this.agencyId, unitId },
      { orderBy: { active: 'desc', startTime: 'asc', code: 'asc' } },
    );
  }

  async roster(unitId: string, from: string, to: string): Promise<Roster> {
    assertRange(from, to);
    const facts = await this.facts(unitId);
    if (!mayReadRoster(this.viewer, facts)) throw forbidden('roster.notReader');
    const [unit, patterns, people, cells, closed] = await concurrently(this.em, [
      () => this.em.findOneOrFail(OrgUnit, { agencyId: this.agencyId, id: unitId }),
      () =>
        this.em.find(
          ShiftPattern,
          { agencyId: this.agencyId, unitId, active: true },
          { orderBy: { startTime: 'asc', code: 'asc' } },
        ),
      () =>
        this.em.find(
          Employee,
          { agencyId: this.agencyId, active: true, position: { unit: unitId } },
          { orderBy: { name: 'asc', id: 'asc' } },
        ),
      () =>
        query<CellRow>(
          this.em,
          `select c.employee_id, c.date::text as date, c.shift_id
             from roster_cell c
             join employee e on e.agency_id = c.agency_id and e.id = c.employee_id and e.active
             join position p on p.agency_id = e.agency_id and p.id = e.position_id and p.unit_id = $2
            where c.agency_id = $1 and c.date between $3::date and $4::date
            order by c.employee_id, c.date`,
          [this.agencyId, unitId, from, to],
        ),
      () =>
        query<{ month: string }>(
          this.em,
          'select max(month) as month from period where agency_id = $1 and closed',
          [this.agencyId],
        ),
    ] as const);
    const cellsOf = new Map<string, RosterCell[]>();
    for (const c of cells) {
      const list = cellsOf.get(c.employee_id) ?? [];
      list.push(toCell(c));
      cellsOf.set(c.employee_id, list);
    }
    const lastClosed = closed[0]?.month ?? null;
    return {
      unit,
      from,
      to,
      patterns,
      rows: people.map((employee) => {
        const list = cellsOf.get(employee.id) ?? [];
        return { employee, cells: list, workingDays: list.filter((c) => !c.dayOff).length };
      }),
      canEdit: mayEditRoster(this.viewer, facts),
      closedBefore: lastClosed ? addDays(`${lastClosed}-01`, 32).slice(0, 7) + '-01' : null,
    };
  }

  /** The viewer's own cells in a range (any unit). */
  async myRoster(from: string, to: string): Promise<RosterCell[]> {
    assertRange(from, to);
    const rows = await query<CellRow>(
      this.em,
      `select employee_id, date::text as date, shift_id from roster_cell
        where agency_id = $1 and employee_id = $2 and date between $3::date and $4::date
        order by date`,
      [this.agencyId, this.viewer.employeeId, from, to],
    );
    return rows.map(toCell);
  }

  // ── shifts ──────────────────────────────────────────────────────────────────────────────────

  async createShiftPattern(input: ShiftPatternInput): Promise<ShiftPattern> {
    await this.assertEditor(input.unitId);
    const fields = this.checkShift(input);
    await this.assertCodeFree(input.unitId, fields.code, null);
    const shift = this.em.create(ShiftPattern, {
      agencyId: this.agencyId,
      unitId: input.unitId,
      ...fields,
    });
    this.audit('roster.createShift', shift.id, { unitId: input.unitId, ...fields });
    await this.em.flush();
    return shift;
  }

  async updateShiftPattern(id: string, input: ShiftPatternInput): Promise<ShiftPattern> {
    const shift = await this.shiftOrThrow(id);
    await this.assertEditor(shift.unitId);
    if (input.unitId !== shift.unitId) throw badInput('roster.unitFixed', {}, { field: 'unitId' });
    const fields = this.checkShift(input);
    await this.assertCodeFree(shift.unitId, fields.code, shift.id);
    const before = {
      code: shift.code,
      name: shift.name,
      startTime: shift.startTime,
      endTime: shift.endTime,
    };
    Object.assign(shift, fields);
    this.audit('roster.updateShift', shift.id, { unitId: shift.unitId, before, after: fields });
    await this.em.flush();
    return shift;
  }

  /** Deactivates a shift used on a roster; deletes it otherwise. */
  async deleteShiftPattern(id: string): Promise<boolean> {
    const shift = await this.shiftOrThrow(id);
    await this.assertEditor(shift.unitId);
    const [used] = await query<{ used: boolean }>(
      this.em,
      'select exists (select 1 from roster_cell where agency_id = $1 and shift_id = $2) as used',
      [this.agencyId, shift.id],
    );
    if (used?.used) shift.active = false;
    else this.em.remove(shift);
    this.audit(used?.used ? 'roster.deactivateShift' : 'roster.deleteShift', shift.id, {
      unitId: shift.unitId,
      code: shift.code,
    });
    await this.em.flush();
    return true;
  }

  private checkShift(input: ShiftPatternInput) {
    const problem = shiftProblem(input);
    if (problem) throw badInput(problem.key, problem.params, { field: problem.field });
    return {
      code: input.code.trim().toUpperCase(),
      name: input.name.trim(),
      startTime: input.start,
      endTime: input.end,
    };
  }

  private async assertCodeFree(unitId: string, code: string, except: string | null) {
    const taken = await this.em.count(ShiftPattern, {
      agencyId: this.agencyId,
      unitId,
      code,
      ...(except ? { id: { $ne: except } } : {}),
    });
    if (taken) throw conflict('roster.codeTaken', { code });
  }

  private async shiftOrThrow(id: string): Promise<ShiftPattern> {
    const shift = isUuid(id)
      ? await this.em.findOne(ShiftPattern, { agencyId: this.agencyId, id })
      : null;
    if (!shift) throw notFound('roster.shiftNotFound');
    return shift;
  }

  // ── cells ───────────────────────────────────────────────────────────────────────────────────

  /** Sets, marks as day off or clears cells of the unit's people, in one transaction. */
  async setRosterCells(unitId: string, cells: readonly RosterCellInput[]): Promise<RosterChange> {
    await this.assertEditor(unitId);
    if (cells.length > MAX_ROSTER_CELLS)
      throw badInput('roster.tooManyCells', { max: MAX_ROSTER_CELLS });
    if (!cells.length) return { saved: 0, cleared: 0 };
    const seen = new Set<string>();
    for (const c of cells) {
      if (c.shiftId && c.dayOff) throw badInput('roster.shiftAndDayOff', { date: c.date });
      const key = `${c.employeeId}|${c.date}`;
      if (seen.has(key)) throw badInput('roster.duplicateCell', { date: c.date });
      seen.add(key);
    }
    const [members, shifts] = await Promise.all([
      this.memberIds(
        unitId,
        cells.map((c) => c.employeeId),
      ),
      this.activeShiftIds(unitId),
    ]);
    for (const c of cells) {
      if (!members.has(c.employeeId))
        throw badInput('roster.notInUnit', {}, { field: 'employeeId' });
      if (c.shiftId && !shifts.has(c.shiftId))
        throw badInput('roster.shiftNotInUnit', {}, { field: 'shiftId' });
    }
    await this.assertOpen(cells.map((c) => c.date));
    const writes = cells
      .filter((c) => c.shiftId || c.dayOff)
      .map((c) => ({ employeeId: c.employeeId, date: c.date, shiftId: c.shiftId ?? null }));
    const clears = cells.filter((c) => !c.shiftId && !c.dayOff);
    return this.em.transactional(async (em) => {
      const cleared = clears.length
        ? await query<{ n: number }>(
            em,
            `with gone as (
               delete from roster_cell c
                using unnest($2::uuid[], $3::date[]) as t(employee_id, date)
                where c.agency_id = $1 and c.employee_id = t.employee_id and c.date = t.date
               returning 1)
             select count(*)::int as n from gone`,
            [this.agencyId, clears.map((c) => c.employeeId), clears.map((c) => c.date)],
          )
        : [{ n: 0 }];
      const saved = await this.write(em, unitId, writes);
      const change = { saved, cleared: cleared[0]?.n ?? 0 };
      this.audit('roster.setCells', null, { unitId, ...change }, em);
      await em.flush();
      return change;
    });
  }

  /** Copies a week (Monday to Sunday) onto another, for everyone of the unit; the target is replaced. */
  async copyRosterWeek(
    unitId: string,
    fromMonday: string,
    toMonday: string,
  ): Promise<RosterChange> {
    await this.assertEditor(unitId);
    for (const [field, date] of [
      ['fromMonday', fromMonday],
      ['toMonday', toMonday],
    ] as const)
      if (!isCalendarDate(date) || isoWeekday(date) !== 1)
        throw badInput('roster.notMonday', { date }, { field });
    if (fromMonday === toMonday) throw badInput('roster.sameWeek', {}, { field: 'toMonday' });
    const toSunday = addDays(toMonday, 6);
    await this.assertOpen([toMonday, toSunday]);
    const offset = daysBetween(fromMonday, toMonday) - 1;
    return this.em.transactional(async (em) => {
      const [row] = await query<{ saved: number; cleared: number }>(
        em,
        `with members as (
           select e.id from employee e
             join position p on p.agency_id = e.agency_id and p.id = e.position_id and p.unit_id = $2
            where e.agency_id = $1 and e.active
         ),
         gone as (
           delete from roster_cell c
            where c.agency_id = $1 and c.employee_id in (select id from members)
              and c.date between $4::date and $4::date + 6
           returning c.employee_id, c.date
         ),
         copied as (
           insert into roster_cell (agency_id, employee_id, date, unit_id, shift_id, updated_by, updated_at)
           select $1, c.employee_id, c.date + $5::int, $2, c.shift_id, $6, now()
             from roster_cell c
             left join shift_pattern s on s.agency_id = c.agency_id and s.id = c.shift_id
            where c.agency_id = $1 and c.employee_id in (select id from members)
              and c.date between $3::date and $3::date + 6
              and (c.shift_id is null or s.active)
           on conflict (agency_id, employee_id, date) do update
              set unit_id = excluded.unit_id, shift_id = excluded.shift_id,
                  updated_by = excluded.updated_by, updated_at = excluded.updated_at
           returning employee_id, date
         )
         select (select count(*) from copied)::int as saved,
                (select count(*) from gone g
                  where not exists (select 1 from copied c
                                     where c.employee_id = g.employee_id and c.date = g.date))::int as cleared`,
        [this.agencyId, unitId, fromMonday, toMonday, offset, this.viewer.employeeId],
      );
      const change = { saved: row?.saved ?? 0, cleared: row?.cleared ?? 0 };
      this.audit('roster.copyWeek', null, { unitId, fromMonday, toMonday, ...change }, em);
      await em.flush();
      return change;
    });
  }

  /**
   * A roster file (columns nip, date, shift): every row checked, then all saved in one transaction,
   * or nothing when any row is wrong (each row reported with its error).
   */
  async importRoster(
    unitId: string,
    file: string,
    format: SpreadsheetFormat,
  ): Promise<RosterImportResult> {
    await this.assertEditor(unitId);
    const sheet = await readSheet(file, format);
    if (!sheet.length) throw badInput('roster.importEmpty');
    if (sheet.length > MAX_IMPORT_ROWS)
      throw badInput('roster.importTooLarge', { max: MAX_IMPORT_ROWS });
    const present = new Set(sheet.flatMap((r) => Object.keys(r.values)));
    const missing = ['nip', 'date', 'shift'].filter((c) => !present.has(c));
    if (missing.length) throw badInput('roster.importHeader', { columns: missing.join(', ') });

    const [members, shifts, closed] = await concurrently(this.em, [
      () =>
        query<{ id: string; nip: string }>(
          this.em,
          `select e.id, e.nip from employee e
             join position p on p.agency_id = e.agency_id and p.id = e.position_id and p.unit_id = $2
            where e.agency_id = $1 and e.active`,
          [this.agencyId, unitId],
        ),
      () =>
        query<{ id: string; code: string }>(
          this.em,
          'select id, code from shift_pattern where agency_id = $1 and unit_id = $2 and active',
          [this.agencyId, unitId],
        ),
      () =>
        query<{ month: string }>(
          this.em,
          'select month from period where agency_id = $1 and closed',
          [this.agencyId],
        ),
    ] as const);
    const idOfNip = new Map(members.map((m) => [m.nip, m.id]));
    const idOfCode = new Map(shifts.map((s) => [s.code, s.id]));
    const closedMonths = new Set(closed.map((c) => c.month));
    const firstLine = new Map<string, number>();
    const writes: CellWrite[] = [];
    const rows: RosterImportRow[] = sheet.map(({ line, values }) => {
      const nip = (values.nip ?? '').replace(/\s/g, '');
      const date = values.date ?? '';
      const code = (values.shift ?? '').trim().toUpperCase();
      const fail = (key: MessageKey, params = {}): RosterImportRow => ({
        row: line,
        nip: nip || null,
        date: isCalendarDate(date) ? date : null,
        code: code || null,
        error: translate(this.locale, key, params),
      });
      const employeeId = idOfNip.get(nip);
      if (!employeeId) return fail('roster.importUnknownNip', { nip });
      if (!isCalendarDate(date)) return fail('roster.importBadDate', { value: date });
      if (closedMonths.has(date.slice(0, 7)))
        return fail('roster.monthClosed', { month: date.slice(0, 7) });
      const dayOff = DAY_OFF_CODES.has(code);
      const shiftId = dayOff ? null : idOfCode.get(code);
      if (shiftId === undefined) return fail('roster.importUnknownCode', { code });
      const key = `${employeeId}|${date}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined) return fail('roster.importDuplicate', { line: earlier });
      firstLine.set(key, line);
      writes.push({ employeeId, date, shiftId });
      return { row: line, nip, date, code, error: null };
    });
    const errors = rows.filter((r) => r.error !== null).length;
    if (errors) return { saved: 0, rows, errors };
    return this.em.transactional(async (em) => {
      const saved = await this.write(em, unitId, writes);
      this.audit('roster.import', null, { unitId, rows: rows.length, saved }, em);
      await em.flush();
      return { saved, rows, errors: 0 };
    });
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────────

  /** Upserts the cells (shift or day off), returning how many were written. */
  private async write(em: EntityManager, unitId: string, cells: readonly CellWrite[]) {
    if (!cells.length) return 0;
    const [row] = await query<{ n: number }>(
      em,
      `with written as (
         insert into roster_cell (agency_id, employee_id, date, unit_id, shift_id, updated_by, updated_at)
         select $1, t.employee_id, t.date, $2, t.shift_id, $3, now()
           from unnest($4::uuid[], $5::date[], $6::uuid[]) as t(employee_id, date, shift_id)
         on conflict (agency_id, employee_id, date) do update
            set unit_id = excluded.unit_id, shift_id = excluded.shift_id,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
         returning 1)
       select count(*)::int as n from written`,
      [
        this.agencyId,
        unitId,
        this.viewer.employeeId,
        cells.map((c) => c.employeeId),
        cells.map((c) => c.date),
        cells.map((c) => c.shiftId),
      ],
    );
    return row?.n ?? 0;
  }

  /** The given ids of active employees whose position is in the unit. */
  private async memberIds(unitId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await query<{ id: string }>(
      this.em,
      `select e.id from employee e
         join position p on p.agency_id = e.agency_id and p.id = e.position_id and p.unit_id = $2
        where e.agency_id = $1 and e.active and e.id = any($3::uuid[])`,
      [this.agencyId, unitId, [...new Set(ids)].filter(isUuid)],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async activeShiftIds(unitId: string): Promise<Set<string>> {
    const rows = await query<{ id: string }>(
      this.em,
      'select id from shift_pattern where agency_id = $1 and unit_id = $2 and active',
      [this.agencyId, unitId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** CONFLICT when any of the dates lies in a closed month. */
  private async assertOpen(dates: readonly string[]): Promise<void> {
    const months = [...new Set(dates.map((d) => d.slice(0, 7)))];
    const [row] = await query<{ month: string }>(
      this.em,
      `select month from period where agency_id = $1 and closed and month = any($2::text[])
        order by month limit 1`,
      [this.agencyId, months],
    );
    if (row) throw conflict('roster.monthClosed', { month: row.month });
  }

  private audit(
    action: string,
    entityId: string | null,
    data: Record<string, unknown>,
    em: EntityManager = this.em,
  ): void {
    new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId).write(
      action,
      entityId ? 'ShiftPattern' : 'RosterCell',
      entityId,
      data,
    );
  }
}

function toCell(c: CellRow): RosterCell {
  return { employeeId: c.employee_id, date: c.date, shiftId: c.shift_id, dayOff: !c.shift_id };
}

function assertRange(from: string, to: string): void {
  if (!isCalendarDate(from) || !isCalendarDate(to))
    throw badInput('calendar.badDate', { value: isCalendarDate(from) ? to : from });
  if (to < from) throw badInput('calendar.rangeReversed');
  if (daysBetween(from, to) > MAX_ROSTER_DAYS)
    throw badInput('roster.rangeTooLong', { days: MAX_ROSTER_DAYS });
}
