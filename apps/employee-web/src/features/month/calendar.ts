/**
 * The month calendar's grid: weeks Monday first, weekday names. Month arithmetic is in
 * app/dates.ts.
 */
import { daysInMonth } from '@kinerja/web-common';

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

/** Short weekday names, Monday first ("Sen", "Sel"… / "Mon", "Tue"…). */
export function weekdayNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  // 2024-01-01 was a Monday.
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}
