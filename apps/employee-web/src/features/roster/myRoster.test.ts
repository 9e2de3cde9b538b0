import { describe, expect, it } from 'vitest';
import { monthFigures, monthLines, type MyCell, shiftText, toneOf } from './myRoster';

const NIGHT = {
  id: 's-m',
  code: 'M',
  name: 'Malam',
  start: '21:00',
  end: '07:00',
  crossesMidnight: true,
};
const MORNING = {
  ...NIGHT,
  id: 's-p',
  code: 'P',
  name: 'Pagi',
  start: '07:00',
  end: '14:00',
  crossesMidnight: false,
};
const cells: MyCell[] = [
  { date: '2026-11-02', dayOff: false, shift: NIGHT },
  { date: '2026-11-03', dayOff: false, shift: NIGHT },
  { date: '2026-11-04', dayOff: true, shift: null },
  { date: '2026-11-05', dayOff: false, shift: MORNING },
];

describe('monthLines', () => {
  it('lists every date of the month with its cell or none', () => {
    const lines = monthLines('2026-11', cells);
    expect(lines).toHaveLength(30);
    expect(lines[0]).toEqual({ date: '2026-11-01', cell: null });
    expect(lines[1]!.cell?.shift?.code).toBe('M');
    expect(lines[3]!.cell?.dayOff).toBe(true);
    expect(lines[29]!.date).toBe('2026-11-30');
    expect(monthLines('2028-02', [])).toHaveLength(29);
  });
});

describe('monthFigures', () => {
  it('counts working days per shift (by starting time) and days off', () => {
    const f = monthFigures(cells);
    expect(f.workingDays).toBe(3);
    expect(f.daysOff).toBe(1);
    expect(f.shifts.map((s) => [s.shift.code, s.count])).toEqual([
      ['P', 1],
      ['M', 2],
    ]);
    expect(toneOf('s-m', f.shifts)).toBe(1);
    expect(monthFigures([])).toEqual({ workingDays: 0, daysOff: 0, shifts: [] });
  });
});

describe('shiftText', () => {
  it('says when a shift ends the next day', () => {
    const t = (key: string, v: Record<string, string>) => `${key} ${v.name} ${v.start}–${v.end}`;
    expect(shiftText(NIGHT, t)).toBe('roster.today.shiftNextDay Malam 21:00–07:00');
    expect(shiftText(MORNING, t)).toBe('roster.today.shift Pagi 07:00–14:00');
  });
});
