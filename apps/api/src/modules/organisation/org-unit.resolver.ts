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
import { notFound } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { Role } from './organisation.enums.js';
import { OrgUnitInput } from './organisation.inputs.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';

/** The org chart (units and positions) is readable by every signed-in employee of the agency. */
@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Authorized()
  @Query(() => [OrgUnit], {
    description: 'Children of `parentId`, or the top units of the agency when omitted.',
  })
  async orgUnits(
    @Ctx() ctx: Context,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
  ): Promise<OrgUnit[]> {
    const scope = ctx.scope();
    if (parentId)
      return scope.loaders.childUnits.load((await scope.organisation.unit(parentId)).id);
    return ctx.em.find(
      OrgUnit,
      { agencyId: scope.viewer.agencyId, parent: null },
      { orderBy: { sortOrder: 'asc', name: 'asc' } },
    );
  }

  @Authorized()
  @Query(() => OrgUnit)
  async orgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OrgUnit> {
    const unit = isUuid(id) ? await ctx.scope().loaders.unit.load(id) : null;
    if (!unit) throw notFound('organisation.unitNotFound');
    return unit;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() u: OrgUnit, @Ctx() ctx: Context): Promise<OrgUnit | null> | null {
    return u.parent ? ctx.scope().loaders.unit.load(u.parent.id) : null;
  }

  @FieldResolver(() => [OrgUnit])
  children(@Root() u: OrgUnit, @Ctx() ctx: Context): Promise<OrgUnit[]> {
    return ctx.scope().loaders.childUnits.load(u.id);
  }

  @FieldResolver(() => [Position], {
    description: 'Positions of this unit, highest job class first.',
  })
  positions(@Root() u: OrgUnit, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.scope().loaders.positionsByUnit.load(u.id);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => OrgUnit)
  createOrgUnit(
    @Arg('input', () => OrgUnitInput) input: OrgUnitInput,
    @Ctx() ctx: Context,
  ): Promise<OrgUnit> {
    return ctx.scope().organisation.createUnit(input);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => OrgUnit)
  updateOrgUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrgUnitInput) input: OrgUnitInput,
    @Ctx() ctx: Context,
  ): Promise<OrgUnit> {
    return ctx.scope().organisation.updateUnit(id, input);
  }
}
