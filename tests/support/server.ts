/**
 * Starts the real system the way `npm start` does after its build step: `node apps/api/dist/main.js`
 * in production mode, with embedded PostgreSQL under its own DATA_DIR, serving both built SPAs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../apps/api/test/free-port.js';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface RunningServer {
  baseUrl: string;
  /** The embedded PostgreSQL's application database, for benchmarks that need bulk data. */
  databaseUrl: string;
  output: () => string;
  /** SIGTERM, and the exit code once the process (and its PostgreSQL) stopped. */
  stop(): Promise<number | null>;
}

export async function startServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const [port, pgPort] = [await freePort(), await freePort()];
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(repoRoot, 'apps/api/dist/main.js')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    databaseUrl: `postgres://postgres:kinerja@127.0.0.1:${env.EMBEDDED_PG_PORT ?? pgPort}/kinerja`,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
