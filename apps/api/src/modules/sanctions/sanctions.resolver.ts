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
import { Role } from '../organisation/organisation.enums.js';
import { DisciplinarySanction } from './disciplinary-sanction.entity.js';
import { DisciplinarySanctionInput } from './sanctions.inputs.js';
import { SanctionsService } from './sanctions.service.js';

const services = new WeakMap<ViewerScope, SanctionsService>();

function sanctions(ctx: Context): SanctionsService {
  const scope = ctx.scope();
  let service = services.get(scope);
  if (!service) {
    service = new SanctionsService(
      scope.em,
      scope.viewer,
      scope.access,
      scope.organisation,
      ctx.requestId,
    );
    services.set(scope, service);
  }
  return service;
}

@Resolver(() => DisciplinarySanction)
export class DisciplinarySanctionResolver {
  @Authorized()
  @Query(() => [DisciplinarySanction], {
    description:
      'An employee’s disciplinary sanctions, newest first: for the owner, their supervisors, admins of their scope and executives.',
  })
  disciplinarySanctions(
    @Arg('employeeId', () => ID) employeeId: string,
    @Ctx() ctx: Context,
  ): Promise<DisciplinarySanction[]> {
    return sanctions(ctx).list(employeeId);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => DisciplinarySanction, {
    description: 'Records a sanction (department admins: for people in their department).',
  })
  addDisciplinarySanction(
    @Arg('input', () => DisciplinarySanctionInput) input: DisciplinarySanctionInput,
    @Ctx() ctx: Context,
  ): Promise<DisciplinarySanction> {
    return sanctions(ctx).add(input);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a sanction none of whose months is closed.' })
  removeDisciplinarySanction(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return sanctions(ctx).remove(id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The sanctioned employee.' })
  employee(@Root() s: DisciplinarySanction, @Ctx() ctx: Context): Promise<Employee | null> {
    return ctx.scope().loaders.employee.load(s.employeeId);
  }
}
