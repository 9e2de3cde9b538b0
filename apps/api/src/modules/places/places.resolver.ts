import { GraphQLLocalDate } from 'graphql-scalars';
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
import type { Context } from '../../context.js';
import { Role } from '../organisation/organisation.enums.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { OfficeLocation } from './office-location.entity.js';
import { OfficeLocationInput } from './places.inputs.js';
import { placesScope } from './places.scope.js';
import { allowedPlaces } from './places.service.js';
import { Place } from './places.types.js';

@Resolver(() => OfficeLocation)
export class PlacesResolver {
  @Authorized()
  @Query(() => [Place], {
    description:
      "Where the caller's check-in counts as inside on a date (default today): the offices of the nearest unit up the tree that has any, home on an approved work-from-home day, and the destination of approved official travel.",
  })
  async myPlaces(
    @Ctx() ctx: Context,
    @Arg('date', () => GraphQLLocalDate, { nullable: true }) date?: string | null,
  ): Promise<Place[]> {
    const scope = ctx.scope();
    const places = await allowedPlaces(
      scope.em,
      scope.viewer.agencyId,
      [scope.viewer.employeeId],
      date ?? scope.today,
    );
    return places.map(({ employeeId: _, ...place }) => place);
  }

  @Authorized()
  @Query(() => [OfficeLocation], { description: 'The office locations of the agency, by name.' })
  officeLocations(@Ctx() ctx: Context): Promise<OfficeLocation[]> {
    return placesScope(ctx).admin.locations();
  }

  @FieldResolver(() => [OrgUnit], { description: 'The units this office is assigned to.' })
  units(@Root() l: OfficeLocation, @Ctx() ctx: Context): Promise<OrgUnit[]> {
    return placesScope(ctx).loaders.unitsByLocation.load(l.id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => OfficeLocation)
  createOfficeLocation(
    @Arg('input', () => OfficeLocationInput) input: OfficeLocationInput,
    @Ctx() ctx: Context,
  ): Promise<OfficeLocation> {
    return placesScope(ctx).admin.createLocation(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => OfficeLocation)
  updateOfficeLocation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OfficeLocationInput) input: OfficeLocationInput,
    @Ctx() ctx: Context,
  ): Promise<OfficeLocation> {
    return placesScope(ctx).admin.updateLocation(id, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes an office location and its assignments.' })
  deleteOfficeLocation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return placesScope(ctx).admin.deleteLocation(id);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => OfficeLocation, {
    description: 'Assigns an office to a unit (its subunits without their own use it too).',
  })
  assignOfficeLocation(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('locationId', () => ID) locationId: string,
    @Ctx() ctx: Context,
  ): Promise<OfficeLocation> {
    return placesScope(ctx).admin.assign(unitId, locationId);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes an office from a unit; false if it had none.' })
  unassignOfficeLocation(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('locationId', () => ID) locationId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return placesScope(ctx).admin.unassign(unitId, locationId);
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitPlacesResolver {
  @FieldResolver(() => [OfficeLocation], {
    description: 'The offices assigned to this unit itself (not those it inherits).',
  })
  offices(@Root() u: OrgUnit, @Ctx() ctx: Context): Promise<OfficeLocation[]> {
    return placesScope(ctx).loaders.officesByUnit.load(u.id);
  }
}
