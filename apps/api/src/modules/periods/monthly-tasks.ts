/**
 * The window of a month's monthly tasks (IKI report, 360° review, peer ranking; rules.md: due by
 * the policy's day of the next month, default the 5th). A task opens with its month, is due on the
 * due date, is still accepted late (and marked so) until the month is closed, and is refused after.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../common/errors/app-error.js';
import { policyOn } from '../policy/policy.service.js';
import { firstClosedMonth } from './closed-months.js';
import { assertMonth, dayOfNextMonth } from './months.js';

/** The due date (YYYY-MM-DD) of a month's tasks: day `dueDay` of the next month. */
export const monthlyTaskDueDate = dayOfNextMonth;

export interface MonthlyTaskWindow {
  month: string;
  dueDate: string;
  /** Whether the month's data is frozen (the month was closed): nothing can be submitted. */
  closed: boolean;
  /** Whether today is after the due date (a submission now is late). */
  late: boolean;
  /** Whether the month has begun (tasks of a future month cannot be done yet). */
  started: boolean;
}

/** The window of `month`'s tasks as of `today`, with the policy in force on the month's first day. */
export async function monthlyTaskWindow(
  em: EntityManager,
  agencyId: string,
  month: string,
  today: string,
): Promise<MonthlyTaskWindow> {
  assertMonth(month);
  const policy = await policyOn(em, agencyId, `${month}-01`);
  const dueDate = monthlyTaskDueDate(month, policy.reviewSettings.tasksDueDay);
  const closed = (await firstClosedMonth(em, agencyId, month)) !== null;
  return { month, dueDate, closed, late: today > dueDate, started: today >= `${month}-01` };
}

/**
 * Throws unless the month's tasks may be submitted today: CONFLICT for a closed month (late
 * submissions are refused once it is closed) or a month not yet begun. Returns the window.
 */
export async function assertMonthlyTaskOpen(
  em: EntityManager,
  agencyId: string,
  month: string,
  today: string,
): Promise<MonthlyTaskWindow> {
  const window = await monthlyTaskWindow(em, agencyId, month, today);
  if (window.closed) throw conflict('tasks.monthClosed', { month, due: window.dueDate });
  if (!window.started) throw conflict('tasks.notStarted', { month });
  return window;
}
