/**
 * Months of the monthly tasks (YYYY-MM) and which one is due. The server decides every date (due
 * date, late, closed); the client only needs "today" in the agency's time zone to pick a month.
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** Today (YYYY-MM-DD) in a time zone (the agency's; Asia/Jakarta by default). */
export function todayIn(timeZone = 'Asia/Jakarta', now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The month (YYYY-MM) `delta` months from `month`. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month of a date (YYYY-MM-DD). */
export const monthOf = (date: string): string => date.slice(0, 7);

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

/** The month as words in the UI language, e.g. "November 2026". */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

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
