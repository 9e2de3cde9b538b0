import { describe, expect, it, vi } from 'vitest';
import {
  afterAction,
  allState,
  EMPTY_SELECTION,
  entriesState,
  isEmpty,
  isSelected,
  keepCursor,
  moveCursor,
  personState,
  resolveTargets,
  selectAll,
  selectedCount,
  setEntries,
  setPerson,
  toggleEntry,
  type RowRef,
  type Selection,
} from './selection';

// Ani has 3 entries on two days, Budi 2 on one day; the filter holds 10 (more are not loaded).
const ref = (id: string, employeeId: string, date: string): RowRef => ({ id, employeeId, date });
const a1 = ref('a1', 'ani', '2026-11-02');
const a2 = ref('a2', 'ani', '2026-11-02');
const a3 = ref('a3', 'ani', '2026-11-03');
const b1 = ref('b1', 'budi', '2026-11-02');
const b2 = ref('b2', 'budi', '2026-11-02');
const loadedRows = [a1, a2, a3, b1, b2];
const COUNTS: Record<string, number> = { ani: 3, budi: 2, citra: 5 };
const countOf = (p: string) => COUNTS[p] ?? null;
const TOTAL = 10;

const selected = (sel: Selection) => loadedRows.filter((r) => isSelected(sel, r)).map((r) => r.id);

describe('single entries', () => {
  it('toggles an entry on and off', () => {
    const on = toggleEntry(EMPTY_SELECTION, a1);
    expect(selected(on)).toEqual(['a1']);
    expect(selectedCount(on, TOTAL, countOf)).toBe(1);
    const off = toggleEntry(on, a1);
    expect(selected(off)).toEqual([]);
    expect(isEmpty(off)).toBe(true);
  });

  it('does not change the selection it was given', () => {
    const before = toggleEntry(EMPTY_SELECTION, a1);
    toggleEntry(before, b1);
    expect(selected(before)).toEqual(['a1']);
    expect(selected(EMPTY_SELECTION)).toEqual([]);
  });
});

describe('a day', () => {
  it('selects and deselects the day’s entries, with a tri-state checkbox', () => {
    const day = [a1, a2];
    expect(entriesState(EMPTY_SELECTION, day)).toBe('none');
    const one = toggleEntry(EMPTY_SELECTION, a1);
    expect(entriesState(one, day)).toBe('some');
    const whole = setEntries(one, day, true);
    expect(entriesState(whole, day)).toBe('all');
    expect(selected(whole)).toEqual(['a1', 'a2']);
    expect(selectedCount(whole, TOTAL, countOf)).toBe(2);
    expect(selected(setEntries(whole, day, false))).toEqual([]);
  });

  it('takes a day out of a selected person', () => {
    const ani = setPerson(EMPTY_SELECTION, 'ani', true);
    const withoutDay = setEntries(ani, [a1, a2], false);
    expect(selected(withoutDay)).toEqual(['a3']);
    expect(selectedCount(withoutDay, TOTAL, countOf)).toBe(1);
    expect(personState(withoutDay, 'ani', 3)).toBe('some');
    // Putting the day back makes the person whole again.
    expect(personState(setEntries(withoutDay, [a1, a2], true), 'ani', 3)).toBe('all');
  });
});

describe('a person', () => {
  it('selects all of a person’s entries, loaded or not', () => {
    const citra = setPerson(EMPTY_SELECTION, 'citra', true);
    expect(personState(citra, 'citra', 5)).toBe('all');
    expect(selectedCount(citra, TOTAL, countOf)).toBe(5);
    expect(selected(citra)).toEqual([]);
  });

  it('replaces the person’s single choices and exclusions', () => {
    const one = toggleEntry(EMPTY_SELECTION, a1);
    const ani = setPerson(one, 'ani', true);
    expect(ani.included.size).toBe(0);
    expect(selectedCount(ani, TOTAL, countOf)).toBe(3);
    const minusOne = toggleEntry(ani, a2);
    expect(selected(minusOne)).toEqual(['a1', 'a3']);
    expect(personState(minusOne, 'ani', 3)).toBe('some');
    const none = setPerson(minusOne, 'ani', false);
    expect(selected(none)).toEqual([]);
    expect(isEmpty(none)).toBe(true);
  });

  it('is whole when every entry was chosen one by one', () => {
    const each = setEntries(EMPTY_SELECTION, [b1, b2], true);
    expect(personState(each, 'budi', 2)).toBe('all');
    expect(personState(toggleEntry(each, b2), 'budi', 2)).toBe('some');
  });
});

describe('everything the filter shows', () => {
  it('counts the whole filter, loaded or not', () => {
    const all = selectAll();
    expect(selected(all)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(selectedCount(all, TOTAL, countOf)).toBe(10);
    expect(allState(all, TOTAL, 10)).toBe('all');
  });

  it('takes out single entries and whole people', () => {
    const lessOne = toggleEntry(selectAll(), b1);
    expect(selectedCount(lessOne, TOTAL, countOf)).toBe(9);
    expect(allState(lessOne, TOTAL, 9)).toBe('some');
    const lessAni = setPerson(lessOne, 'ani', false);
    expect(selected(lessAni)).toEqual(['b2']);
    expect(selectedCount(lessAni, TOTAL, countOf)).toBe(6);
    expect(personState(lessAni, 'ani', 3)).toBe('none');
    // Choosing one of Ani's entries again selects just that one.
    const plusA1 = toggleEntry(lessAni, a1);
    expect(selected(plusA1)).toEqual(['a1', 'b2']);
    expect(selectedCount(plusA1, TOTAL, countOf)).toBe(7);
    // And Ani as a whole again.
    expect(selected(setPerson(plusA1, 'ani', true))).toEqual(['a1', 'a2', 'a3', 'b2']);
  });

  it('shows none, some or all on the select-all checkbox', () => {
    expect(allState(EMPTY_SELECTION, TOTAL, 0)).toBe('none');
    expect(allState(toggleEntry(EMPTY_SELECTION, a1), TOTAL, 1)).toBe('some');
    expect(allState(setEntries(EMPTY_SELECTION, loadedRows, true), 5, 5)).toBe('all');
  });
});

describe('what a bulk action sends', () => {
  const incomplete = { rows: loadedRows, complete: false };
  const complete = { rows: loadedRows, complete: true };
  // The server's ids: the whole filter (10 entries) or one person under it.
  const SERVER: Record<string, string[]> = {
    '*': ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'c2', 'c3', 'c4', 'c5'],
    ani: ['a1', 'a2', 'a3'],
    budi: ['b1', 'b2'],
    citra: ['c1', 'c2', 'c3', 'c4', 'c5'],
  };
  const fetcher = () => vi.fn(async (p?: string) => SERVER[p ?? '*']!);

  it('sends single entries and days as they are, without asking the server', async () => {
    const fetchIds = fetcher();
    const sel = setEntries(toggleEntry(EMPTY_SELECTION, a3), [b1, b2], true);
    expect(await resolveTargets(sel, incomplete, fetchIds)).toEqual(['a3', 'b1', 'b2']);
    expect(fetchIds).not.toHaveBeenCalled();
  });

  it('asks the server for the ids of the whole filter when not everything is loaded', async () => {
    const fetchIds = fetcher();
    const sel = toggleEntry(selectAll(), a2);
    expect(await resolveTargets(sel, incomplete, fetchIds)).toEqual([
      'a1',
      'a3',
      'b1',
      'b2',
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
    ]);
    expect(fetchIds).toHaveBeenCalledTimes(1);
    expect(fetchIds).toHaveBeenCalledWith();
  });

  it('leaves out the people taken out of everything', async () => {
    const fetchIds = fetcher();
    const sel = setPerson(selectAll(), 'citra', false);
    expect(await resolveTargets(sel, incomplete, fetchIds)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(fetchIds.mock.calls).toEqual([['citra'], []]);
  });

  it('asks once per selected person, and adds single entries of others', async () => {
    const fetchIds = fetcher();
    const sel = toggleEntry(setPerson(EMPTY_SELECTION, 'citra', true), b2);
    expect(await resolveTargets(sel, incomplete, fetchIds)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'b2',
    ]);
    expect(fetchIds.mock.calls).toEqual([['citra']]);
  });

  it('resolves scopes from the loaded rows when they are the whole filter', async () => {
    const fetchIds = fetcher();
    const sel = toggleEntry(setPerson(EMPTY_SELECTION, 'ani', true), a1);
    expect(await resolveTargets(sel, complete, fetchIds)).toEqual(['a2', 'a3']);
    expect(await resolveTargets(selectAll(), complete, fetchIds)).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
    ]);
    expect(fetchIds).not.toHaveBeenCalled();
  });

  it('sends nothing for an empty selection, and every id once', async () => {
    expect(await resolveTargets(EMPTY_SELECTION, incomplete, fetcher())).toEqual([]);
    const twice = { ...setPerson(EMPTY_SELECTION, 'ani', true) };
    expect(await resolveTargets(twice, incomplete, fetcher())).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('after a bulk action', () => {
  it('keeps only the failed entries selected', () => {
    const refs = new Map(loadedRows.map((r) => [r.id, r]));
    const after = afterAction(['a2', 'zz'], (id) => refs.get(id));
    expect(selected(after)).toEqual(['a2']);
    expect(after.all).toBe(false);
    expect(after.people.size).toBe(0);
    // An entry that is not loaded stays selected too (it is sent again by the next action).
    expect([...after.included.keys()]).toEqual(['a2', 'zz']);
    expect(selectedCount(after, TOTAL, countOf)).toBe(2);
  });

  it('selects nothing when everything succeeded', () => {
    expect(isEmpty(afterAction([], () => undefined))).toBe(true);
  });
});

describe('the keyboard cursor', () => {
  const ids = ['a1', 'a2', 'a3', 'b1'];

  it('starts at the first entry and moves with j/k, stopping at the ends', () => {
    expect(moveCursor(ids, null, 1)).toBe('a1');
    expect(moveCursor(ids, 'a1', 1)).toBe('a2');
    expect(moveCursor(ids, 'a2', -1)).toBe('a1');
    expect(moveCursor(ids, 'a1', -1)).toBe('a1');
    expect(moveCursor(ids, 'b1', 1)).toBe('b1');
    expect(moveCursor([], null, 1)).toBeNull();
    expect(moveCursor(ids, 'gone', 1)).toBe('a1');
  });

  it('moves to the next remaining entry when its entry is decided', () => {
    expect(keepCursor(ids, ['a1', 'a3', 'b1'], 'a2')).toBe('a3');
    expect(keepCursor(ids, ['a1', 'a2'], 'b1')).toBe('a2');
    expect(keepCursor(ids, ['a1', 'b1'], 'a1')).toBe('a1');
    expect(keepCursor(ids, [], 'a1')).toBeNull();
    expect(keepCursor(ids, ids, null)).toBeNull();
  });
});
