/** Start: configuration, database (migrated; demo city on first run), server, clean shutdown. */
import { ConfigError, loadConfig, type Config } from './config.js';
import { migrate, openDatabase, sessionSecret } from './db/bootstrap.js';
import { DEMO_PASSWORD, DEMO_ROSTER_USERS, DEMO_USERS } from './db/seed/demo-city.data.js';
import { isEmpty, seedDemoCity } from './db/seed/demo-city.js';
import { demoToday, seedDemoHistory } from './db/seed/history.js';
import { seedDemoQuestionnaires } from './db/seed/questionnaires.js';
import { seedDemoReminders } from './db/seed/reminders.js';
import { JobQueue } from './jobs/job-queue.js';
import { buildServer } from './server.js';

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

const log = (line: string) =>
  console.log(JSON.stringify({ level: 30, time: Date.now(), msg: line }));
const db = await openDatabase(config, log);
const applied = await migrate(db.orm);
if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
if (config.seedDemo && (await isEmpty(db.orm.em.fork()))) {
  const r = await seedDemoCity(db.orm.em.fork());
  log(`demo city seeded: ${r.units} units, ${r.positions} positions, ${r.employees} employees`);
  const h = await seedDemoHistory(db.orm.em.fork(), demoToday());
  log(
    `demo history seeded (${h.from} to ${h.to}): ${h.entries} entries, ${h.attendanceRecords} attendance records, ${h.leaveRequests} leave requests, ${h.plans} SKP plans, ${h.ikiReports} IKI reports, ${h.behaviourReviews} 360° reviews, ${h.peerRankings} peer rankings in ${h.milliseconds} ms`,
  );
  const q = await seedDemoQuestionnaires(db.orm.em.fork(), demoToday());
  log(`demo questionnaires seeded: ${q.questionnaires} with ${q.responses} responses`);
  const reminders = await seedDemoReminders(db.orm.em.fork(), new Date());
  log(`demo reminders of this morning: ${JSON.stringify(reminders)}`);
}

const app = await buildServer({ config, orm: db.orm, sessionSecret: await sessionSecret(config) });
// Reminder schedules and the email outbox (pg-boss); JOBS=false runs an API-only process.
const jobs = config.jobs
  ? await JobQueue.start({ url: db.database.url, orm: db.orm, config, log: app.log })
  : null;
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info(`${signal}: shutting down`);
  await jobs?.stop().catch((err: unknown) => app.log.warn({ err }, 'job queue stop'));
  await app.close();
  await db.close().catch((err: unknown) => app.log.warn({ err }, 'database stop'));
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const base = `http://localhost:${config.port}`;
const lines = [
  '',
  `Kinerja is running: ${base}/employee/ (pegawai) and ${base}/supervisor/ (atasan & admin); GraphQL at ${base}/graphql`,
];
if (config.seedDemo) {
  lines.push(
    `Demo users (password ${DEMO_PASSWORD}):`,
    ...[...DEMO_USERS, ...Object.values(DEMO_ROSTER_USERS)].map((u) => `  ${u.nip}  ${u.who}`),
  );
}
console.log([...lines, ''].join('\n'));
