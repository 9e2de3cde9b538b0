import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context, ViewerScope } from '../../context.js';
import { Employee } from '../organisation/employee.entity.js';
import { BehaviourReviewInput } from './reviews.inputs.js';
import { ReviewsService } from './reviews.service.js';
import {
  BehaviourSummary,
  PeerRankingAssignment,
  PeerRankingResults,
  PeerStanding,
  ReviewAssignment,
} from './reviews.types.js';

const services = new WeakMap<ViewerScope, ReviewsService>();

function reviews(ctx: Context): ReviewsService {
  const scope = ctx.scope();
  let service = services.get(scope);
  if (!service) {
    service = new ReviewsService(
      scope.em,
      scope.viewer,
      scope.access,
      scope.organisation,
      scope.hierarchy,
      scope.today,
      scope.now,
    );
    services.set(scope, service);
  }
  return service;
}

async function employees(ctx: Context, ids: readonly string[]): Promise<Employee[]> {
  const found = await ctx.scope().loaders.employee.loadMany(ids);
  return found.filter((e): e is Employee => e instanceof Employee);
}

@Resolver(() => ReviewAssignment)
export class ReviewAssignmentResolver {
  @Authorized()
  @Query(() => [ReviewAssignment], {
    description:
      'Whom the caller rates in the month’s 360° review (YYYY-MM): themselves, their supervisor, peers of their unit drawn at random, their direct reports.',
  })
  myReviewAssignments(
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewAssignment[]> {
    return reviews(ctx).myReviewAssignments(period);
  }

  @Authorized()
  @Mutation(() => ReviewAssignment, {
    description:
      'Submits (or changes, until the month is closed) the caller’s 360° ratings of one person they are assigned; marked late after the due date.',
  })
  submitBehaviourReview(
    @Arg('input', () => BehaviourReviewInput) input: BehaviourReviewInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewAssignment> {
    return reviews(ctx).submitBehaviourReview(input);
  }

  @Authorized()
  @Query(() => BehaviourSummary, {
    description:
      'A person’s 360° behaviour result for a month: for the person, their supervisors, admins of their scope and executives. Never names peer or subordinate raters.',
  })
  behaviourSummary(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<BehaviourSummary> {
    return reviews(ctx).behaviourSummary(employeeId, period);
  }

  @FieldResolver(() => Employee, { description: 'The person rated.' })
  async ratee(@Root() a: ReviewAssignment, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(a.rateeId))!;
  }
}

@Resolver(() => PeerRankingAssignment)
export class PeerRankingResolver {
  @Authorized()
  @Query(() => PeerRankingAssignment, {
    nullable: true,
    description:
      'The caller’s peer ranking for the month (YYYY-MM): the coworkers drawn for them; null when they belong to no peer group that month.',
  })
  myPeerRanking(
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<PeerRankingAssignment | null> {
    return reviews(ctx).myPeerRanking(period);
  }

  @Authorized()
  @Mutation(() => PeerRankingAssignment, {
    description:
      'Submits (or changes, until the month is closed) the caller’s ranking: exactly the coworkers drawn, best first, and the one named best performer (any of them).',
  })
  submitPeerRanking(
    @Arg('period', () => String) period: string,
    @Arg('orderedEmployeeIds', () => [ID]) orderedEmployeeIds: string[],
    @Arg('bestEmployeeId', () => ID) bestEmployeeId: string,
    @Ctx() ctx: Context,
  ): Promise<PeerRankingAssignment> {
    return reviews(ctx).submitPeerRanking(period, orderedEmployeeIds, bestEmployeeId);
  }

  @Authorized()
  @Query(() => PeerRankingResults, {
    description:
      'The peer-ranking standings of a unit’s people for a month: for the unit’s supervisors, admins in scope and executives.',
  })
  peerRankingResults(
    @Arg('period', () => String) period: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<PeerRankingResults> {
    return reviews(ctx).peerRankingResults(period, unitId);
  }

  @FieldResolver(() => [Employee], { description: 'The coworkers to rank.' })
  coworkers(@Root() a: PeerRankingAssignment, @Ctx() ctx: Context): Promise<Employee[]> {
    return employees(ctx, a.coworkerIds);
  }

  @FieldResolver(() => [Employee], {
    nullable: true,
    description: 'The caller’s submitted order, best first.',
  })
  async ranking(@Root() a: PeerRankingAssignment, @Ctx() ctx: Context): Promise<Employee[] | null> {
    return a.orderedIds ? employees(ctx, a.orderedIds) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The one named best performer.' })
  async best(@Root() a: PeerRankingAssignment, @Ctx() ctx: Context): Promise<Employee | null> {
    return a.bestId ? ctx.scope().loaders.employee.load(a.bestId) : null;
  }
}

@Resolver(() => PeerStanding)
export class PeerStandingResolver {
  @FieldResolver(() => Employee)
  async employee(@Root() s: PeerStanding, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(s.employeeId))!;
  }
}

@Resolver(() => BehaviourSummary)
export class BehaviourSummaryResolver {
  @FieldResolver(() => Employee)
  async employee(@Root() s: BehaviourSummary, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(s.employeeId))!;
  }
}
