/**
 * Monthly IKI (rules.md, "IKI, SKP and the rating"): the employee reports the realisation of every
 * indicator of their approved plan with evidence, by the policy's due date (late reports are
 * accepted and marked until the month is closed, then refused: periods/monthly-tasks.ts); their
 * supervisor (or who decides in their stead, decision.sql.ts) approves it, which fixes the scores
 * (@kinerja/scoring), or returns it. Also what waits for a supervisor's decision.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ikiScore,
  indicatorScore,
  meanScore,
  observationRealisation,
  skpScore,
  type IndicatorKind as ScoringKind,
} from '@kinerja/scoring';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, refuse } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import type { DecisionSource } from '../activities/activities.enums.js';
import { AuditLog } from '../audit/audit.service.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { assertEvidenceUsable } from '../evidence/evidence.service.js';
import type { Employee } from '../organisation/employee.entity.js';
import { firstClosedMonth } from '../periods/closed-months.js';
import { assertMonthlyTaskOpen, monthlyTaskWindow } from '../periods/monthly-tasks.js';
import { assertMonth } from '../periods/months.js';
import { withCandidates } from '../verification/decision.sql.js';
import { ikiScores } from './iki.reader.js';
import {
  IkiRealisation,
  IkiReport,
  Indicator,
  PerformancePlan,
  PlannedResult,
} from './plans.entities.js';
import { IkiReportStatus, PendingKind, PlanDecision, PlanStatus } from './plans.enums.js';
import type { IkiRealisationInput } from './plans.inputs.js';
import { mayResubmitIki, noteRequired } from './plans.policy.js';
import { LIMITS, realisationProblem } from './plans.rules.js';
import { classify, type PlansService } from './plans.service.js';
import type { IkiLine, IkiReportView, PendingDecisions } from './plans.types.js';

type Cursor = [submittedAt: string, id: string];
const isCursor = (v: unknown): v is Cursor =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  isUuid(v[1]);

export class IkiService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly loaders: Loaders,
    private readonly plans: PlansService,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  /** A month's IKI of an employee (default: the viewer): the report, or the indicators to fill. */
  async report(employeeId: string | null | undefined, period: string): Promise<IkiReportView> {
    assertMonth(period);
    const id = employeeId ?? this.viewer.employeeId;
    await this.plans.assertReadable(id);
    const year = Number(period.slice(0, 4));
    const [window, plan, report, employee, scores] = await Promise.all([
      monthlyTaskWindow(this.em, this.agencyId, period, this.today),
      this.em.findOne(PerformancePlan, { agencyId: this.agencyId, employeeId: id, year }),
      this.em.findOne(IkiReport, { agencyId: this.agencyId, employeeId: id, month: period }),
      this.loaders.employee.load(id),
      ikiScores(this.em, this.agencyId, [id], period),
    ]);
    const lines = plan ? await this.lines(plan.id, report?.id ?? null) : [];
    const skp = scores.get(id)?.skpScore ?? null;
    const lineScores = lines.map((l) => l.score);
    const computed =
      report?.scoreHundredths ??
      (report && lines.length && lineScores.every((x) => x !== null)
        ? meanScore(lineScores.map((x) => Math.round(x! * 100)))
        : null);
    return {
      period,
      employee: employee as Employee,
      plan,
      report,
      status: report?.status ?? null,
      dueDate: window.dueDate,
      closed: window.closed,
      late: report ? report.late : window.late,
      canSubmit:
        id === this.viewer.employeeId &&
        plan?.status === PlanStatus.APPROVED &&
        !window.closed &&
        window.started &&
        (!report || mayResubmitIki(report.status)),
      lines,
      score: report?.score ?? null,
      computedScore: computed === null ? null : computed / 100,
      skpScore: skp === null ? null : skp / 100,
    };
  }

  /** The plan's indicators in order, with the report's realisations and their evidence. */
  private async lines(planId: string, reportId: string | null): Promise<IkiLine[]> {
    const results = await this.em.find(
      PlannedResult,
      { agencyId: this.agencyId, planId },
      { orderBy: { sortOrder: 'asc', id: 'asc' } },
    );
    if (!results.length) return [];
    const [indicators, realisations] = await Promise.all([
      this.em.find(
        Indicator,
        { agencyId: this.agencyId, resultId: { $in: results.map((r) => r.id) } },
        { orderBy: { sortOrder: 'asc', id: 'asc' } },
      ),
      reportId ? this.em.find(IkiRealisation, { agencyId: this.agencyId, reportId }) : [],
    ]);
    const evidence = new Map<string, Evidence[]>();
    if (realisations.length) {
      const links = await query<EntityDictionary<Evidence> & { link_id: string }>(
        this.em,
        `select l.realisation_id as link_id, ev.*
           from iki_realisation_evidence l
           join evidence ev on ev.agency_id = l.agency_id and ev.id = l.evidence_id
          where l.agency_id = $1 and l.realisation_id = any($2::uuid[])
          order by ev.created_at, ev.id`,
        [this.agencyId, realisations.map((r) => r.id)],
      );
      for (const { link_id: linkId, ...row } of links) {
        const list = evidence.get(linkId) ?? [];
        list.push(this.em.map(Evidence, row));
        evidence.set(linkId, list);
      }
    }
    const realisationOf = new Map(realisations.map((r) => [r.indicatorId, r]));
    return results.flatMap((result) =>
      indicators
        .filter((i) => i.resultId === result.id)
        .map((indicator) => {
          const realisation = realisationOf.get(indicator.id) ?? null;
          const score = realisation
            ? (realisation.scoreHundredths ??
              indicatorScore(
                indicator.kind as ScoringKind,
                realisation.realisation,
                indicator.target,
              ))
            : null;
          return {
            indicator,
            result,
            realisation,
            evidence: realisation ? (evidence.get(realisation.id) ?? []) : [],
            score: score === null ? null : score / 100,
          };
        }),
    );
  }

  /**
   * The viewer sends (or sends again, while not approved) a month's report: every indicator of
   * their approved plan of that year exactly once. Late after the due date; refused once closed.
   */
  async submit(
    period: string,
    realisations: readonly IkiRealisationInput[],
  ): Promise<IkiReportView> {
    assertMonth(period);
    const year = Number(period.slice(0, 4));
    const me = this.viewer.employeeId;
    await this.em.transactional(async (em) => {
      const plan = await em.findOne(PerformancePlan, {
        agencyId: this.agencyId,
        employeeId: me,
        year,
      });
      if (plan?.status !== PlanStatus.APPROVED) throw conflict('plans.noApprovedPlan', { year });
      const window = await assertMonthlyTaskOpen(em, this.agencyId, period, this.today);
      const indicators = await query<{ id: string; kind: string; practice_id: string | null }>(
        em,
        `select i.id, i.kind::text as kind, i.practice_id from indicator i
           join planned_result r on r.agency_id = i.agency_id and r.id = i.result_id
          where i.agency_id = $1 and r.plan_id = $2`,
        [this.agencyId, plan.id],
      );
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const seen = new Set<string>();
      for (const [n, r] of realisations.entries()) {
        const indicator = byId.get(r.indicatorId);
        if (!indicator)
          throw badInput('plans.unknownIndicator', {}, { field: `realisations.${n}.indicatorId` });
        if (seen.has(r.indicatorId))
          throw badInput(
            'plans.duplicateIndicator',
            {},
            { field: `realisations.${n}.indicatorId` },
          );
        seen.add(r.indicatorId);
        const problem = realisationProblem(r, indicator.practice_id !== null, n);
        if (problem) throw refuse(problem);
      }
      if (seen.size !== indicators.length)
        throw badInput(
          'plans.missingIndicators',
          { missing: indicators.length - seen.size },
          { field: 'realisations' },
        );
      await assertEvidenceUsable(
        em,
        this.viewer,
        realisations.flatMap((r) => r.evidenceIds ?? []),
      );

      let report = await em.findOne(
        IkiReport,
        { agencyId: this.agencyId, employeeId: me, month: period },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const before = report && { status: report.status, late: report.late };
      if (report && !mayResubmitIki(report.status)) throw conflict('plans.ikiApproved', { period });
      if (report) {
        await query(em, 'delete from iki_realisation where agency_id = $1 and report_id = $2', [
          this.agencyId,
          report.id,
        ]);
      }
      report ??= em.create(IkiReport, {
        agencyId: this.agencyId,
        employeeId: me,
        planId: plan.id,
        month: period,
        submittedAt: this.now(),
      });
      Object.assign(report, {
        planId: plan.id,
        status: IkiReportStatus.SUBMITTED,
        submittedAt: this.now(),
        late: window.late,
        decidedBy: null,
        decidedAt: null,
        decisionSource: null,
        scoreHundredths: null,
      });
      await em.flush();
      const rows = realisations.map((r) => ({
        indicatorId: r.indicatorId,
        realisation: r.observation ? observationRealisation(r.observation) : r.realisation!,
        observation: r.observation ?? null,
        note: r.note?.trim() || null,
        evidenceIds: [...new Set(r.evidenceIds ?? [])],
      }));
      await query(
        em,
        `with written as (
           insert into iki_realisation (agency_id, id, report_id, indicator_id, realisation, observation, note)
           select $1, gen_random_uuid(), $2, d.indicator_id, d.realisation, d.observation::practice_observation, d.note
             from unnest($3::uuid[], $4::numeric[], $5::text[], $6::text[]) as d(indicator_id, realisation, observation, note)
           returning id, indicator_id
         )
         insert into iki_realisation_evidence (agency_id, realisation_id, evidence_id)
         select $1, w.id, e.evidence_id
           from written w
           join unnest($7::uuid[], $8::uuid[]) as e(indicator_id, evidence_id) on e.indicator_id = w.indicator_id`,
        [
          this.agencyId,
          report.id,
          rows.map((r) => r.indicatorId),
          rows.map((r) => r.realisation),
          rows.map((r) => r.observation),
          rows.map((r) => r.note),
          rows.flatMap((r) => r.evidenceIds.map(() => r.indicatorId)),
          rows.flatMap((r) => r.evidenceIds),
        ],
      );
      this.audit(em).write('iki.submit', 'IkiReport', report.id, {
        period,
        before,
        after: { status: report.status, late: report.late },
        realisations: rows,
      });
      await em.flush();
    });
    return this.report(me, period);
  }

  /**
   * The supervisor (or who decides in their stead) approves a submitted report, fixing each
   * indicator's score and the IKI score, or returns it with a note.
   */
  async decide(
    reportId: string,
    decision: PlanDecision,
    note: string | null | undefined,
  ): Promise<IkiReport> {
    const text = note?.trim() || null;
    if (noteRequired(decision) && !text)
      throw badInput('plans.noteRequired', {}, { field: 'note' });
    if (text && text.length > LIMITS.note)
      throw badInput('plans.noteLength', { max: LIMITS.note }, { field: 'note' });
    return this.em.transactional(async (em) => {
      const source: DecisionSource = await classify(
        em,
        'iki_report',
        reportId,
        this.plans.decisionParams(),
        'plans.reportNotFound',
      );
      const report = await em.findOneOrFail(IkiReport, { agencyId: this.agencyId, id: reportId });
      if (report.status !== IkiReportStatus.SUBMITTED)
        throw conflict('plans.reportNotSubmitted', {
          status: `@plans.reportStatuses.${report.status}`,
        });
      const closed = await firstClosedMonth(em, this.agencyId, report.month);
      if (closed) throw conflict('plans.monthClosed', { month: closed });
      const before = report.status;
      let scores: { indicatorId: string; score: number }[] = [];
      if (decision === PlanDecision.APPROVE) {
        const rows = await query<{
          id: string;
          indicator_id: string;
          kind: ScoringKind;
          target: string;
          realisation: string;
        }>(
          em,
          `select x.id, x.indicator_id, i.kind::text as kind, i.target::text as target, x.realisation::text as realisation
             from iki_realisation x
             join indicator i on i.agency_id = x.agency_id and i.id = x.indicator_id
            where x.agency_id = $1 and x.report_id = $2
            order by x.id`,
          [this.agencyId, report.id],
        );
        const result = ikiScore(
          rows.map((r) => ({
            kind: r.kind,
            target: Number(r.target),
            realisation: Number(r.realisation),
          })),
        );
        scores = rows.map((r, i) => ({
          indicatorId: r.indicator_id,
          score: result.indicators[i]!,
        }));
        await query(
          em,
          `update iki_realisation x set score = d.score, updated_at = now()
             from unnest($3::uuid[], $4::int[]) as d(id, score)
            where x.agency_id = $1 and x.report_id = $2 and x.id = d.id`,
          [this.agencyId, report.id, rows.map((r) => r.id), result.indicators],
        );
        report.scoreHundredths = result.score;
      }
      Object.assign(report, {
        status:
          decision === PlanDecision.APPROVE ? IkiReportStatus.APPROVED : IkiReportStatus.RETURNED,
        decidedBy: this.viewer.employeeId,
        decidedAt: this.now(),
        decisionNote: text,
        decisionSource: source,
      });
      this.audit(em).write('iki.decide', 'IkiReport', report.id, {
        decision,
        employeeId: report.employeeId,
        period: report.month,
        before: { status: before },
        after: { status: report.status, source, score: report.scoreHundredths },
        indicatorScores: scores,
        note: text,
      });
      await em.flush();
      return report;
    });
  }

  /**
   * Submitted plans and IKI reports the viewer may decide today (direct reports, through Plt/Plh
   * too; escalated ones from one level further down; for agency admins, the top), oldest first.
   * One statement for the page and its total, then the rows and people by id.
   */
  async pending(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PendingDecisions> {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, isCursor) : null;
    const params = this.plans.decisionParams();
    params[6] = 2;
    const rows = await query<{
      total: number;
      kind: PendingKind | null;
      id: string | null;
      employee_id: string;
      overdue: boolean;
      source: DecisionSource;
      submitted_key: string;
    }>(
      this.em,
      `${withCandidates(
        `select 'PLAN' as kind, p.id, p.employee_id, p.status::text as status, p.submitted_at
           from performance_plan p
          where p.agency_id = $1 and p.status = 'SUBMITTED' and p.employee_id in (select id from candidates)
         union all
         select 'IKI', r.id, r.employee_id, r.status::text, r.submitted_at
           from iki_report r
          where r.agency_id = $1 and r.status = 'SUBMITTED' and r.employee_id in (select id from candidates)`,
        'SUBMITTED',
      )},
      visible as (select * from classified c where c.source is not null),
      page as (
        select * from visible v
         where $8::timestamptz is null or (v.submitted_at, v.id) > ($8::timestamptz, $9::uuid)
         order by v.submitted_at, v.id
         limit $10
      )
      select tot.n as total, p.kind, p.id, p.employee_id, p.overdue, p.source,
             p.submitted_at::text as submitted_key
        from (select count(*)::int as n from visible) tot left join page p on true
       order by p.submitted_at, p.id`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
    );
    const totalCount = rows[0]?.total ?? 0;
    const hits = rows.filter((r) => r.id !== null);
    const listed = hits.slice(0, size);
    const ids = (kind: PendingKind) => listed.filter((r) => r.kind === kind).map((r) => r.id!);
    const [plans, reports, employees] = await Promise.all([
      ids(PendingKind.PLAN).length
        ? this.em.find(PerformancePlan, {
            agencyId: this.agencyId,
            id: { $in: ids(PendingKind.PLAN) },
          })
        : [],
      ids(PendingKind.IKI).length
        ? this.em.find(IkiReport, { agencyId: this.agencyId, id: { $in: ids(PendingKind.IKI) } })
        : [],
      this.loaders.employee.loadMany(listed.map((r) => r.employee_id)),
    ]);
    const planById = new Map(plans.map((p) => [p.id, p]));
    const reportById = new Map(reports.map((r) => [r.id, r]));
    const edges = listed.map((r, i) => {
      const plan = r.kind === PendingKind.PLAN ? planById.get(r.id!)! : null;
      const report = r.kind === PendingKind.IKI ? reportById.get(r.id!)! : null;
      return {
        cursor: encodeCursor([r.submitted_key, r.id!] satisfies Cursor),
        node: {
          kind: r.kind!,
          id: r.id!,
          employee: employees[i] as Employee,
          submittedAt: (plan?.submittedAt ?? report?.submittedAt)!,
          decisionSource: r.source,
          escalated: r.overdue,
          plan,
          report,
        },
      };
    });
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: hits.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** The SKP score so far of plans' owners (approved IKI of the plan's year), by plan id. */
  static skpOf(scores: readonly number[]): number | null {
    const skp = skpScore(scores);
    return skp === null ? null : skp / 100;
  }
}
