/**
 * A calendar date from the API ("YYYY-MM-DD", already in the agency's time zone) in the UI language,
 * e.g. "15 Januari 2025". Formatted as a UTC date so the viewer's own time zone cannot shift the day.
 */
export function formatLocalDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
