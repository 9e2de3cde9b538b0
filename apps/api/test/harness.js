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
};
export const DEMO_PASSWORD = 'kinerja2026';
export async function createTestApp(options = {}) {
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
  const tokens = new Map();
  async function gql(query, variables = {}, opts = {}) {
    const headers = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.lang) headers['accept-language'] = opts.lang;
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers,
      payload: { query, variables },
    });
    const body = res.json();
    return { status: res.statusCode, data: body.data, errors: body.errors, headers: res.headers };
  }
  async function tokenOf(nip, password = DEMO_PASSWORD) {
    const cached = tokens.get(nip);
    if (cached) return cached;
    const res = await gql(
      'mutation($nip: String!, $password: String!) { login(nip: $nip, password: $password) { token } }',
      { nip, password },
    );
    if (!res.data?.login) throw new Error(`login ${nip} failed: ${JSON.stringify(res.errors)}`);
    tokens.set(nip, res.data.login.token);
    return res.data.login.token;
  }
  /** Runs an operation as the person with this NIP. */
  async function as(nip, query, variables = {}, opts = {}) {
    return gql(query, variables, { ...opts, token: await tokenOf(nip) });
  }
  /** Counts the SQL statements the callback sends. */
  async function countStatements(fn) {
    const knex = orm.em.getConnection().getKnex();
    const sql = [];
    const listener = (q) => sql.push(q.sql);
    knex.on('query', listener);
    try {
      await fn();
    } finally {
      knex.off('query', listener);
    }
    return { count: sql.length, sql };
  }
  /** Plain SQL on the test database (to arrange or inspect what the API wrote). */
  async function sql(text, params = []) {
    return orm.em.getConnection().execute(text, params);
  }
  /** The first row of a query that must return one. */
  async function one(text, params = []) {
    const [row] = await sql(text, params);
    if (!row) throw new Error(`no row: ${text}`);
    return row;
  }
  async function idOf(nip) {
    const [row] = await sql('select id from employee where nip = ?', [nip]);
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
//# sourceMappingURL=harness.js.map
