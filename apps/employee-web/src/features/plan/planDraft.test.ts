import { describe, expect, it } from 'vitest';
import {
  draftOf,
  fieldKey,
  modeOf,
  newIndicator,
  newResult,
  parseTarget,
  removeAt,
  toPlanInput,
  unaligned,
} from './planDraft';

const plan = {
  results: [
    {
      id: 'r1',
      title: 'Tersedianya data',
      parentResultId: null,
      indicators: [
        { id: 'i1', kind: 'QUANTITY' as const, name: 'Laporan', target: 12, unit: 'laporan' },
      ],
    },
    {
      id: 'r2',
      title: 'Tersalurkannya bantuan',
      parentResultId: 'p1',
      indicators: [{ id: 'i2', kind: 'TIME' as const, name: 'Waktu', target: 2.5, unit: 'hari' }],
    },
  ],
};

describe('the plan draft', () => {
  it('starts with one empty result and one indicator when there is no plan', () => {
    const draft = draftOf(null);
    expect(draft).toHaveLength(1);
    expect(draft[0]).toMatchObject({ id: null, title: '', parentResultId: '' });
    expect(draft[0]!.indicators).toHaveLength(1);
    expect(draftOf({ results: [] })).toHaveLength(1);
  });

  it('keeps the server’s ids and turns targets into text', () => {
    const draft = draftOf(plan);
    expect(draft.map((r) => [r.id, r.parentResultId])).toEqual([
      ['r1', ''],
      ['r2', 'p1'],
    ]);
    expect(draft[1]!.indicators[0]).toMatchObject({ id: 'i2', target: '2.5', kind: 'TIME' });
  });

  it('adds and removes results and indicators, keeping at least one', () => {
    const draft = draftOf(plan);
    draft.push(newResult());
    draft[0]!.indicators.push(newIndicator());
    expect(new Set(draft.map((r) => r.key)).size).toBe(3);
    removeAt(draft, 0);
    expect(draft.map((r) => r.id)).toEqual(['r2', null]);
    const one = draft[0]!.indicators;
    removeAt(one, 0);
    expect(one).toHaveLength(1);
  });

  it('builds the save input: ids kept, targets parsed, stale parents dropped', () => {
    const draft = draftOf(plan);
    draft[0]!.parentResultId = 'p2';
    draft[1]!.indicators[0]!.target = '3,75';
    const added = newResult();
    added.title = 'Baru';
    added.indicators[0]!.target = 'abc';
    draft.push(added);
    const input = toPlanInput(2026, draft, new Set(['p2']));
    expect(input.year).toBe(2026);
    expect(input.results[0]).toMatchObject({ id: 'r1', parentResultId: 'p2' });
    // p1 is no longer offered by the supervisor's plan: sent as none.
    expect(input.results[1]).toMatchObject({ id: 'r2', parentResultId: null });
    expect(input.results[1]!.indicators[0]).toEqual({
      id: 'i2',
      kind: 'TIME',
      name: 'Waktu',
      target: 3.75,
      unit: 'hari',
      practiceId: null,
    });
    expect(input.results[2]).not.toHaveProperty('id');
    expect(input.results[2]!.indicators[0]!.target).toBe(0);
  });

  it('parses targets with a point or a comma, refusing other text', () => {
    expect(parseTarget('12')).toBe(12);
    expect(parseTarget(' 0,5 ')).toBe(0.5);
    expect(parseTarget('')).toBeNaN();
    expect(parseTarget('1.2.3')).toBeNaN();
    expect(parseTarget('-1')).toBeNaN();
  });

  it('lists the unaligned results and the page mode of each status', () => {
    expect(unaligned(plan.results).map((r) => r.id)).toEqual(['r1']);
    expect([null, 'DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED'].map(modeOf)).toEqual([
      'edit',
      'edit',
      'edit',
      'waiting',
      'approved',
    ]);
  });

  it('places a server error beside the input it names', () => {
    const draft = draftOf(plan);
    expect(fieldKey('results.1.indicators.0.target', draft)).toEqual({
      result: 'r2',
      indicator: 'i2',
      prop: 'target',
    });
    expect(fieldKey('input.results.0.title', draft)).toEqual({
      result: 'r1',
      indicator: null,
      prop: 'title',
    });
    expect(fieldKey('results.5.title', draft)).toBeNull();
    expect(fieldKey('year', draft)).toBeNull();
    expect(fieldKey(null, draft)).toBeNull();
  });
});
