/**
 * A month of a unit's calendar laid out in weeks (Monday first): each day a working day (from the
 * server's list), a holiday or collective leave (with its name), or a day off; and the special
 * period (e.g. Ramadan hours) that covers it, if any.
 */
import { daysInMonth } from '@kinerja/web-common';
import { weekdayOf } from '../admin-periods/dates';

export type DayKind = 'WORKDAY' | 'HOLIDAY' | 'COLLECTIVE_LEAVE' | 'OFF';

export interface MonthDay {
  date: string;
  day: number;
  weekday: number;
  kind: DayKind;
  /** The holiday's name. */
  holiday: string | null;
  /** The special period covering the day. */
  special: string | null;
}

export function monthGrid(
  month: string,
  workingDays: readonly string[],
  holidays: readonly { date: string; name: string; kind: 'NATIONAL' | 'COLLECTIVE_LEAVE' }[],
  specialPeriods: readonly { name: string; startDate: string; endDate: string }[],
): (MonthDay | null)[][] {
  const working = new Set(workingDays);
  const byDate = new Map(holidays.map((h) => [h.date, h]));
  const days: MonthDay[] = Array.from({ length: daysInMonth(month) }, (_, i) => {
    const date = `${month}-${String(i + 1).padStart(2, '0')}`;
    const holiday = byDate.get(date);
    const kind: DayKind = working.has(date)
      ? 'WORKDAY'
      : holiday
        ? holiday.kind === 'COLLECTIVE_LEAVE'
          ? 'COLLECTIVE_LEAVE'
          : 'HOLIDAY'
        : 'OFF';
    const special = specialPeriods.find((p) => p.startDate <= date && date <= p.endDate);
    return {
      date,
      day: i + 1,
      weekday: weekdayOf(date),
      kind,
      holiday: holiday?.name ?? null,
      special: special?.name ?? null,
    };
  });
  const weeks: (MonthDay | null)[][] = [];
  let week: (MonthDay | null)[] = Array.from({ length: days[0]!.weekday - 1 }, () => null);
  for (const day of days) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
