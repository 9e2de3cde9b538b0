/**
 * Keeping the work calendar: work patterns and their days, a unit's pattern, special periods and
 * holidays (one by one or imported from CSV). Every change runs in one transaction, is audited, and
 * is refused (FORBIDDEN) outside the viewer's scope; an id of another agency is NOT_FOUND.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  type AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
} from '../../common/errors/app-error.js';
import { isCalendarDate } from '../../common/dates.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import type { Access } from '../organisation/access.js';
import type { OrganisationService } from '../organisation/organisation.service.js';
import type { OrgUnit } from '../organisation/org-unit.entity.js';
import { SpecialPeriod, WorkPattern } from './calendar.entities.js';
import type { HolidayInput, SpecialPeriodInput, WorkPatternInput } from './calendar.inputs.js';
import { mayEditCalendar, patternDaysProblem } from './calendar.policy.js';
import type { Holiday } from './calendar.types.js';
import { HolidayImport, type HolidayImportReport } from './holiday-import.js';

export class CalendarAdmin {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly access: Access,
    private readonly organisation: OrganisationService,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  private assertEditor(): void {
    if (!mayEditCalendar(this.viewer)) throw forbidden();
  }

  async pattern(id: string, em = this.em): Promise<WorkPattern> {
    const pattern = isUuid(id)
      ? await em.findOne(WorkPattern, { agencyId: this.agencyId, id })
      : null;
    if (!pattern) throw notFound('calendar.patternNotFound');
    return pattern;
  }

  // ── work patterns ────────────────────────────────────────────────────────────────────────
  async createPattern(input: WorkPatternInput): Promise<WorkPattern> {
    this.assertEditor();
    return this.em.transactional(async (em) => {
      const pattern = em.create(WorkPattern, {
        agencyId: this.agencyId,
        code: input.code,
        name: input.name.trim(),
      });
      await this.savePattern(em, pattern, input);
      this.audit(em).write('workPattern.create', 'WorkPattern', pattern.id, { ...input });
      await em.flush();
      return pattern;
    });
  }

  async updatePattern(id: string, input: WorkPatternInput): Promise<WorkPattern> {
    this.assertEditor();
    return this.em.transactional(async (em) => {
      const pattern = await this.pattern(id, em);
      if (pattern.isDefault && input.isDefault === false)
        throw badInput('calendar.defaultRequired');
      em.assign(pattern, { code: input.code, name: input.name.trim() });
      await this.savePattern(em, pattern, input);
      this.audit(em).write('workPattern.update', 'WorkPattern', pattern.id, { ...input });
      await em.flush();
      return pattern;
    });
  }

  /** Validates the days, moves the default flag when asked, flushes, and replaces the days. */
  private async savePattern(em: EntityManager, pattern: WorkPattern, input: WorkPatternInput) {
    const problem = patternDaysProblem(input.days);
    if (problem) throw badInput(problem.key, problem.params, { field: 'days' });
    if (input.isDefault && !pattern.isDefault) {
      await query(
        em,
        `update work_pattern set is_default = false, updated_at = now()
          where agency_id = $1 and is_default and id <> $2`,
        [this.agencyId, pattern.id],
      );
      pattern.isDefault = true;
    }
    await flushOr(em, () => conflict('calendar.patternCodeTaken', { code: input.code }));
    const d = input.days;
    await query(em, `delete from work_pattern_day where agency_id = $1 and pattern_id = $2`, [
      this.agencyId,
      pattern.id,
    ]);
    await query(
      em,
      `insert into work_pattern_day (agency_id, pattern_id, weekday, start_time, end_time, break_minutes)
       select $1, $2, x.weekday, x.start_time, x.end_time, x.break_minutes
         from unnest($3::smallint[], $4::time[], $5::time[], $6::int[]) as x(weekday, start_time, end_time, break_minutes)`,
      [
        this.agencyId,
        pattern.id,
        d.map((x) => x.weekday),
        d.map((x) => x.start),
        d.map((x) => x.end),
        d.map((x) => x.breakMinutes ?? 0),
      ],
    );
  }

  async deletePattern(id: string): Promise<boolean> {
    this.assertEditor();
    return this.em.transactional(async (em) => {
      const pattern = await this.pattern(id, em);
      if (pattern.isDefault) throw conflict('calendar.patternIsDefault');
      const [use] = await query<{ units: number; periods: number }>(
        em,
        `select (select count(*)::int from org_unit where agency_id = $1 and work_pattern_id = $2) as units,
                (select count(*)::int from special_period
                  where agency_id = $1 and (pattern_id = $2 or base_pattern_id = $2)) as periods`,
        [this.agencyId, pattern.id],
      );
      if (use && (use.units || use.periods))
        throw conflict('calendar.patternInUse', { units: use.units, periods: use.periods });
      this.audit(em).write('workPattern.delete', 'WorkPattern', pattern.id, { code: pattern.code });
      em.remove(pattern);
      await em.flush();
      return true;
    });
  }

  /** Sets (or, with null, clears: the unit inherits again) a unit's own work pattern. */
  async setUnitPattern(unitId: string, patternId: string | null): Promise<OrgUnit> {
    return this.em.transactional(async (em) => {
      const unit = await this.organisation.unit(unitId, em);
      await this.access.assertAdministers(unit.id);
      const pattern = patternId ? await this.pattern(patternId, em) : null;
      await query(
        em,
        `update org_unit set work_pattern_id = $3, updated_at = now() where agency_id = $1 and id = $2`,
        [this.agencyId, unit.id, pattern?.id ?? null],
      );
      this.audit(em).write('orgUnit.setWorkPattern', 'OrgUnit', unit.id, {
        patternId: pattern?.id ?? null,
      });
      await em.flush();
      return unit;
    });
  }

  // ── special periods ──────────────────────────────────────────────────────────────────────
  async createSpecialPeriod(input: SpecialPeriodInput): Promise<SpecialPeriod> {
    this.assertEditor();
    if (input.endDate < input.startDate) throw badInput('calendar.rangeReversed');
    return this.em.transactional(async (em) => {
      const pattern = await this.pattern(input.patternId, em);
      const base = input.basePatternId ? await this.pattern(input.basePatternId, em) : null;
      if (base?.id === pattern.id) throw badInput('calendar.samePattern');
      const period = em.create(SpecialPeriod, {
        agencyId: this.agencyId,
        name: input.name.trim(),
        startDate: input.startDate,
        endDate: input.endDate,
        basePattern: base,
        pattern,
      });
      this.audit(em).write('specialPeriod.create', 'SpecialPeriod', period.id, { ...input });
      await em.flush();
      return period;
    });
  }

  async deleteSpecialPeriod(id: string): Promise<boolean> {
    this.assertEditor();
    return this.em.transactional(async (em) => {
      const period = isUuid(id)
        ? await em.findOne(SpecialPeriod, { agencyId: this.agencyId, id })
        : null;
      if (!period) throw notFound('calendar.specialPeriodNotFound');
      this.audit(em).write('specialPeriod.delete', 'SpecialPeriod', period.id, {
        name: period.name,
        startDate: period.startDate,
        endDate: period.endDate,
      });
      em.remove(period);
      await em.flush();
      return true;
    });
  }

  // ── holidays ─────────────────────────────────────────────────────────────────────────────
  async createHoliday(input: HolidayInput): Promise<Holiday> {
    this.assertEditor();
    if (!isCalendarDate(input.date)) throw badInput('calendar.badDate', { value: input.date });
    return this.em.transactional(async (em) => {
      const rows = await query<Holiday>(
        em,
        `insert into holiday (agency_id, date, name, kind) values ($1, $2::date, $3, $4::holiday_kind)
         on conflict (agency_id, date) do nothing
         returning to_char(date, 'YYYY-MM-DD') as date, name, kind`,
        [this.agencyId, input.date, input.name.trim(), input.kind],
      );
      const holiday = rows[0];
      if (!holiday) throw conflict('calendar.holidayTaken', { date: input.date });
      this.audit(em).write('holiday.create', 'Holiday', null, { ...input });
      await em.flush();
      return holiday;
    });
  }

  async deleteHoliday(date: string): Promise<boolean> {
    this.assertEditor();
    return this.em.transactional(async (em) => {
      const rows = await query<{ name: string }>(
        em,
        `delete from holiday where agency_id = $1 and date = $2::date returning name`,
        [this.agencyId, date],
      );
      if (!rows.length) throw notFound('calendar.holidayNotFound', { date });
      this.audit(em).write('holiday.delete', 'Holiday', null, { date, name: rows[0]!.name });
      await em.flush();
      return true;
    });
  }

  /** Upserts holidays by date from CSV (date,name,kind); any rejected row saves nothing. */
  async importHolidays(csv: string): Promise<HolidayImportReport> {
    this.assertEditor();
    const checked = new HolidayImport().check(csv);
    if (checked.rejected.length) return { created: 0, updated: 0, rejected: checked.rejected };
    const rows = checked.accepted;
    return this.em.transactional(async (em) => {
      const result = await query<{ inserted: boolean }>(
        em,
        `insert into holiday (agency_id, date, name, kind)
         select $1, x.date, x.name, x.kind::holiday_kind
           from unnest($2::date[], $3::text[], $4::text[]) as x(date, name, kind)
         on conflict (agency_id, date) do update set name = excluded.name, kind = excluded.kind
         returning (xmax = 0) as inserted`,
        [this.agencyId, rows.map((r) => r.date), rows.map((r) => r.name), rows.map((r) => r.kind)],
      );
      const created = result.filter((r) => r.inserted).length;
      this.audit(em).write('holiday.import', 'Holiday', null, {
        created,
        updated: rows.length - created,
        from: rows[0]?.date,
        to: rows.at(-1)?.date,
      });
      await em.flush();
      return { created, updated: rows.length - created, rejected: [] };
    });
  }
}

/** Flushes; a unique violation becomes the given CONFLICT error. */
async function flushOr(em: EntityManager, error: () => AppError): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw error();
    throw e;
  }
}
