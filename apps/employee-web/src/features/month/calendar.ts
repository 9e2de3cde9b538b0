/**
 * Calendar arithmetic on plain strings: months are "YYYY-MM", dates "YYYY-MM-DD" in the agency's
 * time zone. JS dates are built at UTC midnight and only read with UTC getters, so the device's own
 * time zone never shifts a day.
 */

/** Today's date ("YYYY-MM-DD") in a time zone (the agency's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month `delta` months after `month` (negative: before). */
export function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** The weekday of the month's first day, 0 = Monday … 6 = Sunday. */
export function firstWeekday(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
}

/** Weeks (Monday first) of a month: seven cells each, the month's dates or null around them. */
export function monthGrid(month: string): (string | null)[][] {
  const cells: (string | null)[] = Array.from({ length: firstWeekday(month) }, () => null);
  for (let day = 1; day <= daysInMonth(month); day++)
    cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** "November 2026" / "November 2026" in the UI language. */
export function formatMonth(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** Short weekday names, Monday first ("Sen", "Sel"… / "Mon", "Tue"…). */
export function weekdayNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  // 2024-01-01 was a Monday.
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}
