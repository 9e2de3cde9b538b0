/**
 * How the decision pages write dates, times, months, durations and scores: calendar dates from the
 * API (YYYY-MM-DD, already in the agency's time zone) formatted as UTC dates so the viewer's own
 * zone cannot shift a day; instants shown in Asia/Jakarta; figures the Indonesian way in `id`.
 */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string;

const AGENCY_TIME_ZONE = 'Asia/Jakarta';
const NONE = '—';

/** The BCP 47 tag of a UI language. */
export const bcp47 = (locale: string) =>
  locale === 'id' ? 'id-ID' : locale === 'en' ? 'en-GB' : locale;

function utcDate(date: string): Date | null {
  const [year, month, day] = date.split('-').map(Number);
  return year && month && day ? new Date(Date.UTC(year, month - 1, day)) : null;
}

const dateFormat = (locale: string) =>
  new Intl.DateTimeFormat(bcp47(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** One date, short: "26 Nov 2026". */
export function formatDay(date: string, locale: string): string {
  const d = utcDate(date);
  return d ? dateFormat(locale).format(d) : date;
}

/** A range of dates, inclusive and compact: "26–27 Nov 2026"; one date when both are the same. */
export function formatDayRange(from: string, to: string, locale: string): string {
  const a = utcDate(from);
  const b = utcDate(to);
  if (!a || !b) return `${from} – ${to}`;
  if (from === to) return dateFormat(locale).format(a);
  return dateFormat(locale).formatRange(a, b);
}

/** A month (YYYY-MM) in words: "Oktober 2026". */
export function formatMonth(month: string, locale: string): string {
  const d = utcDate(`${month}-01`);
  if (!d) return month;
  return new Intl.DateTimeFormat(bcp47(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** An instant (an ISO string from the API) as the agency's local date and time: "20 Nov 2026, 10.00". */
export function formatInstant(instant: unknown, locale: string): string {
  const d = new Date(String(instant));
  if (Number.isNaN(d.getTime())) return String(instant);
  return new Intl.DateTimeFormat(bcp47(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: AGENCY_TIME_ZONE,
  }).format(d);
}

/** A decimal as users read it, up to two places: "83,33" (id), "83.33" (en); a dash for none. */
export function formatDecimal(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return NONE;
  return new Intl.NumberFormat(bcp47(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A score with two places: "89,58" (id). */
export function formatScore(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return NONE;
  return new Intl.NumberFormat(bcp47(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
