/** Pure rules of shifts and roster ranges (no database). */
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
  field?: string;
}

/** The longest range `roster` and `myRoster` read (two months). */
export const MAX_ROSTER_DAYS = 62;
/** The most cells one setRosterCells call (or one import) changes. */
export const MAX_ROSTER_CELLS = 2000;
export const MAX_IMPORT_ROWS = 5000;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CODE = /^[A-Z0-9]{1,4}$/;
/** Roster import codes meaning a day off. */
export const DAY_OFF_CODES: ReadonlySet<string> = new Set(['L', 'LIBUR', 'OFF']);

/** Minutes after midnight of HH:mm (or HH:mm:ss), null when it is not a time. */
export function minutesOfTime(time: string): number | null {
  const m = TIME.exec(time.length === 8 && time.endsWith(':00') ? time.slice(0, 5) : time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Whether a shift from `start` to `end` (HH:mm) ends on the next calendar day. */
export function crossesMidnight(start: string, end: string): boolean {
  return (minutesOfTime(end) ?? 0) <= (minutesOfTime(start) ?? 0);
}

/** The length of a shift in minutes (a night shift counts to its end the next morning). */
export function shiftMinutes(start: string, end: string): number {
  const s = minutesOfTime(start) ?? 0;
  const e = minutesOfTime(end) ?? 0;
  return e > s ? e - s : e + 1440 - s;
}

export interface ShiftFields {
  code: string;
  name: string;
  start: string;
  end: string;
}

/** The first thing wrong with a shift's fields, or null. The code is compared upper-cased. */
export function shiftProblem(input: ShiftFields): Problem | null {
  if (!CODE.test(input.code.trim().toUpperCase()))
    return { key: 'roster.badCode', params: { value: input.code }, field: 'code' };
  if (!input.name.trim()) return { key: 'roster.nameRequired', field: 'name' };
  if (minutesOfTime(input.start) === null)
    return { key: 'calendar.badTime', params: { value: input.start }, field: 'start' };
  if (minutesOfTime(input.end) === null)
    return { key: 'calendar.badTime', params: { value: input.end }, field: 'end' };
  if (minutesOfTime(input.start) === minutesOfTime(input.end))
    return { key: 'roster.sameTimes', field: 'end' };
  return null;
}

/** Days from `from` to `to` inclusive (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
