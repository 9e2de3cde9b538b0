/**
 * The window of a month's monthly tasks (IKI report, 360° review, peer ranking; rules.md: due by
 * the policy's day of the next month, default the 5th). A task opens with its month, is due on the
 * due date, is still accepted late (and marked so) until the month is closed, and is refused after.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict } from '../../common/errors/app-error.js';
import { policyOn } from '../policy/policy.service.js';
import { firstClosedMonth } from './closed-months.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Throws BAD_USER_INPUT unless `month` is YYYY-MM. */
export function assertMonth(month: string, field = 'period'): void {
  if (!MONTH.test(month)) throw badInput('periods.badMonth', { value: month }, { field });
}

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The due date (YYYY-MM-DD) of a month's tasks: day `dueDay` of the next month. */
export function monthlyTaskDueDate(month: string, dueDay: number): string {
  return `${nextMonth(month)}-${String(dueDay).padStart(2, '0')}`;
}

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

/** The window of `month`'s tasks as of `today`, with the policy in force at the month's end. */
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
