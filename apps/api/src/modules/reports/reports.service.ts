/**
 * Reading report cards: one person's month, a team's month, and the TPP recap (with its CSV/XLSX
 * download). An open month is computed live (ReportFacts); a closed month is read from its
 * snapshots, so later changes of the policy, the calendar or the records do not alter it.
 *
 * Who may read: a report card follows organisation.policy.ts's mayReadPrivate (self, anyone above,
 * admins in scope, executives); a team the same per person, through Access in one batched
 * statement; the recap reports.policy.ts. Every read is a constant number of statements, whatever
 * the number of people (reports.int.test.ts counts them).
 */
import { type BehaviourValue } from '../reviews/reviews.enums.js';
import { fromHundredths } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale, type MessageKey } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import {
  exportedFile,
  type ExportedFile,
  type SpreadsheetFormat,
} from '../../common/spreadsheet/spreadsheet.js';
import type { Loaders } from '../../loaders.js';
import { monthRange } from '../calendar/calendar.service.js';
import type { Access } from '../organisation/access.js';
import type { Hierarchy } from '../organisation/hierarchy.js';
import { Role } from '../organisation/organisation.enums.js';
import { isClosed } from '../periods/periods.service.js';
import { explain } from './report-explanation.js';
import { employedInMonth, ReportFacts, type ComputedReport } from './report-facts.js';
import { mayReadTppRecap } from './reports.policy.js';
import type {
  MonthlyReport,
  Predicate,
  TeamReport,
  TppRecap,
  TppRecapRow,
  TppRecapTotal,
  WorkRating,
} from './reports.types.js';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
/** People whose facts and full report cards are held in memory at once (see reportsOf). */
export const REPORT_CHUNK = 2_000;

/** A computed report, and whether it comes from a closed month's snapshot. */
interface Stamped {
  report: ComputedReport;
  frozen: boolean;
  computedAt: Date;
}

function assertPeriod(period: string): void {
  if (!PERIOD.test(period))
    throw badInput('reports.badPeriod', { value: period }, { field: 'period' });
}

export class ReportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly loaders: Loaders,
    private readonly access: Access,
    private readonly hierarchy: Hierarchy,
    private readonly locale: Locale,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /** One employee's report card for the month. */
  async monthly(employeeId: string, period: string): Promise<MonthlyReport> {
    assertPeriod(period);
    if (!isUuid(employeeId) || !(await this.loaders.employee.load(employeeId)))
      throw notFound('organisation.employeeNotFound');
    await this.access.assertMayReadPrivate(employeeId);
    const closed = await isClosed(this.em, this.agencyId, period);
    const [view] = await this.reportsOf([employeeId], period, closed, (s) => this.view(s));
    if (!view) throw notFound('organisation.employeeNotFound');
    return view;
  }

  /**
   * The month of everyone in the unit (and below) whom the caller may read: a supervisor's
   * subtree, an admin's scope, everyone for executives. FORBIDDEN when that is nobody but the
   * caller while the unit has others.
   */
  async team(period: string, unitId: string): Promise<TeamReport> {
    assertPeriod(period);
    await this.assertUnit(unitId);
    const closed = await isClosed(this.em, this.agencyId, period);
    const ids = await this.members(period, unitId, closed);
    let readable = ids;
    if (!isAgencyWide(this.viewer)) {
      const allowed = await Promise.all(ids.map((id) => this.access.mayReadPrivate(id)));
      readable = ids.filter((_, i) => allowed[i]);
    }
    const self = this.viewer.employeeId;
    if (ids.some((id) => id !== self) && !readable.some((id) => id !== self))
      throw forbidden('reports.teamForbidden');
    return {
      period,
      unitId,
      frozen: closed,
      rows: await this.reportsOf(readable, period, closed, ({ report: { subject, card } }) => ({
        employeeId: subject.employeeId,
        name: subject.name,
        nip: subject.nip,
        unitId: subject.unitId,
        unitName: subject.unitName,
        achievement: fromHundredths(card.achievement),
        discipline: fromHundredths(card.discipline.discipline),
        predicate: card.predicate as Predicate,
        tppTotal: card.tpp.total,
        iki: card.iki === null ? null : fromHundredths(card.iki),
        behaviour: card.behaviour === null ? null : fromHundredths(card.behaviour),
        peerPercentile: card.peerPercentile,
      })),
    };
  }

  /**
   * The month's report cards of `ids` (in that order, unknown ids left out), whom the caller has
   * been checked to read: from the snapshots of a closed month, else live. For lists built
   * elsewhere (a level of the team tree, team-members.service.ts).
   */
  async cardsOf(
    ids: readonly string[],
    period: string,
  ): Promise<{ employeeId: string; card: ComputedReport['card']; frozen: boolean }[]> {
    assertPeriod(period);
    const closed = await isClosed(this.em, this.agencyId, period);
    return this.reportsOf(ids, period, closed, ({ report, frozen }) => ({
      employeeId: report.subject.employeeId,
      card: report.card,
      frozen,
    }));
  }

  /**
   * The TPP recap of the unit (and below), or of the caller's whole scope when no unit is given:
   * the agency for agency admins and executives, their department for a department admin.
   */
  async recap(period: string, unitId: string | null): Promise<TppRecap> {
    assertPeriod(period);
    const scopeUnit = await this.recapScope(unitId);
    const closed = await isClosed(this.em, this.agencyId, period);
    const ids = await this.members(period, scopeUnit, closed);
    const rows: TppRecapRow[] = await this.reportsOf(
      ids,
      period,
      closed,
      ({ report: { subject, card } }) => ({
        employeeId: subject.employeeId,
        nip: subject.nip,
        name: subject.name,
        positionName: subject.positionName,
        jobClass: subject.jobClass,
        unitId: subject.unitId,
        unitName: subject.unitName,
        base: card.tpp.base,
        proratedBase: card.tpp.proratedBase,
        achievement: fromHundredths(card.achievement),
        discipline: fromHundredths(card.discipline.discipline),
        performancePart: card.tpp.performancePart,
        disciplinePart: card.tpp.disciplinePart,
        otherCuts: card.tpp.otherCuts,
        total: card.tpp.total,
      }),
    );
    const byUnit = new Map<string, TppRecapRow[]>();
    for (const row of rows) {
      const key = row.unitId ?? '';
      const list = byUnit.get(key);
      if (list) list.push(row);
      else byUnit.set(key, [row]);
    }
    const units = [...byUnit.values()]
      .map((list) => sum(list, list[0]!.unitId, list[0]!.unitName))
      .sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '', 'id'));
    return { period, frozen: closed, rows, units, total: sum(rows, null, null) };
  }

  /** The recap as a file: a row per employee (by unit, then name), each unit's sum, the total. */
  async exportRecap(
    period: string,
    unitId: string | null,
    format: SpreadsheetFormat,
  ): Promise<ExportedFile> {
    const recap = await this.recap(period, unitId);
    const t = (key: string, params: Record<string, string> = {}) =>
      translate(this.locale, `reports.recap.${key}` as MessageKey, params);
    const columns = [
      'nip',
      'name',
      'position',
      'jobClass',
      'unit',
      'base',
      'proratedBase',
      'achievement',
      'discipline',
      'performancePart',
      'disciplinePart',
      'otherCuts',
      'total',
    ].map((c) => t(c));
    const money = (x: TppRecapRow | TppRecapTotal) => [x.base, x.proratedBase];
    const parts = (x: TppRecapRow | TppRecapTotal) => [
      x.performancePart,
      x.disciplinePart,
      x.otherCuts,
      x.total,
    ];
    const table: (string | number)[][] = [];
    for (const unit of recap.units) {
      const unitName = unit.unitName ?? t('noUnit');
      for (const r of recap.rows.filter((row) => row.unitId === unit.unitId)) {
        table.push([
          r.nip,
          r.name,
          r.positionName ?? '',
          r.jobClass ?? '',
          unitName,
          ...money(r),
          r.achievement.toFixed(2),
          r.discipline.toFixed(2),
          ...parts(r),
        ]);
      }
      table.push([
        '',
        t('unitTotal', { unit: unitName }),
        '',
        '',
        unitName,
        ...money(unit),
        '',
        '',
        ...parts(unit),
      ]);
    }
    table.push([
      '',
      t('grandTotal'),
      '',
      '',
      '',
      ...money(recap.total),
      '',
      '',
      ...parts(recap.total),
    ]);
    return exportedFile(format, `rekap-tpp-${period}`, t('sheet'), columns, table);
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  private async assertUnit(unitId: string): Promise<void> {
    if (!isUuid(unitId) || !(await this.loaders.unit.load(unitId)))
      throw notFound('organisation.unitNotFound');
  }

  /** The unit a recap covers (null: the whole agency), after checking the caller's scope. */
  private async recapScope(unitId: string | null): Promise<string | null> {
    const v = this.viewer;
    const departmentAdmin = v.roles.has(Role.DEPARTMENT_ADMIN) ? v.adminUnitId : null;
    if (unitId === null) {
      if (isAgencyWide(v)) return null;
      if (!departmentAdmin) throw forbidden('reports.recapOutsideScope');
      return departmentAdmin;
    }
    await this.assertUnit(unitId);
    const inScope = departmentAdmin
      ? await this.hierarchy.unitWithin(unitId, departmentAdmin)
      : false;
    if (!mayReadTppRecap(v, inScope)) throw forbidden('reports.recapOutsideScope');
    return unitId;
  }

  /**
   * The employees of the unit's subtree (the whole agency for null) in the month, by name: those
   * employed in it while it is open, those with a snapshot once it is closed (one statement).
   */
  private async members(period: string, unitId: string | null, closed: boolean): Promise<string[]> {
    const { from, to } = monthRange(period);
    const units = `with recursive units(id) as (
         select $2::uuid where $2::uuid is not null
         union
         select o.id from units u join org_unit o on o.agency_id = $1 and o.parent_id = u.id
       )`;
    const rows = closed
      ? await query<{ id: string }>(
          this.em,
          `${units}
           select s.employee_id as id
             from report_snapshot s
            where s.agency_id = $1 and s.month = $3
              and ($2::uuid is null or s.unit_id in (select id from units))
            order by s.data -> 'subject' ->> 'name', s.employee_id`,
          [this.agencyId, unitId, period],
        )
      : await query<{ id: string }>(
          this.em,
          `${units}
           select e.id
             from employee e
             left join position p on p.agency_id = e.agency_id and p.id = e.position_id
            where e.agency_id = $1 and ${employedInMonth('$3', '$4')}
              and ($2::uuid is null or p.unit_id in (select id from units))
            order by e.name, e.id`,
          [this.agencyId, unitId, from, to],
        );
    return rows.map((r) => r.id);
  }

  /**
   * The reports of the employees in the order given: from the snapshots of a closed month (live
   * for anyone the closing did not cover), computed live for an open one.
   */
  /**
   * The reports of `ids` (in that order, unknown ids left out), each reduced by `project` as soon
   * as its chunk is computed: at most REPORT_CHUNK people's facts and full cards are in memory at
   * once, so a province's recap stays within a bounded heap.
   */
  private async reportsOf<T>(
    ids: readonly string[],
    period: string,
    closed: boolean,
    project: (stamped: Stamped) => T,
  ): Promise<T[]> {
    const out: T[] = [];
    const facts = new ReportFacts(this.em, this.agencyId, this.viewer.timeZone, this.today);
    for (let i = 0; i < ids.length; i += REPORT_CHUNK) {
      const chunk = ids.slice(i, i + REPORT_CHUNK);
      const stamped = new Map<string, Stamped>();
      if (closed) {
        const rows = await query<{ employee_id: string; data: ComputedReport; computed_at: Date }>(
          this.em,
          `select employee_id, data, computed_at from report_snapshot
            where agency_id = $1 and month = $2 and employee_id = any($3::uuid[])`,
          [this.agencyId, period, chunk],
        );
        for (const r of rows)
          stamped.set(r.employee_id, {
            report: r.data,
            frozen: true,
            computedAt: new Date(r.computed_at),
          });
      }
      const missing = chunk.filter((id) => !stamped.has(id));
      if (missing.length) {
        const computedAt = this.now();
        for (const report of await facts.load(missing, period))
          stamped.set(report.subject.employeeId, { report, frozen: false, computedAt });
      }
      for (const id of chunk) {
        const found = stamped.get(id);
        if (found) out.push(project(found));
      }
    }
    return out;
  }

  private view({ report, frozen, computedAt }: Stamped): MonthlyReport {
    const { card, subject } = report;
    const causes = new Map<string, number>();
    const explanation = explain(report, this.locale);
    const cutLines = explanation.filter((line) => line.key.startsWith('tpp.cut.'));
    return {
      employeeId: subject.employeeId,
      name: subject.name,
      unitName: subject.unitName,
      period: card.period,
      approvedMainMinutes: card.approvedMainMinutes,
      approvedAdditionalMinutes: card.approvedAdditionalMinutes,
      countedAdditionalMinutes: card.countedAdditionalMinutes,
      targetMinutes: card.targetMinutes,
      excusedMinutes: card.excusedMinutes,
      minutesAboveDailyCap: card.minutesAboveDailyCap,
      achievement: fromHundredths(card.achievement),
      discipline: fromHundredths(card.discipline.discipline),
      deductions: card.discipline.deductions.map((d) => {
        const nth = causes.get(d.date) ?? 0;
        causes.set(d.date, nth + 1);
        const cause = report.causes[d.date]?.[nth];
        return {
          date: d.date,
          code: d.code,
          percent: fromHundredths(d.percent),
          cause: cause ? translate(this.locale, cause.key, cause.params) : d.cause,
        };
      }),
      daysUnderMinimum: card.daysUnderMinimum,
      iki: card.iki === null ? null : fromHundredths(card.iki),
      skp: card.skp === null ? null : fromHundredths(card.skp),
      behaviour: card.behaviour === null ? null : fromHundredths(card.behaviour),
      peerPercentile: card.peerPercentile,
      behaviourValues: (report.behaviourValues ?? []).map((v) => ({
        value: v.value as BehaviourValue,
        score: fromHundredths(v.score),
      })),
      negativeActivities: card.negativeActivities,
      workResultRating: card.workResultRating as WorkRating,
      behaviourRating: card.behaviourRating as WorkRating,
      predicate: card.predicate as Predicate,
      tpp: {
        base: card.tpp.base,
        proratedBase: card.tpp.proratedBase,
        performancePart: card.tpp.performancePart,
        disciplinePart: card.tpp.disciplinePart,
        otherCuts: card.tpp.otherCuts,
        cuts: card.tpp.otherCutLines.map((c, i) => ({
          key: cutLines[i]?.key ?? '',
          cause: cutLines[i]?.text ?? c.cause,
          percent: fromHundredths(c.percent),
          amount: c.amount,
        })),
        total: card.tpp.total,
      },
      explanation,
      frozen,
      computedAt,
    };
  }
}

function sum(
  rows: readonly TppRecapRow[],
  unitId: string | null,
  unitName: string | null,
): TppRecapTotal {
  const total = (f: (r: TppRecapRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    unitId,
    unitName,
    employees: rows.length,
    base: total((r) => r.base),
    proratedBase: total((r) => r.proratedBase),
    performancePart: total((r) => r.performancePart),
    disciplinePart: total((r) => r.disciplinePart),
    otherCuts: total((r) => r.otherCuts),
    total: total((r) => r.total),
  };
}
