/**
 * The pure rules of logging an activity (rules.md, "Activities"): times and how far back an entry
 * may be logged. No I/O; the service supplies today, now and the policy. Credited minutes are
 * arithmetic, so they live in @kinerja/scoring.
 */
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:mm` (or PostgreSQL's `HH:mm:ss`) time, or null when malformed. */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time.length === 8 && time.endsWith(':00') ? time.slice(0, 5) : time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** `HH:mm` of PostgreSQL's `HH:mm:ss`. */
export const hhmm = (time: string): string => time.slice(0, 5);

export interface Violation {
  key: MessageKey;
  params?: MessageParams;
}

/** Days between two YYYY-MM-DD dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The last day an entry of `date`'s month may still be logged: day `deadlineDay` of the next month. */
export function monthDeadline(date: string, deadlineDay: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, deadlineDay));
  return next.toISOString().slice(0, 10);
}

export interface TimingInput {
  date: string;
  startMinutes: number;
  endMinutes: number;
  /** The agency's today (YYYY-MM-DD) and minutes since its midnight. */
  today: string;
  nowMinutes: number;
  backdatingDays: number;
  entryDeadlineDay: number;
}

/** Whether an entry on that date and time may be logged (or changed) now; the first rule it breaks. */
export function timingViolation(t: TimingInput): Violation | null {
  if (t.endMinutes <= t.startMinutes) return { key: 'activities.endBeforeStart' };
  if (t.date > t.today || (t.date === t.today && t.endMinutes > t.nowMinutes))
    return { key: 'activities.future' };
  if (daysBetween(t.date, t.today) > t.backdatingDays) {
    return { key: 'activities.backdating', params: { date: t.date, days: t.backdatingDays } };
  }
  const deadline = monthDeadline(t.date, t.entryDeadlineDay);
  if (t.date.slice(0, 7) < t.today.slice(0, 7) && t.today > deadline) {
    return { key: 'activities.monthDeadline', params: { month: t.date.slice(0, 7), deadline } };
  }
  return null;
}
