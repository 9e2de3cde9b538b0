/** `npm run migrate`: applies pending migrations to the configured database. */
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from './bootstrap.js';

const config = loadConfig();
const db = await openDatabase(config, console.log);
try {
  const applied = await migrate(db.orm);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await db.close();
}
