import { describe, expect, it } from 'vitest';
import {
  cellKey,
  changesOf,
  crossesMidnight,
  datesBetween,
  DAY_OFF,
  inRange,
  lengthText,
  isWeekend,
  mondayOf,
  moveBy,
  positionsIn,
  rangeOf,
  rangeSize,
  setCells,
  shiftMinutes,
  splitKey,
  summaryOf,
  tonesOf,
  typeCode,
  valueAt,
  weeksTouching,
} from './rosterGrid';

const shape = { rows: 3, cols: 30 };
const SHIFTS = [
  { id: 's-p', code: 'P', start: '07:00' },
  { id: 's-s', code: 'S', start: '14:00' },
  { id: 's-m', code: 'M', start: '21:00' },
  { id: 's-m2', code: 'M2', start: '22:00' },
];

describe('dates', () => {
  it('lists a range, finds Mondays and weekends', () => {
    expect(datesBetween('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-27')).toBe(false);
    // November 2026 starts on a Sunday: its first week began on 26 October.
    expect(weeksTouching('2026-11-01', '2026-11-30')).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('keys a cell by person and date, either may hold odd characters', () => {
    expect(splitKey(cellKey('a|b', '2026-11-02'))).toEqual({
      employeeId: 'a|b',
      date: '2026-11-02',
    });
  });
});

describe('moveBy', () => {
  const at = { row: 1, col: 10 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveBy(at, 'ArrowUp', shape)).toEqual({ row: 0, col: 10 });
    expect(moveBy(at, 'ArrowDown', shape)).toEqual({ row: 2, col: 10 });
    expect(moveBy(at, 'ArrowLeft', shape)).toEqual({ row: 1, col: 9 });
    expect(moveBy(at, 'ArrowRight', shape)).toEqual({ row: 1, col: 11 });
    expect(moveBy({ row: 0, col: 0 }, 'ArrowUp', shape)).toEqual({ row: 0, col: 0 });
    expect(moveBy({ row: 2, col: 29 }, 'ArrowRight', shape)).toEqual({ row: 2, col: 29 });
  });

  it('jumps to the row’s ends, the grid’s corners and a week on', () => {
    expect(moveBy(at, 'Home', shape)).toEqual({ row: 1, col: 0 });
    expect(moveBy(at, 'End', shape)).toEqual({ row: 1, col: 29 });
    expect(moveBy(at, 'Home', shape, true)).toEqual({ row: 0, col: 0 });
    expect(moveBy(at, 'End', shape, true)).toEqual({ row: 2, col: 29 });
    expect(moveBy(at, 'PageDown', shape)).toEqual({ row: 1, col: 17 });
    expect(moveBy(at, 'PageUp', shape)).toEqual({ row: 1, col: 3 });
    expect(moveBy({ row: 1, col: 27 }, 'PageDown', shape)).toEqual({ row: 1, col: 29 });
  });

  it('ignores other keys', () => {
    expect(moveBy(at, 'Enter', shape)).toBeNull();
    expect(moveBy(at, 'p', shape)).toBeNull();
  });
});

describe('ranges', () => {
  it('spans the anchor and the cursor whichever way it was dragged', () => {
    const r = rangeOf({ row: 2, col: 5 }, { row: 0, col: 3 });
    expect(r).toEqual({ top: 0, bottom: 2, left: 3, right: 5 });
    expect(rangeSize(r)).toBe(9);
    expect(inRange(r, { row: 1, col: 4 })).toBe(true);
    expect(inRange(r, { row: 1, col: 6 })).toBe(false);
    expect(positionsIn(rangeOf({ row: 0, col: 1 }, { row: 1, col: 2 }))).toEqual([
      { row: 0, col: 1 },
      { row: 0, col: 2 },
      { row: 1, col: 1 },
      { row: 1, col: 2 },
    ]);
  });
});

describe('typeCode', () => {
  it('takes a one-letter code at once, and L as a day off', () => {
    expect(typeCode('', 'p', SHIFTS)).toEqual({ buffer: '', value: 's-p' });
    expect(typeCode('', 'l', SHIFTS)).toEqual({ buffer: '', value: DAY_OFF });
  });

  it('takes M at once but keeps listening for M2', () => {
    const first = typeCode('', 'm', SHIFTS);
    expect(first).toEqual({ buffer: 'M', value: 's-m' });
    expect(typeCode(first.buffer, '2', SHIFTS)).toEqual({ buffer: '', value: 's-m2' });
  });

  it('starts afresh on a key that continues no code, and ignores unknown keys', () => {
    expect(typeCode('M', 's', SHIFTS)).toEqual({ buffer: '', value: 's-s' });
    expect(typeCode('', 'x', SHIFTS)).toEqual({ buffer: '', value: undefined });
    expect(typeCode('M', 'x', SHIFTS)).toEqual({ buffer: '', value: undefined });
  });

  it('never lets a shift coded L hide the day off', () => {
    expect(typeCode('', 'L', [{ id: 'odd', code: 'L' }])).toEqual({ buffer: '', value: DAY_OFF });
  });
});

describe('change tracking', () => {
  const a = cellKey('e1', '2026-11-02');
  const b = cellKey('e1', '2026-11-03');
  const c = cellKey('e2', '2026-11-02');
  const saved = new Map([
    [a, 's-p'],
    [b, DAY_OFF],
  ]);

  it('keeps only what differs from the saved roster', () => {
    let edits = setCells(saved, new Map(), [a, b, c], 's-m');
    expect([...edits.entries()]).toEqual([
      [a, 's-m'],
      [b, 's-m'],
      [c, 's-m'],
    ]);
    expect(valueAt(saved, edits, a)).toBe('s-m');
    // Back to what was saved: not a change any more.
    edits = setCells(saved, edits, [a], 's-p');
    edits = setCells(saved, edits, [c], null);
    expect([...edits.keys()]).toEqual([b]);
    expect(valueAt(saved, edits, a)).toBe('s-p');
    expect(valueAt(saved, edits, c)).toBeNull();
  });

  it('sends shifts, days off and cleared cells as setRosterCells takes them', () => {
    const edits = new Map([
      [c, DAY_OFF],
      [a, null],
      [b, 's-s'],
    ]);
    expect(changesOf(edits)).toEqual([
      { employeeId: 'e1', date: '2026-11-02', shiftId: null, dayOff: false },
      { employeeId: 'e1', date: '2026-11-03', shiftId: 's-s', dayOff: false },
      { employeeId: 'e2', date: '2026-11-02', shiftId: null, dayOff: true },
    ]);
  });
});

describe('summaryOf', () => {
  it('counts working days per shift and days off, not empty cells', () => {
    const s = summaryOf(['s-p', 's-p', DAY_OFF, null, 's-m', DAY_OFF, 's-p']);
    expect(s.workingDays).toBe(4);
    expect(s.daysOff).toBe(2);
    expect([...s.byShift.entries()]).toEqual([
      ['s-p', 3],
      ['s-m', 1],
    ]);
  });
});

describe('shifts', () => {
  it('tones shifts by starting time', () => {
    const tones = tonesOf([SHIFTS[2]!, SHIFTS[0]!, SHIFTS[1]!]);
    expect(tones.get('s-p')).toBe(0);
    expect(tones.get('s-s')).toBe(1);
    expect(tones.get('s-m')).toBe(2);
  });

  it('knows a night shift ends the next day, and its length', () => {
    expect(crossesMidnight('21:00', '07:00')).toBe(true);
    expect(crossesMidnight('07:00', '14:00')).toBe(false);
    expect(crossesMidnight('00:00', '00:00')).toBe(true);
    expect(shiftMinutes('21:00', '07:00')).toBe(600);
    expect(shiftMinutes('07:00', '14:00')).toBe(420);
    expect(shiftMinutes('08:00', '08:00')).toBe(1440);
  });

  it('says a shift’s length in hours, and minutes when there are some', () => {
    const t = (key: string, v: Record<string, number>) => `${key}:${v.hours}:${v.minutes}`;
    expect(lengthText(600, t)).toBe('roster.shifts.hoursOnly:10:0');
    expect(lengthText(450, t)).toBe('roster.shifts.hours:7:30');
  });
});
