/** The HTTP surface: health, readiness, metrics, request ids, abuse limits and the committed SDL. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSdl, SDL_PATH } from '../src/sdl.js';
import { createTestApp, persona, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { BODY_LIMIT_BYTES: '20000' } });
});
afterAll(() => t?.close());

describe('operations endpoints', () => {
  it('/healthz answers while the process is up', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('/metrics exposes Prometheus metrics, HTTP timings included', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\}/,
    );
    expect(res.body).toMatch(/process_cpu_user_seconds_total/);
  });

  it('tags every response with a request id, honouring the caller’s', async () => {
    const mine = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(mine.headers['x-request-id']).toBe('abc-123');
    const generated = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('abuse limits', () => {
  it('refuses a query nested too deep', async () => {
    const deep = `{ me { ${'position { parent { '.repeat(8)} name ${'} } '.repeat(8)} } }`;
    const res = await t.as(persona.staff, deep);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { name }`).join(' ');
    const res = await t.as(persona.staff, `{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses batched operations', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.statusCode).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(30_000)}` }),
    });
    expect(res.statusCode).toBe(413);
  });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR with the request id', async () => {
    await t.sql('alter table agency rename column time_zone to tz_tmp');
    try {
      const res = await t.as(
        persona.staff,
        '{ agency { name } }',
        {},
        { headers: { 'x-request-id': 'req-42' } },
      );
      expect(res.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors?.[0]?.message).toMatch(/req-42/);
      expect(res.errors?.[0]?.message).not.toMatch(/tz_tmp|time_zone|column/);
    } finally {
      await t.sql('alter table agency rename column tz_tmp to time_zone');
    }
  });
});

describe('schema', () => {
  it('the committed SDL in packages/schema is what the code builds (run `npm run schema` to update)', async () => {
    expect(await readFile(SDL_PATH, 'utf8')).toBe(await currentSdl());
  });
});
