/**
 * Integration-test harness: a fresh database cloned from a migrated template, the real server
 * (Fastify + Apollo) on it, and GraphQL calls made as named personas through `app.inject`.
 */
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { embeddedUrl } from '../src/db/postgres.js';
import { buildServer } from '../src/server.js';

/** The demo city's people, by what the tests call them. */
export const persona = {
  staff: '199203152019031001',
  sectionHead: '198507222010012002',
  departmentHead: '197604101998031003',
  sekda: '196812011990031004',
  agencyAdmin: '198910052014022005',
} as const;
export const DEMO_PASSWORD = 'kinerja2026';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: (string | number)[];
        extensions: { code: string; [k: string]: unknown };
      }[]
    | undefined;
  headers: Record<string, unknown>;
}

export interface CallOptions {
  token?: string | null;
  lang?: string;
  headers?: Record<string, string>;
}

export async function createTestApp(
  options: {
    template?: 'demo' | 'empty';
    env?: Record<string, string>;
    /** A fixed clock for every request (ISO instant), e.g. '2026-11-20T10:00:00+07:00'. */
    now?: string;
  } = {},
) {
  const port = inject('pgPort');
  const name = `t_${randomBytes(8).toString('hex')}`;
  const admin = new pg.Client({ connectionString: embeddedUrl(port, 'postgres') });
  await admin.connect();
  await admin.query(
    `create database ${name} template ${options.template === 'empty' ? 'kinerja_tpl_empty' : 'kinerja_tpl_demo'}`,
  );
  await admin.end();

  const url = embeddedUrl(port, name);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const orm = await MikroORM.init(ormConfig({ url, poolMax: 4 }));
  const fixed = options.now ? new Date(options.now) : null;
  const app = await buildServer({
    config,
    orm,
    sessionSecret: 'test-secret-'.padEnd(48, 'x'),
    now: fixed ? () => fixed : undefined,
  });
  const tokens = new Map<string, string>();

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: CallOptions = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.lang) headers['accept-language'] = opts.lang;
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers,
      payload: { query, variables },
    });
    const body = res.json() as { data?: T | null; errors?: GqlResult['errors'] };
    return { status: res.statusCode, data: body.data, errors: body.errors, headers: res.headers };
  }

  async function tokenOf(nip: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = tokens.get(nip);
    if (cached) return cached;
    const res = await gql<{ login: { token: string } }>(
      'mutation($nip: String!, $password: String!) { login(nip: $nip, password: $password) { token } }',
      { nip, password },
    );
    if (!res.data?.login) throw new Error(`login ${nip} failed: ${JSON.stringify(res.errors)}`);
    tokens.set(nip, res.data.login.token);
    return res.data.login.token;
  }

  /** Runs an operation as the person with this NIP. */
  async function as<T = Record<string, any>>(
    nip: string,
    query: string,
    variables: Record<string, unknown> = {},
    opts: Omit<CallOptions, 'token'> = {},
  ): Promise<GqlResult<T>> {
    return gql<T>(query, variables, { ...opts, token: await tokenOf(nip) });
  }

  /** Counts the SQL statements the callback sends. */
  async function countStatements(
    fn: () => Promise<unknown>,
  ): Promise<{ count: number; sql: string[] }> {
    const knex = orm.em.getConnection().getKnex();
    const sql: string[] = [];
    const listener = (q: { sql: string }) => sql.push(q.sql);
    knex.on('query', listener);
    try {
      await fn();
    } finally {
      knex.off('query', listener);
    }
    return { count: sql.length, sql };
  }

  /** Plain SQL on the test database (to arrange or inspect what the API wrote). */
  async function sql<R extends Record<string, any> = Record<string, any>>(
    text: string,
    params: unknown[] = [],
  ): Promise<R[]> {
    return orm.em.getConnection().execute<R[]>(text, params);
  }

  /** The first row of a query that must return one. */
  async function one<R extends Record<string, any> = Record<string, any>>(
    text: string,
    params: unknown[] = [],
  ): Promise<R> {
    const [row] = await sql<R>(text, params);
    if (!row) throw new Error(`no row: ${text}`);
    return row;
  }

  async function idOf(nip: string): Promise<string> {
    const [row] = await sql<{ id: string }>('select id from employee where nip = ?', [nip]);
    if (!row) throw new Error(`no employee ${nip}`);
    return row.id;
  }

  return {
    app,
    orm,
    url,
    gql,
    as,
    tokenOf,
    countStatements,
    sql,
    one,
    idOf,
    async close() {
      await app.close();
      await orm.close(true);
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
