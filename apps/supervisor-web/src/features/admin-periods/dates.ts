/**
 * What the admin pages need beyond web-common's months: days after a date, the weekday of a date,
 * an instant in the agency's time zone, and a year from the address. Dates are "YYYY-MM-DD" in the
 * agency's time zone, built at UTC midnight and read with UTC getters only.
 */

/** The date `delta` days after `date`. */
export function addDays(date: string, delta: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The name of an ISO weekday (1 = Monday) in the UI language ("Senin", "Mon"). */
export function weekdayName(weekday: number, locale: string, width: 'long' | 'short' = 'long') {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/**
 * An instant from the API (DateTimeISO, typed loosely by codegen) as a date and time in the
 * agency's time zone.
 */
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

/** A year from a route query value, or `fallback` when it is not a plausible year. */
export function yearFrom(value: unknown, fallback: number): number {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year >= 2000 && year <= 2999 ? year : fallback;
}
