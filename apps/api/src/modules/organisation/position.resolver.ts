import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ActingAssignment } from './acting-assignment.entity.js';
import { Employee } from './employee.entity.js';
import { Role } from './organisation.enums.js';
import { PositionInput } from './organisation.inputs.js';
import { orgChartLoaders } from './org-chart.loaders.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => OrgUnit)
  async unit(@Root() p: Position, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.scope().loaders.unit.load(p.unit.id))!;
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The supervising position.' })
  parent(@Root() p: Position, @Ctx() ctx: Context): Promise<Position | null> | null {
    return p.parent ? ctx.scope().loaders.position.load(p.parent.id) : null;
  }

  @FieldResolver(() => [Employee], {
    description: 'Active holders (directory cards); empty when vacant.',
  })
  holders(@Root() p: Position, @Ctx() ctx: Context): Promise<Employee[]> {
    return ctx.scope().loaders.holdersByPosition.load(p.id);
  }

  @FieldResolver(() => [ActingAssignment], {
    description:
      'Plt/Plh assignments not yet ended (current or upcoming), by start date: who acts in the position, like its holders.',
  })
  actingAssignments(@Root() p: Position, @Ctx() ctx: Context): Promise<ActingAssignment[]> {
    return orgChartLoaders(ctx).currentActingByPosition.load(p.id);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => Position)
  createPosition(
    @Arg('input', () => PositionInput) input: PositionInput,
    @Ctx() ctx: Context,
  ): Promise<Position> {
    return ctx.scope().organisation.createPosition(input);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => Position)
  updatePosition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PositionInput) input: PositionInput,
    @Ctx() ctx: Context,
  ): Promise<Position> {
    return ctx.scope().organisation.updatePosition(id, input);
  }
}
