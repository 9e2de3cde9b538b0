import { describe, expect, it } from 'vitest';
import { entriesByDay, entryTotals } from './entries';
import { unitTrail } from './trail';

const entry = (date: string, startTime: string, status: string, creditedMinutes: number) => ({
  date,
  startTime,
  status,
  creditedMinutes,
});

describe('entriesByDay', () => {
  it('groups by day in date and time order, counting only approved minutes', () => {
    const days = entriesByDay([
      entry('2026-11-03', '09:00', 'APPROVED', 60),
      entry('2026-11-02', '13:00', 'SUBMITTED', 45),
      entry('2026-11-02', '07:30', 'APPROVED', 70),
      entry('2026-11-03', '07:30', 'RETURNED', 30),
    ]);
    expect(days.map((d) => [d.date, d.entries.map((e) => e.startTime), d.approvedMinutes])).toEqual(
      [
        ['2026-11-02', ['07:30', '13:00'], 70],
        ['2026-11-03', ['07:30', '09:00'], 60],
      ],
    );
    expect(entriesByDay([])).toEqual([]);
  });
});

describe('entryTotals', () => {
  it('adds up the month by status', () => {
    expect(
      entryTotals([
        entry('2026-11-02', '07:30', 'APPROVED', 70),
        entry('2026-11-02', '09:00', 'APPROVED', 50),
        entry('2026-11-02', '13:00', 'SUBMITTED', 45),
        entry('2026-11-03', '07:30', 'RETURNED', 30),
        entry('2026-11-03', '08:30', 'REJECTED', 30),
      ]),
    ).toEqual({ entries: 5, approvedMinutes: 120, submitted: 1, returned: 1, rejected: 1 });
  });
});

describe('unitTrail', () => {
  it('lists the units from the department down, without the agency', () => {
    const section = {
      id: 's',
      name: 'Seksi Pengembangan Aplikasi',
      kind: 'SECTION',
      parent: {
        id: 'd',
        name: 'Bidang Aplikasi Informatika',
        kind: 'DIVISION',
        parent: {
          id: 'k',
          name: 'Dinas Kominfo',
          kind: 'DEPARTMENT',
          parent: { id: 'r', name: 'Pemerintah Kota Contoh', kind: 'AGENCY', parent: null },
        },
      },
    };
    expect(unitTrail(section).map((u) => u.name)).toEqual([
      'Dinas Kominfo',
      'Bidang Aplikasi Informatika',
      'Seksi Pengembangan Aplikasi',
    ]);
    expect(unitTrail(null)).toEqual([]);
  });
});
