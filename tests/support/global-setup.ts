import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

/** One running system (demo city seeded on its first start) shared by the browser tests. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-e2e-'));
  // Without the reminder scheduler: a run spanning 07:00 or 18:00 in Jakarta would otherwise add
  // reminders under the tests' feet (the scheduler has its own API tests).
  const server = await startServer(dataDir, { JOBS: 'false' });
  project.provide('baseUrl', server.baseUrl);
  project.provide('databaseUrl', server.databaseUrl);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
