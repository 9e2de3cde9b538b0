import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Agency } from './agency.entity.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized()
  @Query(() => Agency, { description: 'The signed-in employee’s agency.' })
  async agency(@Ctx() ctx: Context): Promise<Agency> {
    return ctx.em.findOneOrFail(Agency, { id: ctx.scope().viewer.agencyId });
  }
}
