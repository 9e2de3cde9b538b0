/**
 * Months of the monthly tasks (YYYY-MM) and which one is due. The server decides every date (due
 * date, late, closed); the client only needs "today" in the agency's time zone to pick a month.
 */
import { addMonths, monthOf } from '@kinerja/web-common';

/**
 * The month whose tasks are due now: last month's until its due date (inclusive) unless it is
 * closed, then the current month's.
 */
export function dueMonth(
  today: string,
  previous: { dueDate: string | null; closed: boolean } | null,
): string {
  const current = monthOf(today);
  if (previous?.dueDate && !previous.closed && today <= previous.dueDate)
    return addMonths(current, -1);
  return current;
}

/** How far back the month switcher goes (the current month is 0). */
export const OLDEST_MONTH_OFFSET = -6;

/** An instant from the API (ISO) as a date and time in the agency's time zone. */
export function formatInstant(iso: unknown, locale: string, timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(String(iso)));
}
