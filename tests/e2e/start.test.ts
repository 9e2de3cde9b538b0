/**
 * The start command's promises: embedded PostgreSQL under DATA_DIR, migrations and the demo city on
 * the first start, a clean stop on SIGTERM, and everything still there at the next start.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/server.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function gql(baseUrl: string, query: string, variables: object = {}, token?: string) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

describe('the system started from a fresh data directory', () => {
  it('seeds the demo city once, keeps data across a restart, and stops cleanly', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-start-'));
    dirs.push(dataDir);

    const first = await startServer(dataDir);
    expect(first.output()).toContain('196812011990031004');
    const login = await gql(
      first.baseUrl,
      'mutation { login(nip: "199203152019031001", password: "kinerja2026") { token } }',
    );
    const token = login.data.login.token as string;
    const count = await gql(
      first.baseUrl,
      '{ subordinates { totalCount } }',
      {},
      (
        await gql(
          first.baseUrl,
          'mutation { login(nip: "196812011990031004", password: "kinerja2026") { token } }',
        )
      ).data.login.token,
    );
    expect(count.data.subordinates.totalCount).toBeGreaterThan(250);
    expect(await first.stop()).toBe(0);
    expect(await readdir(path.join(dataDir, 'postgres'))).toContain('PG_VERSION');

    const second = await startServer(dataDir);
    try {
      // Same session (the secret and the data survived) and no second demo city.
      const me = await gql(second.baseUrl, '{ me { nip } }', {}, token);
      expect(me.data.me.nip).toBe('199203152019031001');
      const again = await gql(second.baseUrl, '{ orgUnits { name } }', {}, token);
      expect(again.data.orgUnits).toHaveLength(1);
      expect(second.output()).not.toMatch(/demo city seeded/);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('redirects / to the employee app and serves both SPAs with client-side routes', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-spa-'));
    dirs.push(dataDir);
    const server = await startServer(dataDir, { SEED_DEMO: 'false' });
    try {
      const root = await fetch(`${server.baseUrl}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/employee/');
      for (const url of [
        '/employee/',
        '/employee/login',
        '/supervisor/',
        '/supervisor/some/deep/route',
      ]) {
        const res = await fetch(`${server.baseUrl}${url}`);
        expect(res.status, url).toBe(200);
        expect(await res.text(), url).toMatch(/<div id="app">/);
      }
      const html = await (await fetch(`${server.baseUrl}/employee/`)).text();
      const asset = /src="(\/employee\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(asset).toBeDefined();
      const js = await fetch(`${server.baseUrl}${asset}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('cache-control')).toMatch(/immutable/);
    } finally {
      await server.stop();
    }
  });
});
