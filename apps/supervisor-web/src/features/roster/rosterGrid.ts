/**
 * The roster editor's logic, free of Vue and GraphQL: a grid of people (rows) × dates (columns)
 * whose cells hold a shift, a day off or nothing; the cursor and a selected range moved by the
 * keyboard; shift codes typed into cells; the edits kept apart from what the server saved (so
 * changed cells can be shown and sent in one call); and each person's month in figures.
 */
import { addDays, weekdayOf } from '../admin-periods/dates';

/** What a cell holds: a shift's id, DAY_OFF, or null (nothing set: the unit's work pattern). */
export type CellValue = string | null;
export const DAY_OFF = '#off';
/** What is typed for a day off (also what the cell shows), and the import's words for it. */
export const DAY_OFF_CODE = 'L';

export interface Position {
  row: number;
  col: number;
}
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface Shape {
  rows: number;
  cols: number;
}

export const cellKey = (employeeId: string, date: string): string => `${employeeId}|${date}`;

export function splitKey(key: string): { employeeId: string; date: string } {
  const at = key.lastIndexOf('|');
  return { employeeId: key.slice(0, at), date: key.slice(at + 1) };
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

export const isWeekend = (date: string): boolean => weekdayOf(date) >= 6;

/** The Monday of the week of `date`. */
export const mondayOf = (date: string): string => addDays(date, 1 - weekdayOf(date));

/** The Mondays of the weeks that touch the range, in order. */
export function weeksTouching(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

// --- cursor and selection -------------------------------------------------------------------

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * Where a key moves the cursor: the arrows one cell, Home/End to the row's first or last date
 * (with Ctrl: the first or last cell of the grid), PageUp/PageDown a week back or ahead. Null when
 * the key does not move.
 */
export function moveBy(at: Position, key: string, shape: Shape, ctrl = false): Position | null {
  const last = { row: shape.rows - 1, col: shape.cols - 1 };
  const to = (row: number, col: number) => ({
    row: clamp(row, last.row),
    col: clamp(col, last.col),
  });
  switch (key) {
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowLeft':
      return to(at.row, at.col - 1);
    case 'ArrowRight':
      return to(at.row, at.col + 1);
    case 'Home':
      return ctrl ? to(0, 0) : to(at.row, 0);
    case 'End':
      return ctrl ? to(last.row, last.col) : to(at.row, last.col);
    case 'PageUp':
      return to(at.row, at.col - 7);
    case 'PageDown':
      return to(at.row, at.col + 7);
    default:
      return null;
  }
}

/** The rectangle between two corners (the anchor and the cursor). */
export function rangeOf(a: Position, b: Position): Range {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export const inRange = (r: Range, p: Position): boolean =>
  p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;

export const rangeSize = (r: Range): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export function positionsIn(r: Range): Position[] {
  const all: Position[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) all.push({ row, col });
  return all;
}

// --- typing codes ---------------------------------------------------------------------------

export interface ShiftCode {
  id: string;
  code: string;
}

/**
 * A key typed into a cell, with what was typed just before (`buffer`): the value it names, if any,
 * and what to keep for the next key. A code is taken as soon as it is whole; while a longer code
 * still starts with what was typed, the buffer is kept so that "M", "2" can reach "M2". A key that
 * continues no code starts afresh. L is a day off.
 */
export function typeCode(
  buffer: string,
  key: string,
  shifts: readonly ShiftCode[],
): { buffer: string; value: CellValue | undefined } {
  const words: { word: string; value: CellValue }[] = [
    { word: DAY_OFF_CODE, value: DAY_OFF },
    ...shifts
      .filter((s) => s.code.toUpperCase() !== DAY_OFF_CODE)
      .map((s) => ({ word: s.code.toUpperCase(), value: s.id })),
  ];
  const continues = (typed: string) => words.some((w) => w.word.startsWith(typed));
  let typed = (buffer + key).toUpperCase();
  if (!continues(typed)) typed = key.toUpperCase();
  if (!continues(typed)) return { buffer: '', value: undefined };
  const exact = words.find((w) => w.word === typed);
  const longer = words.some((w) => w.word !== typed && w.word.startsWith(typed));
  return { buffer: longer ? typed : '', value: exact?.value };
}

// --- change tracking ------------------------------------------------------------------------

export type Cells = ReadonlyMap<string, CellValue>;

/** What a cell shows: the edit if there is one, else what is saved. */
export function valueAt(saved: Cells, edits: Cells, key: string): CellValue {
  return edits.has(key) ? edits.get(key)! : (saved.get(key) ?? null);
}

/**
 * The edits after setting `keys` to `value`: an edit back to the saved value is no change and is
 * dropped, so the edits are always exactly the changed cells.
 */
export function setCells(
  saved: Cells,
  edits: Cells,
  keys: readonly string[],
  value: CellValue,
): Map<string, CellValue> {
  const next = new Map(edits);
  for (const key of keys) {
    if ((saved.get(key) ?? null) === value) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

export interface CellChange {
  employeeId: string;
  date: string;
  shiftId: string | null;
  dayOff: boolean;
}

/** The edits as setRosterCells takes them (null shift and no day off: clear the cell). */
export function changesOf(edits: Cells): CellChange[] {
  return [...edits.entries()]
    .map(([key, value]) => ({
      ...splitKey(key),
      shiftId: value !== null && value !== DAY_OFF ? value : null,
      dayOff: value === DAY_OFF,
    }))
    .sort((a, b) => a.employeeId.localeCompare(b.employeeId) || a.date.localeCompare(b.date));
}

// --- a person's month -----------------------------------------------------------------------

export interface PersonSummary {
  /** Dates with a shift. */
  workingDays: number;
  /** Dates set as a day off. */
  daysOff: number;
  /** Dates per shift id, only shifts that occur. */
  byShift: Map<string, number>;
}

export function summaryOf(values: readonly CellValue[]): PersonSummary {
  const byShift = new Map<string, number>();
  let daysOff = 0;
  for (const v of values) {
    if (v === DAY_OFF) daysOff++;
    else if (v !== null) byShift.set(v, (byShift.get(v) ?? 0) + 1);
  }
  const workingDays = [...byShift.values()].reduce((a, b) => a + b, 0);
  return { workingDays, daysOff, byShift };
}

// --- shifts ---------------------------------------------------------------------------------

/** Tones for shifts, by their order of starting time (pagi, siang, malam…), repeated past six. */
export const TONES = 6;

export function tonesOf(shifts: readonly { id: string; start: string }[]): Map<string, number> {
  return new Map(
    [...shifts]
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
      .map((s, i) => [s.id, i % TONES]),
  );
}

/** Whether a shift from `start` to `end` (HH:mm) ends on the next calendar day. */
export const crossesMidnight = (start: string, end: string): boolean => end <= start;

/** The length of a shift in minutes. */
export function shiftMinutes(start: string, end: string): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const length = minutes(end) - minutes(start);
  return length <= 0 ? length + 24 * 60 : length;
}

/** A shift's length in words: "7 jam", "7 jam 30 menit" (messages roster.shifts.hours*). */
export function lengthText(
  minutes: number,
  t: (key: string, values: Record<string, number>) => string,
): string {
  const values = { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  return t(values.minutes ? 'roster.shifts.hours' : 'roster.shifts.hoursOnly', values);
}
