/**
 * The executive's department view (product.md, "What the executive sees"): per department and
 * month, from department.sql.ts. Statements: departmentPerformance 1 (its export too);
 * unitPerformance 2 (the unit's existence and scope, then the figures) — whatever the number of
 * departments or people.
 */
import {
  DEFAULT_REPORT_POLICY,
  fromHundredths,
  percentHundredths,
  TPP_BASE_BY_JOB_CLASS,
} from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../common/errors/app-error.js';
import { translate, type Locale, type MessageKey } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import {
  exportedFile,
  type ExportedFile,
  type SpreadsheetFormat,
} from '../../common/spreadsheet/spreadsheet.js';
import { query } from '../../common/sql.js';
import type { OrgUnitKind } from '../organisation/organisation.enums.js';
import { monthStart, performanceScope } from './department.policy.js';
import {
  FIGURES_SQL,
  figuresParams,
  type FigureRow,
  type FiguresResult,
  type GroupRow,
  type PersonRow,
} from './department.sql.js';
import type {
  DepartmentAchievementBand,
  DepartmentFigures,
  DepartmentMonthFigures,
  DepartmentPerformance,
  DepartmentPerson,
  DepartmentRank,
  UnitPerformance,
} from './department.types.js';

/** The policy values of rules.md for an agency with no policy version yet (@kinerja/scoring's). */
export const POLICY_DEFAULTS = {
  ...DEFAULT_REPORT_POLICY,
  tppBases: TPP_BASE_BY_JOB_CLASS,
};

/** The bands of the achievement distribution, in hundredths: [from, to). */
const BANDS: readonly { label: string; from: number; to: number | null }[] = [
  { label: '0–60', from: 0, to: 6000 },
  { label: '60–80', from: 6000, to: 8000 },
  { label: '80–90', from: 8000, to: 9000 },
  { label: '90–100', from: 9000, to: 10000 },
  { label: '100', from: 10000, to: null },
];

const pct = (h: number | null): number | null => (h === null ? null : fromHundredths(h));
const share = (part: number, whole: number): number | null =>
  whole > 0 ? fromHundredths(percentHundredths(part, whole)) : null;

function bands(row: FigureRow | undefined): DepartmentAchievementBand[] {
  const counts = row ? [row.b0, row.b1, row.b2, row.b3, row.b4] : [0, 0, 0, 0, 0];
  return BANDS.map((b, i) => ({
    label: b.label,
    from: fromHundredths(b.from),
    to: b.to === null ? null : fromHundredths(b.to),
    count: counts[i] ?? 0,
  }));
}

/** Competition ranking (1, 2, 2, 4) of the groups with people, best mean achievement first. */
function rank(figures: DepartmentFigures[]): DepartmentRank[] {
  const ranked = figures
    .filter((f): f is DepartmentFigures & { meanAchievement: number } => f.meanAchievement !== null)
    .sort((a, b) => b.meanAchievement - a.meanAchievement || a.name.localeCompare(b.name, 'id'));
  let place = 0;
  return ranked.map((f, i) => {
    if (i === 0 || f.meanAchievement !== ranked[i - 1]!.meanAchievement) place = i + 1;
    f.rank = place;
    return { rank: place, unitId: f.unitId, name: f.name, meanAchievement: f.meanAchievement };
  });
}

export class DepartmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly locale: Locale = 'id',
  ) {}

  /** Every department (a department admin: their unit), with the agency as a whole. One statement. */
  async departments(period: string): Promise<DepartmentPerformance> {
    const from = this.month(period);
    const scope = performanceScope(this.viewer);
    if (scope.kind === 'none') throw forbidden('department.forbidden');
    const agencyWide = scope.kind === 'agency';
    const r = await this.figures(from, agencyWide ? null : scope.unitId, agencyWide, false);
    const all = r.groups.map((g) => r.build(g));
    // The subject (the agency root, or the admin's unit) comes first.
    const departments = agencyWide ? all.slice(1) : all;
    return {
      period,
      fromSnapshot: r.fromSnapshot,
      agency: agencyWide ? (all[0] ?? null) : null,
      departments,
      ranking: rank(departments),
      distribution: all[0]?.distribution ?? bands(undefined),
    };
  }

  /**
   * The departments table as a file: a row per department in the order of the org chart, then the
   * whole agency (agency-wide readers only). Percentages with two decimals, blank without a figure.
   */
  async exportDepartments(period: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    const view = await this.departments(period);
    const t = (key: string) => translate(this.locale, `department.export.${key}` as MessageKey);
    const columns = [
      'rank',
      'code',
      'name',
      'headCount',
      'meetingTargetCount',
      'shareMeetingTarget',
      'meanAchievement',
      'meanDiscipline',
      'pendingEntries',
      'oldestPendingAgeDays',
      'approvedMinutes',
      'workingMinutes',
      'workloadPercent',
      'tppTotal',
      'tppBudget',
      'tppShareOfBudget',
    ];
    const percent = (x: number | null) => (x === null ? '' : x.toFixed(2));
    const row = (f: DepartmentFigures, name: string): (string | number)[] => [
      f.rank ?? '',
      f.code,
      name,
      f.headCount,
      f.meetingTargetCount,
      percent(f.shareMeetingTarget),
      percent(f.meanAchievement),
      percent(f.meanDiscipline),
      f.pendingEntries,
      f.oldestPendingAgeDays ?? '',
      f.approvedMinutes,
      f.workingMinutes,
      percent(f.workloadPercent),
      f.tppTotal,
      f.tppBudget,
      percent(f.tppShareOfBudget),
    ];
    const table = view.departments.map((d) => row(d, d.name));
    if (view.agency) table.push(row(view.agency, `${t('agency')}: ${view.agency.name}`));
    return exportedFile(
      format,
      `kinerja-perangkat-daerah-${period}`,
      t('sheet'),
      columns.map((c) => t(c)),
      table,
    );
  }

  /** Drill-down into a unit: the unit, each child unit, and its own people. Two statements. */
  async unit(period: string, unitId: string): Promise<UnitPerformance> {
    const from = this.month(period);
    const scope = performanceScope(this.viewer);
    if (scope.kind === 'none') throw forbidden('department.forbidden');
    if (!isUuid(unitId)) throw notFound('organisation.unitNotFound');
    const [found] = await query<{ within: boolean }>(
      this.em,
      `with recursive up(id, parent_id) as (
         select u.id, u.parent_id from org_unit u where u.agency_id = $1 and u.id = $2
         union all
         select o.id, o.parent_id from up join org_unit o on o.agency_id = $1 and o.id = up.parent_id
       ) cycle id set is_cycle using path
       select $3::uuid is null or exists (select 1 from up where id = $3::uuid) as within
         from org_unit u where u.agency_id = $1 and u.id = $2`,
      [this.viewer.agencyId, unitId, scope.kind === 'unit' ? scope.unitId : null],
    );
    if (!found) throw notFound('organisation.unitNotFound');
    if (!found.within) throw forbidden('department.outsideScope');

    const r = await this.figures(from, unitId, true, true);
    const all = r.groups.map((g) => r.build(g));
    const index = r.groups.findIndex((g) => g.subject);
    const unit = all[index];
    if (!unit) throw notFound('organisation.unitNotFound');
    const children = all.filter((_, i) => i !== index);
    return {
      period,
      fromSnapshot: r.fromSnapshot,
      unit,
      children,
      ranking: rank(children),
      people: r.people.map((p: PersonRow): DepartmentPerson => ({
        employeeId: p.employeeId,
        name: p.name,
        nip: p.nip,
        positionName: p.positionName,
        achievement: fromHundredths(p.achievement),
        discipline: fromHundredths(p.discipline),
        meetsTarget: p.meetsTarget,
        pendingEntries: p.pending,
        targetMinutes: p.targetMinutes,
        countedMinutes: p.countedMinutes,
        tppTotal: p.tppTotal,
      })),
    };
  }

  private month(period: string): string {
    const from = monthStart(period);
    if (!from) throw badInput('department.badPeriod', { value: period });
    return from;
  }

  /** Runs the statement and shapes its rows: groups in org-chart order, figures per month. */
  private async figures(from: string, subject: string | null, children: boolean, people: boolean) {
    const [row] = await query<FiguresResult>(
      this.em,
      FIGURES_SQL,
      figuresParams({
        agencyId: this.viewer.agencyId,
        monthStart: from,
        today: this.today,
        timeZone: this.viewer.timeZone,
        subject,
        children,
        people: people ? 'DIRECT' : 'NONE',
        policyDefaults: POLICY_DEFAULTS,
      }),
    );
    const months = row?.months ?? [];
    const selectedMonth = from.slice(0, 7);
    const groups: GroupRow[] = (row?.groups ?? []).sort(
      (a, b) =>
        Number(b.subject) - Number(a.subject) ||
        a.sortOrder - b.sortOrder ||
        a.code.localeCompare(b.code),
    );
    const byGroup = new Map<string, Map<string, FigureRow>>();
    for (const f of row?.figures ?? []) {
      const m = byGroup.get(f.group_id) ?? new Map<string, FigureRow>();
      m.set(f.month, f);
      byGroup.set(f.group_id, m);
    }
    const build = (g: GroupRow): DepartmentFigures => {
      const f = byGroup.get(g.unitId)?.get(selectedMonth);
      const head = f?.head ?? 0;
      const tpp = Number(f?.tpp ?? 0);
      const budget = Number(f?.budget ?? 0);
      const approved = Number(f?.approved ?? 0);
      const working = Number(f?.wmin ?? 0);
      const trend: DepartmentMonthFigures[] = months.map((m) => {
        const x = byGroup.get(g.unitId)?.get(m.month);
        return {
          month: m.month,
          fromSnapshot: m.snapshot,
          headCount: x?.head ?? 0,
          shareMeetingTarget: x ? share(x.meeting, x.head) : null,
          meanAchievement: pct(x?.ach ?? null),
          meanDiscipline: pct(x?.disc ?? null),
          tppTotal: Number(x?.tpp ?? 0),
        };
      });
      return {
        unitId: g.unitId,
        code: g.code,
        name: g.name,
        kind: g.kind as OrgUnitKind,
        headCount: head,
        meetingTargetCount: f?.meeting ?? 0,
        shareMeetingTarget: share(f?.meeting ?? 0, head),
        meanAchievement: pct(f?.ach ?? null),
        meanDiscipline: pct(f?.disc ?? null),
        pendingEntries: f?.pending ?? 0,
        oldestPendingAgeDays: f?.oldest_age ?? null,
        tppTotal: tpp,
        tppBudget: budget,
        tppShareOfBudget: share(tpp, budget),
        approvedMinutes: approved,
        workingMinutes: working,
        workloadPercent: share(approved, working),
        rank: null,
        distribution: bands(f),
        trend,
      };
    };
    return {
      groups,
      build,
      people: row?.people ?? [],
      fromSnapshot: months.find((m) => m.month === selectedMonth)?.snapshot ?? false,
    };
  }
}
