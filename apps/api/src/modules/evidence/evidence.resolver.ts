import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { Evidence } from './evidence.entity.js';
import { evidenceThumbnailUrl, evidenceUrl } from './evidence.urls.js';

const MAX_IDS = 100;

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Authorized()
  @Query(() => [Evidence], {
    description:
      'The caller’s own evidence among `ids` (at most 100), in that order; unknown ids and other people’s evidence are left out.',
  })
  async myEvidence(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Evidence[]> {
    const { viewer, em } = ctx.scope();
    if (ids.length > MAX_IDS) throw badInput('evidence.tooManyIds', { max: MAX_IDS });
    const wanted = ids.filter(isUuid);
    if (!wanted.length) return [];
    const found = await em.find(Evidence, {
      agencyId: viewer.agencyId,
      ownerId: viewer.employeeId,
      id: { $in: wanted },
    });
    const byId = new Map(found.map((e) => [e.id, e]));
    return [...new Set(wanted)].flatMap((id) => byId.get(id) ?? []);
  }

  @FieldResolver(() => String, {
    description:
      'Where the file is served (relative to the API): for the owner and those who may read the entries it is attached to.',
  })
  url(@Root() evidence: Evidence): string {
    return evidenceUrl(evidence.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A small WebP preview (longest side 320 px); null for documents.',
  })
  thumbnailUrl(@Root() evidence: Evidence): string | null {
    return evidence.thumbnailKey ? evidenceThumbnailUrl(evidence.id) : null;
  }
}
