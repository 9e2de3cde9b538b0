/**
 * Per request: a forked EntityManager, the viewer, their language, and (once signed in) the
 * hierarchy queries, loaders, access rules and services bound to the viewer's agency.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from './common/auth/viewer.js';
import type { Config } from './config.js';
import { todayIn } from './common/dates.js';
import { unauthenticated } from './common/errors/app-error.js';
import type { Locale } from './common/i18n/messages.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { AuthService } from './modules/auth/auth.service.js';
import { Access } from './modules/organisation/access.js';
import { Hierarchy } from './modules/organisation/hierarchy.js';
import { OrganisationService } from './modules/organisation/organisation.service.js';

export class ViewerScope {
  readonly today: string;
  readonly hierarchy: Hierarchy;
  readonly loaders: Loaders;
  readonly access: Access;
  readonly organisation: OrganisationService;

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
    requestId: string,
    readonly now: () => Date,
  ) {
    this.today = todayIn(viewer.timeZone, now());
    this.hierarchy = new Hierarchy(em, viewer.agencyId);
    this.loaders = createLoaders(em, viewer.agencyId, this.hierarchy, this.today);
    this.access = new Access(viewer, this.hierarchy, this.today);
    this.organisation = new OrganisationService(em, viewer, this.access, this.hierarchy, requestId);
  }
}

export interface Context {
  requestId: string;
  locale: Locale;
  /** The server's configuration (read only). */
  config: Config;
  log: FastifyBaseLogger;
  em: EntityManager;
  /** The caller; set by login for the rest of that request. */
  viewer: Viewer | null;
  request: FastifyRequest;
  reply: FastifyReply;
  auth: AuthService;
  /** The time of the request's clock (fixed in tests). */
  now: () => Date;
  /** The signed-in viewer's scope; throws UNAUTHENTICATED for anonymous requests. */
  scope(): ViewerScope;
}

export function createContext(init: Omit<Context, 'scope'>): Context {
  let scope: ViewerScope | null = null;
  return {
    ...init,
    // `this`, not a captured object: Apollo hands resolvers a shallow copy of the context.
    scope(this: Context) {
      if (!this.viewer) throw unauthenticated();
      if (scope?.viewer !== this.viewer)
        scope = new ViewerScope(this.em, this.viewer, this.requestId, this.now);
      return scope;
    },
  };
}
