/**
 * The scheduled runs of the reminders for one agency (what jobs/ calls at the agency's local
 * times; tests call it too):
 * - evening (18:00): DAY_NOT_SUBMITTED for today, for everyone whose working day has ended;
 * - morning (07:00): DAY_NOT_SUBMITTED for yesterday (the shifts that ended after 18:00 or the
 *   next morning; the others were reminded the evening before and are not reminded twice),
 *   TASKS_DUE (due in 2 calendar days), QUEUE_NEAR_ESCALATION, and on Mondays WEEKLY_DIGEST.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayIn } from '../../common/dates.js';
import type { Delivered } from './notify.sql.js';
import {
  addDays,
  dayNotSubmitted,
  queueNearEscalation,
  tasksDue,
  weeklyDigest,
} from './triggers.js';

export type ReminderSlot = 'morning' | 'evening';

export interface AgencyClock {
  agencyId: string;
  timeZone: string;
}

/** Runs one slot's triggers for an agency at `now`; returns what each created. */
export async function runReminders(
  em: EntityManager,
  agency: AgencyClock,
  slot: ReminderSlot,
  now: Date,
): Promise<Record<string, Delivered>> {
  const { agencyId, timeZone } = agency;
  const today = todayIn(timeZone, now);
  if (slot === 'evening') {
    return { dayNotSubmitted: await dayNotSubmitted(em, agencyId, today, now, timeZone) };
  }
  const out: Record<string, Delivered> = {
    dayNotSubmitted: await dayNotSubmitted(em, agencyId, addDays(today, -1), now, timeZone),
    tasksDue: await tasksDue(em, agencyId, today),
    queueNearEscalation: await queueNearEscalation(em, agencyId, today, timeZone),
  };
  if (new Date(`${today}T00:00:00Z`).getUTCDay() === 1)
    out.weeklyDigest = await weeklyDigest(em, agencyId, today, timeZone);
  return out;
}
