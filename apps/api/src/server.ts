/**
 * The HTTP server: /graphql (Apollo on Fastify), /uploads (evidence files), /healthz, /readyz,
 * /metrics, and in production the built SPAs at /employee/ and /supervisor/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance } from 'fastify';
import client from 'prom-client';
import type { Config } from './config.js';
import { uuidv7 } from './common/ids.js';
import { authenticateRequest } from './common/auth/http-auth.js';
import { errorLoggingPlugin, formatError } from './common/errors/format-error.js';
import { requestStore } from './common/request-store.js';
import { localeFrom } from './common/i18n/messages.js';
import { createContext, type Context } from './context.js';
import { AuthService } from './modules/auth/auth.service.js';
import { evidenceRoutes } from './modules/evidence/evidence.routes.js';
import { getSchema } from './schema.js';

export interface ServerDeps {
  config: Config;
  orm: MikroORM;
  sessionSecret: string;
  /** The clock every request reads (tests fix it); the real time by default. */
  now?: () => Date;
}

/** Limits applied to every GraphQL request (graphql-armor). Batching is off: one operation per request. */
export const armorConfig = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 30 },
  maxTokens: { n: 2000 },
  costLimit: { maxCost: 20000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: false },
};

export async function buildServer({
  config,
  orm,
  sessionSecret,
  now = () => new Date(),
}: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => uuidv7(),
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const store = {
      requestId: String(request.id),
      locale: localeFrom(request.headers['accept-language']),
    };
    requestStore.run(store, done);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // ── metrics ──────────────────────────────────────────────────────────────────────────────
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
      },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });

  // ── health ───────────────────────────────────────────────────────────────────────────────
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ok', database: 'up' };
    } catch (err) {
      request.log.warn({ err }, 'database not reachable');
      return reply.code(503).send({ status: 'unavailable', database: 'down' });
    }
  });

  // ── GraphQL ──────────────────────────────────────────────────────────────────────────────
  await app.register(fastifyCookie);
  const armor = new ApolloArmor(armorConfig).protect();
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    introspection: true,
    csrfPrevention: true,
    ...armor,
    plugins: [
      fastifyApolloDrainPlugin(app),
      errorLoggingPlugin,
      // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
    ],
  });
  await apollo.start();
  const authSettings = {
    sessionSecret,
    sessionTtlDays: config.sessionTtlDays,
    maxFailures: config.loginMaxFailures,
    lockMinutes: config.loginLockMinutes,
  };
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply) => {
      const em = orm.em.fork();
      const auth = new AuthService(em, authSettings);
      const viewer = await authenticateRequest(request, auth);
      return createContext({
        requestId: String(request.id),
        locale: localeFrom(request.headers['accept-language']),
        config,
        log: request.log,
        em,
        viewer,
        request,
        reply,
        auth,
        now,
      });
    },
  });

  // ── evidence files (POST /uploads, GET /uploads/:id[/thumbnail]) ───────────────────────────
  await app.register(evidenceRoutes, { orm, config, authSettings, now });

  // ── the SPAs ─────────────────────────────────────────────────────────────────────────────
  if (config.serveSpas) await serveSpas(app, config.webDistDir);
  return app;
}

/** Serves each built SPA under its base path, with index.html for client-side routes. */
async function serveSpas(app: FastifyInstance, appsDir: string): Promise<void> {
  const spas = [
    { prefix: '/employee/', dir: path.join(appsDir, 'employee-web', 'dist') },
    { prefix: '/supervisor/', dir: path.join(appsDir, 'supervisor-web', 'dist') },
  ];
  for (const [i, spa] of spas.entries()) {
    if (!existsSync(path.join(spa.dir, 'index.html'))) {
      app.log.warn(
        `${spa.dir}/index.html not found: build the SPAs (npm run build) to serve ${spa.prefix}`,
      );
      continue;
    }
    await app.register(fastifyStatic, {
      root: spa.dir,
      prefix: spa.prefix,
      decorateReply: i === 0,
      wildcard: false,
      index: 'index.html',
      setHeaders: (res, file) => {
        res.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    app.get(`${spa.prefix}*`, (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', spa.dir);
    });
    app.get(spa.prefix.slice(0, -1), (_request, reply) => reply.redirect(spa.prefix));
  }
  app.get('/', (_request, reply) => reply.redirect('/employee/'));
}
