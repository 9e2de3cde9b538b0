import { describe, expect, it } from 'vitest';
import { netMinutes, patternText, readPattern, weeklyMinutes } from './patternForm';
import { monthGrid } from './workingMonth';

const office = {
  name: 'Kantor, 5 hari kerja',
  code: 'kantor-5-hari',
  isDefault: true,
  days: [1, 2, 3, 4]
    .map((weekday) => ({ weekday, start: '07:30', end: '16:00', breakMinutes: 60 }))
    .concat([{ weekday: 5, start: '07:30', end: '16:30', breakMinutes: 90 }]),
};

describe('work pattern form', () => {
  it('shows the seven weekdays and reads back the working ones', () => {
    const text = patternText(office);
    expect(text.days.map((d) => d.working)).toEqual([true, true, true, true, true, false, false]);
    expect(readPattern(text)).toEqual({ input: office, problems: [] });
  });

  it('starts a new pattern as the office week', () => {
    const text = patternText();
    expect(text.days.filter((d) => d.working).map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(text.days[0]).toMatchObject({ start: '07:30', end: '16:00', breakMinutes: '60' });
  });

  it('names the day and what is wrong with it', () => {
    const text = patternText(office);
    text.name = ' ';
    text.code = 'Kantor Baru';
    text.days[0]!.end = '07:00';
    text.days[1]!.start = '7.30';
    text.days[2]!.breakMinutes = '600';
    expect(readPattern(text).problems).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'code', problem: 'code' },
      { field: 'day', weekday: 1, problem: 'endBeforeStart' },
      { field: 'day', weekday: 2, problem: 'time' },
      { field: 'day', weekday: 3, problem: 'break' },
    ]);
    const none = patternText(office);
    none.days.forEach((d) => (d.working = false));
    expect(readPattern(none).problems).toEqual([{ field: 'days', problem: 'noDays' }]);
  });

  it('counts net minutes as the server does', () => {
    expect(netMinutes({ start: '07:30', end: '16:30', breakMinutes: 90 })).toBe(450);
    expect(netMinutes({ start: '7:30', end: '16:30', breakMinutes: 0 })).toBeNull();
    expect(weeklyMinutes([{ netMinutes: 450 }, { netMinutes: 390 }])).toBe(840);
  });
});

describe('monthGrid', () => {
  it('lays out August 2026 from Monday, with its holidays and days off', () => {
    const weeks = monthGrid(
      '2026-08',
      ['2026-08-03', '2026-08-18'],
      [
        { date: '2026-08-17', name: 'Hari Kemerdekaan', kind: 'NATIONAL' },
        { date: '2026-08-21', name: 'Cuti bersama', kind: 'COLLECTIVE_LEAVE' },
      ],
      [{ name: 'Pekan khusus', startDate: '2026-07-30', endDate: '2026-08-02' }],
    );
    // 1 August 2026 is a Saturday: five empty cells before it.
    expect(weeks[0]!.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(weeks[0]![5]).toMatchObject({
      day: 1,
      weekday: 6,
      kind: 'OFF',
      special: 'Pekan khusus',
    });
    const all = weeks.flat().filter((d) => d !== null);
    expect(all).toHaveLength(31);
    expect(all.find((d) => d.day === 3)?.kind).toBe('WORKDAY');
    expect(all.find((d) => d.day === 17)).toMatchObject({
      kind: 'HOLIDAY',
      holiday: 'Hari Kemerdekaan',
    });
    expect(all.find((d) => d.day === 21)?.kind).toBe('COLLECTIVE_LEAVE');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.at(-1)![0]).toMatchObject({ day: 31, weekday: 1 });
  });
});
