/**
 * Numbers and dates as the queue shows them, in the UI language (Indonesian: 1.234 and
 * "Jumat, 20 November 2026"). Calendar dates are the API's YYYY-MM-DD, formatted as UTC so the
 * browser's own time zone cannot move the day.
 */
const bcp47 = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(bcp47(locale), { maximumFractionDigits: fractionDigits }).format(
    value,
  );
}

function utcDate(date: string): Date | null {
  const [year, month, day] = date.split('-').map(Number);
  return year && month && day ? new Date(Date.UTC(year, month - 1, day)) : null;
}

/** "Jumat, 20 November 2026". */
export function formatDay(date: string, locale: string): string {
  const d = utcDate(date);
  if (!d) return date;
  return new Intl.DateTimeFormat(bcp47(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** "20 Nov 2026", for dense places (labels of checkboxes, failure lists). */
export function formatShortDate(date: string, locale: string): string {
  const d = utcDate(date);
  if (!d) return date;
  return new Intl.DateTimeFormat(bcp47(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** "1,2 MB", "350 KB". */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}
