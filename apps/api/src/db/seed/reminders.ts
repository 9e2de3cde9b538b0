/**
 * The demo's first reminders: the morning run of the reminders (modules/notifications) at `now`
 * for every agency, so that a new demo's bells are not empty until the first 07:00 or 18:00 run:
 * yesterday's days not submitted, tasks due in two days, supervisors' entries close to escalating,
 * and on a Monday the weekly digest. Idempotent like every trigger (a later run adds nothing).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { runReminders } from '../../modules/notifications/reminders.js';

/** How many notifications the run created, by trigger. */
export async function seedDemoReminders(
  em: EntityManager,
  now: Date,
): Promise<Record<string, number>> {
  const agencies = await query<{ id: string; time_zone: string }>(
    em,
    `select id, time_zone from agency order by id`,
  );
  const created: Record<string, number> = {};
  for (const agency of agencies) {
    const run = await runReminders(
      em.fork(),
      { agencyId: agency.id, timeZone: agency.time_zone },
      'morning',
      now,
    );
    for (const [trigger, delivered] of Object.entries(run))
      created[trigger] = (created[trigger] ?? 0) + delivered.created;
  }
  return created;
}
