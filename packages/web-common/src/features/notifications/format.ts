/** When a notification arrived, in the UI language and the agency's time zone (Asia/Jakarta unless told). */
export function formatArrival(iso: unknown, locale: string, timeZone = 'Asia/Jakarta'): string {
  const at = new Date(String(iso));
  if (Number.isNaN(at.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}
