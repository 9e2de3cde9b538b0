import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context, ViewerScope } from '../../context.js';
import { Employee } from '../organisation/employee.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { AlignmentService } from './alignment.service.js';
import { IkiService } from './iki.service.js';
import { ownerYearKey, planLoaders } from './plans.loaders.js';
import {
  IkiReport,
  Indicator,
  PerformancePlan,
  PlannedResult,
  TeachingPractice,
} from './plans.entities.js';
import { PlanDecision, PlanStatus } from './plans.enums.js';
import {
  IkiRealisationInput,
  PerformancePlanInput,
  ResultAlignmentInput,
  TeachingPracticeInput,
} from './plans.inputs.js';
import { PlansService } from './plans.service.js';
import { Alignment, IkiReportView, PendingDecisions } from './plans.types.js';

interface Services {
  plans: PlansService;
  iki: IkiService;
  alignment: AlignmentService;
}

const cache = new WeakMap<ViewerScope, Services>();

function services(ctx: Context): Services {
  const scope = ctx.scope();
  let s = cache.get(scope);
  if (!s) {
    const plans = new PlansService(
      scope.em,
      scope.viewer,
      scope.today,
      scope.now,
      scope.loaders,
      scope.access,
      scope.hierarchy,
      ctx.requestId,
    );
    s = {
      plans,
      iki: new IkiService(
        scope.em,
        scope.viewer,
        scope.today,
        scope.now,
        scope.loaders,
        plans,
        ctx.requestId,
      ),
      alignment: new AlignmentService(
        scope.em,
        scope.viewer,
        scope.today,
        scope.loaders,
        scope.hierarchy,
      ),
    };
    cache.set(scope, s);
  }
  return s;
}

@Resolver(() => PerformancePlan)
export class PerformancePlanResolver {
  @Authorized()
  @Query(() => PerformancePlan, {
    nullable: true,
    description:
      'An employee’s plan (SKP) of a year (default: the caller’s); null when there is none. For the person, everyone above them, admins of their scope and executives.',
  })
  performancePlan(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID, { nullable: true }) employeeId?: string | null,
  ): Promise<PerformancePlan | null> {
    return services(ctx).plans.plan(employeeId, year);
  }

  @Authorized()
  @Query(() => [PlannedResult], {
    description:
      'The results of the caller’s supervisor’s plan of the year: what the caller’s results may support.',
  })
  supportableResults(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<PlannedResult[]> {
    return services(ctx).plans.supportable(year);
  }

  @Authorized()
  @Mutation(() => PerformancePlan, {
    description:
      'Saves the whole content of the caller’s plan of a year while it is a draft or returned.',
  })
  savePerformancePlan(
    @Arg('input', () => PerformancePlanInput) input: PerformancePlanInput,
    @Ctx() ctx: Context,
  ): Promise<PerformancePlan> {
    return services(ctx).plans.save(input);
  }

  @Authorized()
  @Mutation(() => PerformancePlan, {
    description: 'Submits the caller’s plan to their supervisor.',
  })
  submitPerformancePlan(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<PerformancePlan> {
    return services(ctx).plans.submit(year);
  }

  @Authorized()
  @Mutation(() => PerformancePlan, {
    description:
      'Approves or returns a submitted plan (the owner’s supervisor, or who decides in their stead). RETURN needs a note.',
  })
  decidePerformancePlan(
    @Arg('planId', () => ID) planId: string,
    @Arg('decision', () => PlanDecision) decision: PlanDecision,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<PerformancePlan> {
    return services(ctx).plans.decide(planId, decision, note);
  }

  @Authorized()
  @Mutation(() => PerformancePlan, {
    description:
      'Links results of a plan to results of the plan of the owner’s supervisor for the same year (intervensi) once it exists: by the owner or that supervisor, on a plan in any status, without a new approval. Of a submitted or approved plan only results that support nothing yet may be linked (CONFLICT otherwise); a parent outside the supervisor’s plan is BAD_USER_INPUT. Audited.',
  })
  alignPlannedResults(
    @Arg('planId', () => ID) planId: string,
    @Arg('links', () => [ResultAlignmentInput]) links: ResultAlignmentInput[],
    @Ctx() ctx: Context,
  ): Promise<PerformancePlan> {
    return services(ctx).plans.align(planId, links);
  }

  @Authorized()
  @Mutation(() => PerformancePlan, {
    description:
      'Fills the caller’s empty draft plan of a year from the teachers’ template around one teaching practice.',
  })
  createPlanFromTemplate(
    @Arg('year', () => Int) year: number,
    @Arg('practiceId', () => ID) practiceId: string,
    @Ctx() ctx: Context,
  ): Promise<PerformancePlan> {
    return services(ctx).plans.fromTemplate(year, practiceId);
  }

  @Authorized()
  @Query(() => Alignment, {
    description:
      'The tree of planned results of a unit’s people (and below) for a year, with flags. Executives and admins; a supervisor for units they head or below.',
  })
  alignment(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<Alignment> {
    return services(ctx).alignment.alignment(unitId, year);
  }

  @FieldResolver(() => [PlannedResult])
  results(@Root() plan: PerformancePlan, @Ctx() ctx: Context): Promise<PlannedResult[]> {
    return planLoaders(ctx.scope()).resultsByPlan.load(plan.id);
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() plan: PerformancePlan, @Ctx() ctx: Context): Promise<Employee | null> {
    return ctx.scope().loaders.employee.load(plan.employeeId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Who approved or returned it.' })
  decider(@Root() plan: PerformancePlan, @Ctx() ctx: Context): Promise<Employee | null> {
    return plan.decidedBy
      ? ctx.scope().loaders.employee.load(plan.decidedBy)
      : Promise.resolve(null);
  }

  @FieldResolver(() => PlanStatus, {
    nullable: true,
    description:
      'The status of the plan of the owner’s supervisor (today) for the same year; null while that supervisor has no plan (or the owner has no supervisor): the results cannot be aligned yet.',
  })
  async supervisorPlanStatus(
    @Root() plan: PerformancePlan,
    @Ctx() ctx: Context,
  ): Promise<PlanStatus | null> {
    const found = await planLoaders(ctx.scope()).supervisorPlan.load(
      ownerYearKey(plan.employeeId, plan.year),
    );
    return found?.plan.status ?? null;
  }

  @FieldResolver(() => [PlannedResult], {
    name: 'supportableResults',
    description:
      'The results of the plan of the owner’s supervisor (today) for the same year: what this plan’s results may support (alignPlannedResults). Empty while there is none.',
  })
  async planSupportableResults(
    @Root() plan: PerformancePlan,
    @Ctx() ctx: Context,
  ): Promise<PlannedResult[]> {
    const found = await planLoaders(ctx.scope()).supervisorPlan.load(
      ownerYearKey(plan.employeeId, plan.year),
    );
    return found?.results ?? [];
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The SKP score so far: the mean of the year’s approved IKI scores.',
  })
  skpScore(@Root() plan: PerformancePlan, @Ctx() ctx: Context): Promise<number | null> {
    return planLoaders(ctx.scope()).skpByPlan.load(plan.id);
  }
}

@Resolver(() => PlannedResult)
export class PlannedResultResolver {
  @FieldResolver(() => [Indicator])
  indicators(@Root() result: PlannedResult, @Ctx() ctx: Context): Promise<Indicator[]> {
    return planLoaders(ctx.scope()).indicatorsByResult.load(result.id);
  }

  @FieldResolver(() => PlannedResult, {
    nullable: true,
    description: 'The supervisor’s result this one supports.',
  })
  parentResult(@Root() result: PlannedResult, @Ctx() ctx: Context): Promise<PlannedResult | null> {
    return result.parentResultId
      ? planLoaders(ctx.scope()).resultById.load(result.parentResultId)
      : Promise.resolve(null);
  }
}

@Resolver(() => TeachingPractice)
export class TeachingPracticeResolver {
  @Authorized()
  @Query(() => [TeachingPractice], {
    description: 'The agency’s teaching practices (teachers’ template), in order.',
  })
  teachingPractices(
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false })
    includeInactive?: boolean | null,
  ): Promise<TeachingPractice[]> {
    return services(ctx).plans.practices(includeInactive ?? false);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => TeachingPractice, { description: 'Adds a teaching practice (agency admin).' })
  addTeachingPractice(
    @Arg('input', () => TeachingPracticeInput) input: TeachingPracticeInput,
    @Ctx() ctx: Context,
  ): Promise<TeachingPractice> {
    return services(ctx).plans.savePractice(null, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => TeachingPractice, {
    description: 'Changes a teaching practice; deactivate rather than delete (agency admin).',
  })
  updateTeachingPractice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TeachingPracticeInput) input: TeachingPracticeInput,
    @Ctx() ctx: Context,
  ): Promise<TeachingPractice> {
    return services(ctx).plans.savePractice(id, input);
  }
}

@Resolver(() => IkiReport)
export class IkiReportResolver {
  @Authorized()
  @Query(() => IkiReportView, {
    description:
      'A month’s IKI of an employee (default: the caller): the report, or the indicators of the approved plan to fill in. Readable as performancePlan.',
  })
  ikiReport(
    @Arg('period', () => String, { description: 'YYYY-MM.' }) period: string,
    @Ctx() ctx: Context,
    @Arg('employeeId', () => ID, { nullable: true }) employeeId?: string | null,
  ): Promise<IkiReportView> {
    return services(ctx).iki.report(employeeId, period);
  }

  @Authorized()
  @Mutation(() => IkiReportView, {
    description:
      'Sends (or sends again, until approved) the caller’s IKI of a month: every indicator of the approved plan once. Late after the due date; refused once the month is closed.',
  })
  submitIkiReport(
    @Arg('period', () => String) period: string,
    @Arg('realisations', () => [IkiRealisationInput]) realisations: IkiRealisationInput[],
    @Ctx() ctx: Context,
  ): Promise<IkiReportView> {
    return services(ctx).iki.submit(period, realisations);
  }

  @Authorized()
  @Mutation(() => IkiReport, {
    description:
      'Approves (scores fixed) or returns a submitted IKI report (the supervisor, or who decides in their stead). RETURN needs a note.',
  })
  decideIkiReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('decision', () => PlanDecision) decision: PlanDecision,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<IkiReport> {
    return services(ctx).iki.decide(reportId, decision, note);
  }

  @Authorized()
  @Query(() => PendingDecisions, {
    description:
      'Submitted plans and IKI reports waiting for the caller’s decision, oldest submission first.',
  })
  pendingIkiDecisions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PendingDecisions> {
    return services(ctx).iki.pending(first, after);
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() report: IkiReport, @Ctx() ctx: Context): Promise<Employee | null> {
    return ctx.scope().loaders.employee.load(report.employeeId);
  }
}
