import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../organisation/organisation.enums.js';
import { PerformancePolicyInput } from './policy.inputs.js';
import { POLICY_HISTORY_READERS } from './policy.policy.js';
import { policyScope } from './policy.scope.js';
import { PerformancePolicyView } from './policy.types.js';

/** The performance policy: the version in force for everyone; history and changes for admins. */
@Resolver()
export class PolicyResolver {
  @Authorized()
  @Query(() => PerformancePolicyView, {
    description:
      'The policy version in force on a date (default today); the defaults of rules.md when none is. Readable by every employee.',
  })
  performancePolicy(
    @Ctx() ctx: Context,
    @Arg('date', () => GraphQLLocalDate, { nullable: true }) date?: string | null,
  ): Promise<PerformancePolicyView> {
    return policyScope(ctx).inForce(date);
  }

  @Authorized(...POLICY_HISTORY_READERS)
  @Query(() => [PerformancePolicyView], {
    description: 'Every policy version, past and planned, newest first.',
  })
  performancePolicies(@Ctx() ctx: Context): Promise<PerformancePolicyView[]> {
    return policyScope(ctx).versions();
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => PerformancePolicyView, {
    description:
      'Adds a policy version effective from a date (today or later). Versions in force are never edited (CONFLICT); a planned version is replaced by one with the same date.',
  })
  setPerformancePolicy(
    @Arg('input', () => PerformancePolicyInput) input: PerformancePolicyInput,
    @Ctx() ctx: Context,
  ): Promise<PerformancePolicyView> {
    return policyScope(ctx).set(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Boolean, { description: 'Withdraws a planned version (not yet in force).' })
  removePerformancePolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return policyScope(ctx).remove(id);
  }
}
