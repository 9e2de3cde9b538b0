import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ActingAssignment } from './acting-assignment.entity.js';
import { Employee } from './employee.entity.js';
import { Role } from './organisation.enums.js';
import { ActingAssignmentInput } from './organisation.inputs.js';
import { Position } from './position.entity.js';

@Resolver(() => ActingAssignment)
export class ActingAssignmentResolver {
  @FieldResolver(() => Employee)
  async employee(@Root() a: ActingAssignment, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.scope().loaders.employee.load(a.employee.id))!;
  }

  @FieldResolver(() => Position)
  async position(@Root() a: ActingAssignment, @Ctx() ctx: Context): Promise<Position> {
    return (await ctx.scope().loaders.position.load(a.position.id))!;
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => ActingAssignment, {
    description:
      'Appoints a Plt/Plh; refused when the position already has one for part of the period.',
  })
  createActingAssignment(
    @Arg('input', () => ActingAssignmentInput) input: ActingAssignmentInput,
    @Ctx() ctx: Context,
  ): Promise<ActingAssignment> {
    return ctx.scope().organisation.createActingAssignment(input);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => ActingAssignment, { description: 'Sets the last day of an acting assignment.' })
  endActingAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('endDate', () => GraphQLLocalDate) endDate: string,
    @Ctx() ctx: Context,
  ): Promise<ActingAssignment> {
    return ctx.scope().organisation.endActingAssignment(id, endDate);
  }
}
