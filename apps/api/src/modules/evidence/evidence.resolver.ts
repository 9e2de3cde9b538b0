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
import { badInput } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { Evidence, EvidenceKind } from './evidence.entity.js';
import { addLinkEvidence } from './evidence.service.js';
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

  @Authorized()
  @Mutation(() => Evidence, {
    description:
      'Stores a link (http or https only, e.g. a teaching video or a document in the agency’s drive) as the caller’s evidence, to attach by id like an upload. The server never fetches it. `title` defaults to the link’s host and path.',
  })
  async addLinkEvidence(
    @Arg('url', () => String) url: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Ctx() ctx: Context,
  ): Promise<Evidence> {
    const { em, viewer, now } = ctx.scope();
    return addLinkEvidence(em, viewer, ctx.requestId, now(), url, title);
  }

  @FieldResolver(() => String, {
    description:
      'Where the file is served (relative to the API), for the owner and those who may read the entries it is attached to; for a LINK, the link itself (absolute, never fetched by the server).',
  })
  url(@Root() evidence: Evidence): string {
    return evidence.kind === EvidenceKind.LINK && evidence.linkUrl
      ? evidence.linkUrl
      : evidenceUrl(evidence.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A small WebP preview (longest side 320 px); null for documents.',
  })
  thumbnailUrl(@Root() evidence: Evidence): string | null {
    return evidence.thumbnailKey ? evidenceThumbnailUrl(evidence.id) : null;
  }
}
