/**
 * Opens the database the configuration names (external or embedded), migrates it, and seeds the
 * demo city on first start when asked. Used by the server and by the migrate and seed commands.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { ormConfig } from './mikro-orm.config.js';
import { startEmbedded, type Database } from './postgres.js';

export interface OpenDatabase {
  orm: MikroORM;
  database: Database;
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<OpenDatabase> {
  const database: Database = config.databaseUrl
    ? { url: config.databaseUrl, stop: async () => {} }
    : await startEmbedded({
        dataDir: config.dataDir,
        port: config.embeddedPgPort,
        database: 'kinerja',
        persistent: true,
        log,
      });
  if (!config.databaseUrl)
    log(`embedded PostgreSQL on port ${config.embeddedPgPort}, data in ${config.dataDir}`);
  const orm = await MikroORM.init(ormConfig({ url: database.url }));
  return {
    orm,
    database,
    async close() {
      await orm.close(true);
      await database.stop();
    },
  };
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** SESSION_SECRET, or one generated once and kept in DATA_DIR so that sessions survive restarts. */
export async function sessionSecret(config: Config): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  const file = path.join(config.dataDir, 'session-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(config.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
