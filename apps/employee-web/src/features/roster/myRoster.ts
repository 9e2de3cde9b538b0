/**
 * The employee's own roster (myRoster) for a page: a month's dates each with its cell (a shift, a
 * day off, or none: office hours), and the month in figures. Dates are "YYYY-MM-DD" in the
 * agency's time zone.
 */
import { daysInMonth } from '@kinerja/web-common';

export interface MyShift {
  id: string;
  code: string;
  name: string;
  start: string;
  end: string;
  crossesMidnight: boolean;
}

export interface MyCell {
  date: string;
  dayOff: boolean;
  shift: MyShift | null;
}

export interface MonthLine {
  date: string;
  cell: MyCell | null;
}

/** Every date of the month with its roster cell, if any. */
export function monthLines(month: string, cells: readonly MyCell[]): MonthLine[] {
  const byDate = new Map(cells.map((c) => [c.date, c]));
  return Array.from({ length: daysInMonth(month) }, (_, i) => {
    const date = `${month}-${String(i + 1).padStart(2, '0')}`;
    return { date, cell: byDate.get(date) ?? null };
  });
}

export interface MonthFigures {
  workingDays: number;
  daysOff: number;
  /** The shifts that occur, by starting time, with how many dates each. */
  shifts: { shift: MyShift; count: number }[];
}

export function monthFigures(cells: readonly MyCell[]): MonthFigures {
  const counts = new Map<string, { shift: MyShift; count: number }>();
  let daysOff = 0;
  for (const c of cells) {
    if (c.shift) {
      const seen = counts.get(c.shift.id);
      if (seen) seen.count++;
      else counts.set(c.shift.id, { shift: c.shift, count: 1 });
    } else if (c.dayOff) daysOff++;
  }
  const shifts = [...counts.values()].sort((a, b) => a.shift.start.localeCompare(b.shift.start));
  return { workingDays: shifts.reduce((sum, s) => sum + s.count, 0), daysOff, shifts };
}

/** A shift's colour: its place among the month's shifts by starting time. */
export function toneOf(shiftId: string, shifts: readonly { shift: MyShift }[]): number {
  return (
    Math.max(
      0,
      shifts.findIndex((s) => s.shift.id === shiftId),
    ) % 6
  );
}

/** The message of a shift: "Shift Malam 21:00–07:00 (berakhir besok)" for one ending the next day. */
export function shiftText(
  shift: MyShift,
  t: (key: string, values: Record<string, string>) => string,
) {
  const key = shift.crossesMidnight ? 'roster.today.shiftNextDay' : 'roster.today.shift';
  return t(key, { name: shift.name, start: shift.start, end: shift.end });
}
