/**
 * A work pattern as the admin edits it: seven weekdays, each off or working from a start to an end
 * with a break. Net minutes are end − start − break (what the server counts); the server checks
 * every rule again (times, order, the break shorter than the day, at least one working day).
 */

export interface PatternDay {
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

export interface DayRow {
  weekday: number;
  working: boolean;
  start: string;
  end: string;
  breakMinutes: string;
}

export interface PatternText {
  name: string;
  code: string;
  isDefault: boolean;
  days: DayRow[];
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minutesOf(time: string): number | null {
  if (!TIME.test(time)) return null;
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** end − start − break, or null when the times are not valid. */
export function netMinutes(day: {
  start: string;
  end: string;
  breakMinutes: number;
}): number | null {
  const start = minutesOf(day.start);
  const end = minutesOf(day.end);
  if (start === null || end === null) return null;
  return end - start - day.breakMinutes;
}

export function patternText(pattern?: {
  name: string;
  code: string;
  isDefault: boolean;
  days: readonly PatternDay[];
}): PatternText {
  return {
    name: pattern?.name ?? '',
    code: pattern?.code ?? '',
    isDefault: pattern?.isDefault ?? false,
    days: WEEKDAYS.map((weekday) => {
      const day = pattern?.days.find((d) => d.weekday === weekday);
      // A new pattern starts as the rules' office week (Mon–Fri 07:30–16:00, one hour's break).
      const working = day ? true : !pattern && weekday <= 5;
      return {
        weekday,
        working,
        start: day?.start ?? '07:30',
        end: day?.end ?? '16:00',
        breakMinutes: String(day?.breakMinutes ?? 60),
      };
    }),
  };
}

export type DayProblem = 'time' | 'endBeforeStart' | 'break';
export type PatternProblem =
  | { field: 'name' | 'code' | 'days'; problem: 'required' | 'code' | 'noDays' }
  | { field: 'day'; weekday: number; problem: DayProblem };

/** Lowercase letters, digits, "-", "." and "/" (the server's code rule). */
const CODE = /^[a-z0-9][a-z0-9-./]*$/;

export function readPattern(text: PatternText):
  | {
      input: { name: string; code: string; isDefault: boolean; days: PatternDay[] };
      problems: [];
    }
  | { input: null; problems: PatternProblem[] } {
  const problems: PatternProblem[] = [];
  const name = text.name.trim();
  const code = text.code.trim();
  if (name.length < 2) problems.push({ field: 'name', problem: 'required' });
  if (!code) problems.push({ field: 'code', problem: 'required' });
  else if (!CODE.test(code)) problems.push({ field: 'code', problem: 'code' });

  const days: PatternDay[] = [];
  for (const row of text.days) {
    if (!row.working) continue;
    const breakMinutes = Number(row.breakMinutes.trim() || '0');
    const start = minutesOf(row.start);
    const end = minutesOf(row.end);
    if (start === null || end === null || !Number.isInteger(breakMinutes) || breakMinutes < 0)
      problems.push({ field: 'day', weekday: row.weekday, problem: 'time' });
    else if (end <= start)
      problems.push({ field: 'day', weekday: row.weekday, problem: 'endBeforeStart' });
    else if (breakMinutes >= end - start)
      problems.push({ field: 'day', weekday: row.weekday, problem: 'break' });
    days.push({ weekday: row.weekday, start: row.start, end: row.end, breakMinutes });
  }
  if (!days.length) problems.push({ field: 'days', problem: 'noDays' });
  if (problems.length) return { input: null, problems };
  return { input: { name, code, isDefault: text.isDefault, days }, problems: [] };
}

/** Net minutes of a week of the pattern (the days' sum). */
export function weeklyMinutes(days: readonly { netMinutes: number }[]): number {
  return days.reduce((sum, d) => sum + d.netMinutes, 0);
}
