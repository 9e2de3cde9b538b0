/**
 * `npm run seed`: migrates, then creates or refreshes the demo city and adds its history up to
 * yesterday (both idempotent).
 */
import { loadConfig } from '../../config.js';
import { migrate, openDatabase } from '../bootstrap.js';
import { DEMO_PASSWORD, DEMO_ROSTER_USERS, DEMO_USERS } from './demo-city.data.js';
import { seedDemoCity } from './demo-city.js';
import { demoToday, seedDemoHistory } from './history.js';
import { seedDemoQuestionnaires } from './questionnaires.js';
import { seedDemoReminders } from './reminders.js';

const config = loadConfig();
const db = await openDatabase(config, console.log);
try {
  await migrate(db.orm);
  const result = await seedDemoCity(db.orm.em.fork());
  console.log(
    `demo city: ${result.units} units, ${result.positions} positions, ${result.employees} employees`,
  );
  const history = await seedDemoHistory(db.orm.em.fork(), demoToday());
  console.log(
    `demo history ${history.from} to ${history.to}: ${history.entries} entries, ${history.attendanceRecords} attendance records, ${history.leaveRequests} leave requests, ${history.plans} SKP plans, ${history.ikiReports} IKI reports, ${history.behaviourReviews} 360° reviews, ${history.peerRankings} peer rankings, ${history.rosterCells} roster cells added in ${history.milliseconds} ms`,
  );
  const questionnaires = await seedDemoQuestionnaires(db.orm.em.fork(), demoToday());
  console.log(
    `demo questionnaires: ${questionnaires.questionnaires} added with ${questionnaires.responses} responses`,
  );
  const reminders = await seedDemoReminders(db.orm.em.fork(), new Date());
  console.log(`demo reminders of this morning: ${JSON.stringify(reminders)}`);
  console.log(`demo users (password ${DEMO_PASSWORD}):`);
  for (const u of [...DEMO_USERS, ...Object.values(DEMO_ROSTER_USERS)])
    console.log(`  ${u.nip}  ${u.who}`);
} finally {
  await db.close();
}
