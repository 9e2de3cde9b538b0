import { describe, expect, it } from 'vitest';
import { dayKey, displayRows, isDayComplete, withoutDecided, withPage } from './queueRows';
import { group, page, row } from './verification.fixtures';

const ani = { id: 'ani', name: 'Ani' };
const budi = { id: 'budi', name: 'Budi' };

describe('pages', () => {
  it('appends the next page, keeping each entry once, and takes its cursor and total', () => {
    const a = row(ani, '2026-11-02');
    const b = row(ani, '2026-11-03');
    const first = withPage(null, page([a], { totalCount: 2, hasNextPage: true }));
    expect(first.hasNextPage).toBe(true);
    const both = withPage(first, page([a, b], { totalCount: 2 }));
    expect(both.rows.map((r) => r.entry.id)).toEqual([a.entry.id, b.entry.id]);
    expect(both.hasNextPage).toBe(false);
    expect(both.endCursor).toBe(`cursor-${b.entry.id}`);
    expect([...both.groups.keys()]).toEqual([
      dayKey('ani', '2026-11-02'),
      dayKey('ani', '2026-11-03'),
    ]);
  });
});

describe('what the list shows', () => {
  it('puts a header before each person and each of their days', () => {
    const rows = [
      row(ani, '2026-11-02'),
      row(ani, '2026-11-02'),
      row(ani, '2026-11-03'),
      row(budi, '2026-11-02'),
    ];
    const shown = displayRows(withPage(null, page(rows)));
    expect(shown.map((r) => (r.kind === 'entry' ? 'e' : `${r.kind}:${r.key.slice(2)}`))).toEqual([
      'person:ani',
      'day:ani/2026-11-02',
      'e',
      'e',
      'day:ani/2026-11-03',
      'e',
      'person:budi',
      'day:budi/2026-11-02',
      'e',
    ]);
    const day = shown[1]!;
    expect(day.kind === 'day' && day.rows.length).toBe(2);
    expect(day.kind === 'day' && day.group?.pendingCount).toBe(2);
  });
});

describe('a whole day', () => {
  it('is complete when a later row is loaded or nothing more is to come', () => {
    const rows = [row(ani, '2026-11-02'), row(ani, '2026-11-03')];
    const more = withPage(null, page(rows, { hasNextPage: true }));
    expect(isDayComplete(more, 'ani', '2026-11-02')).toBe(true);
    expect(isDayComplete(more, 'ani', '2026-11-03')).toBe(false);
    const all = withPage(null, page(rows));
    expect(isDayComplete(all, 'ani', '2026-11-03')).toBe(true);
  });
});

describe('decided entries leave the queue', () => {
  const a = row(ani, '2026-11-02', { entry: { creditedMinutes: 60 } });
  const b = row(ani, '2026-11-02', { entry: { creditedMinutes: 30 } });
  const c = row(budi, '2026-11-02');
  const loaded = withPage(
    null,
    page([a, b, c], {
      totalCount: 40,
      groups: [
        group('ani', '2026-11-02', {
          totalCreditedMinutes: 90,
          approvedMinutes: 0,
          pendingCount: 2,
        }),
        group('budi', '2026-11-02'),
      ],
    }),
  );

  it('drops their rows and counts every decided entry off the total, loaded or not', () => {
    const after = withoutDecided(loaded, new Set([a.entry.id, 'not-loaded']), 'APPROVE');
    expect(after.rows.map((r) => r.entry.id)).toEqual([b.entry.id, c.entry.id]);
    expect(after.totalCount).toBe(38);
  });

  it('moves approved minutes into the day’s approved total', () => {
    const g = withoutDecided(loaded, new Set([a.entry.id]), 'APPROVE').groups.get(
      'ani/2026-11-02',
    )!;
    expect(g).toMatchObject({ pendingCount: 1, approvedMinutes: 60, totalCreditedMinutes: 90 });
  });

  it('takes returned or rejected minutes out of the day’s total', () => {
    for (const decision of ['RETURN', 'REJECT'] as const) {
      const g = withoutDecided(loaded, new Set([a.entry.id, b.entry.id]), decision).groups.get(
        'ani/2026-11-02',
      )!;
      expect(g).toMatchObject({ pendingCount: 0, approvedMinutes: 0, totalCreditedMinutes: 0 });
    }
  });
});
