/**
 * SKP plans (issue 7; rules.md, "IKI, SKP and the rating"): the owner drafts their plan of a year
 * (results, each supporting a result of their supervisor's plan of the same year, with
 * indicators), submits it, and their supervisor approves or returns it (decided through the
 * verification cascade, decision.sql.ts). A result may support nothing yet (the supervisor's plan
 * may not exist): it is allowed and flagged by the alignment view. Every change is audited and
 * written in one transaction.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, forbidden, notFound, refuse } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import type { DecisionSource } from '../activities/activities.enums.js';
import { AuditLog } from '../audit/audit.service.js';
import type { Access } from '../organisation/access.js';
import type { Hierarchy } from '../organisation/hierarchy.js';
import { Role } from '../organisation/organisation.enums.js';
import { DEFAULT_POLICY } from '../policy/performance-policy.entity.js';
import { withTargets } from '../verification/decision.sql.js';
import { Indicator, PerformancePlan, PlannedResult, TeachingPractice } from './plans.entities.js';
import { PlanDecision, PlanStatus } from './plans.enums.js';
import type {
  PerformancePlanInput,
  PlannedResultInput,
  ResultAlignmentInput,
  TeachingPracticeInput,
} from './plans.inputs.js';
import { mayAlignResult, mayEditPlan, noteRequired } from './plans.policy.js';
import { LIMITS, planProblem, practiceProblem, yearProblem } from './plans.rules.js';
import { TEACHER_TEMPLATE, teacherTemplate } from './plans.template.js';

function summary(results: readonly PlannedResultInput[]) {
  return results.map((r) => ({
    title: r.title.trim(),
    parentResultId: r.parentResultId ?? null,
    indicators: r.indicators.map((x) => ({
      kind: x.kind,
      name: x.name.trim(),
      target: x.target,
      unit: x.unit.trim(),
      practiceId: x.practiceId ?? null,
    })),
  }));
}

export class PlansService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly loaders: Loaders,
    private readonly access: Access,
    private readonly hierarchy: Hierarchy,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  /** NOT_FOUND for an unknown id (or another agency's); FORBIDDEN unless the viewer may read it. */
  async assertReadable(employeeId: string): Promise<void> {
    if (employeeId === this.viewer.employeeId) return;
    if (!isUuid(employeeId) || !(await this.loaders.employee.load(employeeId)))
      throw notFound('organisation.employeeNotFound');
    if (!(await this.access.mayReadPrivate(employeeId))) throw forbidden('plans.readForbidden');
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────
  /** An employee's plan of a year (default: the viewer's); null when there is none. */
  async plan(employeeId: string | null | undefined, year: number): Promise<PerformancePlan | null> {
    const bad = yearProblem(year);
    if (bad) throw refuse(bad);
    const id = employeeId ?? this.viewer.employeeId;
    await this.assertReadable(id);
    return this.em.findOne(PerformancePlan, { agencyId: this.agencyId, employeeId: id, year });
  }

  /** The results of the viewer's supervisor's plan of the year (what the viewer may support). */
  async supportable(year: number): Promise<PlannedResult[]> {
    const bad = yearProblem(year);
    if (bad) throw refuse(bad);
    const supervisor = await this.supervisorOf(this.viewer.employeeId);
    if (!supervisor) return [];
    const rows = await query<Record<string, unknown>>(
      this.em,
      `select r.* from planned_result r
         join performance_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
        where r.agency_id = $1 and p.employee_id = $2 and p.year = $3
        order by r.sort_order, r.id`,
      [this.agencyId, supervisor, year],
    );
    return rows.map((r) => this.em.map(PlannedResult, r));
  }

  private async supervisorOf(employeeId: string): Promise<string | null> {
    return (await this.hierarchy.supervisorsOf([employeeId], this.today)).get(employeeId) ?? null;
  }

  // ── the owner's draft ────────────────────────────────────────────────────────────────────
  /** The viewer's plan of `year`, locked; created as an empty draft when `create`. */
  private async ownPlan(em: EntityManager, year: number, create: boolean) {
    const plan = await em.findOne(
      PerformancePlan,
      { agencyId: this.agencyId, employeeId: this.viewer.employeeId, year },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (plan || !create) return plan;
    // Two first saves at once: the unique key refuses the second (a CONFLICT, not a 500).
    await query(
      em,
      `insert into performance_plan (agency_id, id, employee_id, year, status)
       values ($1, gen_random_uuid(), $2, $3, 'DRAFT') on conflict (agency_id, employee_id, year) do nothing`,
      [this.agencyId, this.viewer.employeeId, year],
    );
    return em.findOneOrFail(
      PerformancePlan,
      { agencyId: this.agencyId, employeeId: this.viewer.employeeId, year },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
  }

  private assertEditable(plan: PerformancePlan): void {
    if (!mayEditPlan(plan.status))
      throw conflict('plans.notEditable', { status: `@plans.statuses.${plan.status}` });
  }

  /**
   * Replaces the content of the viewer's draft (or returned) plan of the year: results and
   * indicators given with an id are kept and updated, the others created, those left out removed
   * (results of people below that supported a removed result support nothing afterwards).
   */
  async save(input: PerformancePlanInput): Promise<PerformancePlan> {
    const problem = planProblem(input);
    if (problem) throw refuse(problem);
    return this.em.transactional(async (em) => {
      const plan = (await this.ownPlan(em, input.year, true))!;
      this.assertEditable(plan);
      await this.assertParents(em, input);
      await this.assertPractices(
        em,
        input.results.flatMap((r) => r.indicators.map((x) => x.practiceId ?? null)),
      );
      const before = await this.writeContent(em, plan, input.results);
      plan.updatedAt = this.now();
      this.audit(em).write('plan.save', 'PerformancePlan', plan.id, {
        year: plan.year,
        status: plan.status,
        before,
        after: summary(input.results),
      });
      await em.flush();
      return plan;
    });
  }

  /** Every parent must be a result of the viewer's supervisor's plan of the same year. */
  private async assertParents(em: EntityManager, input: PerformancePlanInput): Promise<void> {
    const parents = input.results
      .map((r, i) => ({ id: r.parentResultId ?? null, i }))
      .filter((p): p is { id: string; i: number } => p.id !== null);
    if (!parents.length) return;
    const supervisor = await this.supervisorOf(this.viewer.employeeId);
    const valid = new Set(
      supervisor
        ? (
            await query<{ id: string }>(
              em,
              `select r.id from planned_result r
                 join performance_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
                where r.agency_id = $1 and p.employee_id = $2 and p.year = $3 and r.id = any($4::uuid[])`,
              [this.agencyId, supervisor, input.year, parents.map((p) => p.id).filter(isUuid)],
            )
          ).map((r) => r.id)
        : [],
    );
    const bad = parents.find((p) => !valid.has(p.id));
    if (bad)
      throw badInput(
        supervisor ? 'plans.badParent' : 'plans.noSupervisor',
        { n: bad.i + 1, year: input.year },
        { field: `results.${bad.i}.parentResultId` },
      );
  }

  /** Practices named by indicators must be the agency's (inactive ones only if already used). */
  private async assertPractices(em: EntityManager, ids: readonly (string | null)[]): Promise<void> {
    const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
    if (!wanted.length) return;
    const found = wanted.every(isUuid)
      ? await em.count(TeachingPractice, { agencyId: this.agencyId, id: { $in: wanted } })
      : 0;
    if (found !== wanted.length) throw notFound('plans.practiceNotFound');
  }

  /** Writes the results and indicators; returns a summary of what was there before. */
  private async writeContent(
    em: EntityManager,
    plan: PerformancePlan,
    results: readonly PlannedResultInput[],
  ): Promise<unknown> {
    const existing = await em.find(
      PlannedResult,
      { agencyId: this.agencyId, planId: plan.id },
      { orderBy: { sortOrder: 'asc', id: 'asc' } },
    );
    const indicators = existing.length
      ? await em.find(
          Indicator,
          { agencyId: this.agencyId, resultId: { $in: existing.map((r) => r.id) } },
          { orderBy: { sortOrder: 'asc', id: 'asc' } },
        )
      : [];
    const before = existing.map((r) => ({
      title: r.title,
      parentResultId: r.parentResultId,
      indicators: indicators
        .filter((x) => x.resultId === r.id)
        .map((x) => ({ kind: x.kind, name: x.name, target: x.target, unit: x.unit })),
    }));
    const resultById = new Map(existing.map((r) => [r.id, r]));
    const indicatorById = new Map(indicators.map((x) => [x.id, x]));
    const keptResults = new Set<string>();
    const keptIndicators = new Set<string>();

    // Without relations between the entities the unit of work does not order the statements:
    // flush in the order the foreign keys need (results, then indicators, which may move between
    // results, then what is left out).
    const kept: PlannedResult[] = [];
    for (const [i, r] of results.entries()) {
      let result = r.id ? resultById.get(r.id) : undefined;
      if (r.id && !result)
        throw badInput('plans.unknownId', { id: r.id }, { field: `results.${i}.id` });
      result ??= em.create(PlannedResult, {
        agencyId: this.agencyId,
        planId: plan.id,
        title: r.title.trim(),
        sortOrder: i,
      });
      result.title = r.title.trim();
      result.parentResultId = r.parentResultId ?? null;
      result.sortOrder = i;
      keptResults.add(result.id);
      kept.push(result);
    }
    await em.flush();
    for (const [i, r] of results.entries()) {
      const result = kept[i]!;
      for (const [j, x] of r.indicators.entries()) {
        let indicator = x.id ? indicatorById.get(x.id) : undefined;
        if (x.id && !indicator)
          throw badInput(
            'plans.unknownId',
            { id: x.id },
            { field: `results.${i}.indicators.${j}.id` },
          );
        const values = {
          resultId: result.id,
          kind: x.kind,
          name: x.name.trim(),
          target: x.target,
          unit: x.unit.trim(),
          practiceId: x.practiceId ?? null,
          sortOrder: j,
        };
        if (indicator) Object.assign(indicator, values);
        else indicator = em.create(Indicator, { agencyId: this.agencyId, ...values });
        keptIndicators.add(indicator.id);
      }
    }
    await em.flush();
    for (const x of indicators) if (!keptIndicators.has(x.id)) em.remove(x);
    await em.flush();
    for (const r of existing) if (!keptResults.has(r.id)) em.remove(r);
    return before;
  }

  /** The viewer submits their plan of the year to their supervisor. */
  async submit(year: number): Promise<PerformancePlan> {
    const bad = yearProblem(year);
    if (bad) throw refuse(bad);
    return this.em.transactional(async (em) => {
      const plan = await this.ownPlan(em, year, false);
      if (!plan) throw notFound('plans.planNotFound');
      this.assertEditable(plan);
      const count = await em.count(PlannedResult, { agencyId: this.agencyId, planId: plan.id });
      if (count === 0) throw badInput('plans.empty', {}, { field: 'results' });
      const before = plan.status;
      Object.assign(plan, {
        status: PlanStatus.SUBMITTED,
        submittedAt: this.now(),
        decidedBy: null,
        decidedAt: null,
        decisionSource: null,
      });
      this.audit(em).write('plan.submit', 'PerformancePlan', plan.id, {
        year,
        before: { status: before },
        after: { status: plan.status },
      });
      await em.flush();
      return plan;
    });
  }

  /** $1…$6 of decision.sql.ts for the viewer. */
  decisionParams(): unknown[] {
    return [
      this.agencyId,
      this.viewer.employeeId,
      this.today,
      this.viewer.timeZone,
      this.viewer.roles.has(Role.AGENCY_ADMIN),
      DEFAULT_POLICY.escalationWorkingDays,
      0,
    ];
  }

  /** The owner's supervisor (or who decides in their stead) approves or returns a submitted plan. */
  async decide(planId: string, decision: PlanDecision, note: string | null | undefined) {
    const text = note?.trim() || null;
    if (noteRequired(decision) && !text)
      throw badInput('plans.noteRequired', {}, { field: 'note' });
    if (text && text.length > LIMITS.note)
      throw badInput('plans.noteLength', { max: LIMITS.note }, { field: 'note' });
    return this.em.transactional(async (em) => {
      const source = await classify(
        em,
        'performance_plan',
        planId,
        this.decisionParams(),
        'plans.planNotFound',
      );
      const plan = await em.findOneOrFail(PerformancePlan, { agencyId: this.agencyId, id: planId });
      if (plan.status !== PlanStatus.SUBMITTED)
        throw conflict('plans.notSubmitted', { status: `@plans.statuses.${plan.status}` });
      const before = plan.status;
      Object.assign(plan, {
        status: decision === PlanDecision.APPROVE ? PlanStatus.APPROVED : PlanStatus.RETURNED,
        decidedBy: this.viewer.employeeId,
        decidedAt: this.now(),
        decisionNote: text,
        decisionSource: source,
      });
      this.audit(em).write('plan.decide', 'PerformancePlan', plan.id, {
        decision,
        employeeId: plan.employeeId,
        year: plan.year,
        before: { status: before },
        after: { status: plan.status, source },
        note: text,
      });
      await em.flush();
      return plan;
    });
  }

  // ── alignment added later ────────────────────────────────────────────────────────────
  /**
   * Links results of a plan to results of the plan of the owner's supervisor (today) for the
   * same year (intervensi), when that becomes possible: by the owner or by that supervisor, on a
   * plan in any status and without a new approval. Of a submitted or approved plan only results
   * that support nothing yet (or a former supervisor's result) may be linked (mayAlignResult);
   * changing a valid link of an approved plan would be a revision. Audited.
   */
  async align(planId: string, links: readonly ResultAlignmentInput[]): Promise<PerformancePlan> {
    if (links.length === 0 || links.length > LIMITS.results)
      throw badInput('plans.linkCount', { max: LIMITS.results }, { field: 'links' });
    const seen = new Set<string>();
    for (const [i, link] of links.entries()) {
      if (seen.has(link.resultId))
        throw badInput(
          'plans.duplicateId',
          { id: link.resultId },
          { field: `links.${i}.resultId` },
        );
      seen.add(link.resultId);
    }
    return this.em.transactional(async (em) => {
      const plan = isUuid(planId)
        ? await em.findOne(
            PerformancePlan,
            { agencyId: this.agencyId, id: planId },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      if (!plan) throw notFound('plans.planNotFound');
      const supervisor = await this.supervisorOf(plan.employeeId);
      if (plan.employeeId !== this.viewer.employeeId && supervisor !== this.viewer.employeeId)
        throw forbidden('plans.alignForbidden');
      const parents = new Set(
        supervisor
          ? (
              await query<{ id: string }>(
                em,
                `select r.id from planned_result r
                   join performance_plan p on p.agency_id = r.agency_id and p.id = r.plan_id
                  where r.agency_id = $1 and p.employee_id = $2 and p.year = $3`,
                [this.agencyId, supervisor, plan.year],
              )
            ).map((r) => r.id)
          : [],
      );
      const results = await em.find(PlannedResult, { agencyId: this.agencyId, planId: plan.id });
      const byId = new Map(results.map((r) => [r.id, r]));
      const changes: { resultId: string; before: string | null; after: string }[] = [];
      for (const [i, link] of links.entries()) {
        const result = byId.get(link.resultId);
        if (!result)
          throw badInput(
            'plans.unknownId',
            { id: link.resultId },
            { field: `links.${i}.resultId` },
          );
        if (!parents.has(link.parentResultId))
          throw badInput(
            !supervisor
              ? 'plans.ownerHasNoSupervisor'
              : parents.size
                ? 'plans.badAlignParent'
                : 'plans.noSupervisorPlan',
            { title: result.title, year: plan.year },
            { field: `links.${i}.parentResultId` },
          );
        if (result.parentResultId === link.parentResultId) continue;
        if (!mayAlignResult(plan.status, result.parentResultId, parents))
          throw conflict('plans.alreadyAligned', {
            title: result.title,
            status: `@plans.statuses.${plan.status}`,
          });
        changes.push({
          resultId: result.id,
          before: result.parentResultId,
          after: link.parentResultId,
        });
        result.parentResultId = link.parentResultId;
      }
      if (changes.length) {
        plan.updatedAt = this.now();
        this.audit(em).write('plan.align', 'PerformancePlan', plan.id, {
          employeeId: plan.employeeId,
          year: plan.year,
          status: plan.status,
          links: changes,
        });
      }
      await em.flush();
      return plan;
    });
  }

  // ── the teachers' template ───────────────────────────────────────────────────────────────
  /**
   * Fills the viewer's plan of the year from the teachers' template around one practice. Refused
   * when the plan already has content or is no longer a draft.
   */
  async fromTemplate(year: number, practiceId: string): Promise<PerformancePlan> {
    const bad = yearProblem(year);
    if (bad) throw refuse(bad);
    const practice = isUuid(practiceId)
      ? await this.em.findOne(TeachingPractice, { agencyId: this.agencyId, id: practiceId })
      : null;
    if (!practice?.active) throw notFound('plans.practiceNotFound');
    return this.em.transactional(async (em) => {
      const plan = (await this.ownPlan(em, year, true))!;
      const content = await em.count(PlannedResult, { agencyId: this.agencyId, planId: plan.id });
      if (plan.status !== PlanStatus.DRAFT || content > 0)
        throw conflict('plans.templateNotEmpty', { year });
      const results: PlannedResultInput[] = teacherTemplate(practice.name).map((r) => ({
        title: r.title,
        indicators: r.indicators.map((x) => ({
          kind: x.kind,
          name: x.name,
          target: x.target,
          unit: x.unit,
          practiceId: x.practice ? practice.id : null,
        })),
      }));
      await this.writeContent(em, plan, results);
      plan.templateCode = TEACHER_TEMPLATE;
      plan.practiceId = practice.id;
      this.audit(em).write('plan.template', 'PerformancePlan', plan.id, {
        year,
        template: TEACHER_TEMPLATE,
        practice: practice.code,
        after: summary(results),
      });
      await em.flush();
      return plan;
    });
  }

  // ── teaching practices (agency list) ─────────────────────────────────────────────────────
  practices(includeInactive: boolean): Promise<TeachingPractice[]> {
    return this.em.find(
      TeachingPractice,
      { agencyId: this.agencyId, ...(includeInactive ? {} : { active: true }) },
      { orderBy: { sortOrder: 'asc', name: 'asc' } },
    );
  }

  /** Adds a practice (id null) or changes one; codes are unique in the agency. */
  async savePractice(id: string | null, input: TeachingPracticeInput): Promise<TeachingPractice> {
    const problem = practiceProblem(input);
    if (problem) throw refuse(problem);
    return this.em.transactional(async (em) => {
      let practice: TeachingPractice | null = null;
      if (id) {
        practice = isUuid(id)
          ? await em.findOne(TeachingPractice, { agencyId: this.agencyId, id })
          : null;
        if (!practice) throw notFound('plans.practiceNotFound');
      }
      const taken = await em.findOne(TeachingPractice, {
        agencyId: this.agencyId,
        code: input.code,
        ...(practice ? { id: { $ne: practice.id } } : {}),
      });
      if (taken) throw conflict('plans.practiceCodeTaken', { code: input.code });
      const before = practice && {
        code: practice.code,
        name: practice.name,
        sortOrder: practice.sortOrder,
        active: practice.active,
      };
      practice ??= em.create(TeachingPractice, {
        agencyId: this.agencyId,
        code: input.code,
        name: input.name.trim(),
      });
      Object.assign(practice, {
        code: input.code,
        name: input.name.trim(),
        sortOrder: input.sortOrder ?? practice.sortOrder,
        active: input.active ?? practice.active,
      });
      this.audit(em).write(
        before ? 'practice.update' : 'practice.create',
        'TeachingPractice',
        practice.id,
        {
          before,
          after: {
            code: practice.code,
            name: practice.name,
            sortOrder: practice.sortOrder,
            active: practice.active,
          },
        },
      );
      await em.flush();
      return practice;
    });
  }
}

/**
 * Locks one submitted row of `table` (performance_plan or iki_report) and says as what the
 * viewer may decide it (decision.sql.ts); NOT_FOUND for an unknown id, FORBIDDEN when it is not
 * theirs to decide (their own included).
 */
export async function classify(
  em: EntityManager,
  table: 'performance_plan' | 'iki_report',
  id: string,
  params: unknown[],
  missing: 'plans.planNotFound' | 'plans.reportNotFound',
): Promise<DecisionSource> {
  if (!isUuid(id)) throw notFound(missing);
  const [row] = await query<{ source: DecisionSource | null; status: string }>(
    em,
    `${withTargets(
      `select t.id, t.employee_id, t.status, t.submitted_at from ${table} t
        where t.agency_id = $1 and t.id = $8 for update`,
      'SUBMITTED',
    )} select c.source, c.status::text as status from classified c`,
    [...params, id],
  );
  if (!row) throw notFound(missing);
  if (!row.source) throw forbidden('plans.notYourDecision');
  return row.source;
}
