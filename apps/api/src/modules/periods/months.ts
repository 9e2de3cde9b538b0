/** Months written YYYY-MM: checking one, and the days and months around it. Pure. */
import { badInput } from '../../common/errors/app-error.js';

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Throws BAD_USER_INPUT unless `month` is YYYY-MM. */
export function assertMonth(month: string, field = 'period'): void {
  if (!MONTH.test(month)) throw badInput('periods.badMonth', { value: month }, { field });
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Day `day` of the month after `month` (YYYY-MM-DD): a closing date, a due date. */
export function dayOfNextMonth(month: string, day: number): string {
  return `${nextMonth(month)}-${String(day).padStart(2, '0')}`;
}

/** The last day of `month` (YYYY-MM-DD). */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
