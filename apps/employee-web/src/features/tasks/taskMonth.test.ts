import { describe, expect, it } from 'vitest';
import { dueMonth } from './taskMonth';
import { addMonths, todayIn } from '@kinerja/web-common';
import { undoneCount } from './taskStatus';
import { parseAmount, serverField } from './ikiDraft';

describe('task months', () => {
  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -6)).toBe('2026-05');
  });

  it('knows today in the agency’s time zone', () => {
    expect(todayIn('Asia/Jakarta', new Date('2026-11-30T18:00:00Z'))).toBe('2026-12-01');
  });

  it('is last month until its due date (inclusive), then this month', () => {
    const previous = { dueDate: '2026-12-05', closed: false };
    expect(dueMonth('2026-12-05', previous)).toBe('2026-11');
    expect(dueMonth('2026-12-06', previous)).toBe('2026-12');
    expect(dueMonth('2026-12-02', { ...previous, closed: true })).toBe('2026-12');
    expect(dueMonth('2026-12-02', null)).toBe('2026-12');
  });
});

describe('undone tasks', () => {
  const iki = { status: null, closed: false, plan: { status: 'APPROVED' } };
  it('counts what waits for the employee', () => {
    const reviews = [
      { submitted: true, editable: true },
      { submitted: false, editable: true },
    ];
    expect(undoneCount({ iki, reviews, ranking: { submitted: false, editable: true } })).toBe(3);
    expect(undoneCount({ iki: { ...iki, status: 'SUBMITTED' }, reviews, ranking: null })).toBe(1);
    expect(
      undoneCount({
        iki: { ...iki, status: 'RETURNED' },
        reviews: reviews.map((r) => ({ ...r, submitted: true })),
        ranking: { submitted: true, editable: true },
      }),
    ).toBe(1);
  });

  it('does not count what cannot be done: no approved plan, a closed month', () => {
    expect(
      undoneCount({ iki: { ...iki, plan: { status: 'DRAFT' } }, reviews: [], ranking: null }),
    ).toBe(0);
    expect(
      undoneCount({
        iki: { ...iki, closed: true },
        reviews: [{ submitted: false, editable: false }],
        ranking: { submitted: false, editable: false },
      }),
    ).toBe(0);
  });
});

describe('IKI drafts', () => {
  it('parses amounts with a decimal comma or point, at most two places', () => {
    expect(parseAmount('12')).toBe(12);
    expect(parseAmount(' 12,5 ')).toBe(12.5);
    expect(parseAmount('0.25')).toBe(0.25);
    expect(parseAmount('1.234')).toBeNull();
    expect(parseAmount('-1')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('points a server error at its line and field', () => {
    const lines = [
      { indicatorId: 'a', practice: false },
      { indicatorId: 'b', practice: true },
    ];
    expect(serverField('realisations.1.observation', lines)).toEqual({
      indicatorId: 'b',
      field: 'observation',
    });
    expect(serverField('realisations.0.evidenceIds', lines)).toEqual({
      indicatorId: 'a',
      field: 'evidence',
    });
    expect(serverField('realisations', lines)).toBeNull();
    expect(serverField(undefined, lines)).toBeNull();
  });
});
