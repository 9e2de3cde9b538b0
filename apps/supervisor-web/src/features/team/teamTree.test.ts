import { describe, expect, it } from 'vitest';
import {
  childKey,
  initialOf,
  keyAction,
  moreKey,
  ROOT,
  visibleRows,
  type Level,
  type Row,
  type TreeState,
} from './teamTree';

interface M {
  id: string;
  name: string;
  expandable: boolean;
}

const person = (id: string, name: string, expandable = false): M => ({ id, name, expandable });
const level = (members: M[], extra: Partial<Level<M>> = {}): Level<M> => ({
  members,
  total: members.length,
  endCursor: null,
  hasMore: false,
  loading: false,
  error: null,
  ...extra,
});

const kabid = childKey(ROOT, 'kabid');
const kasi = childKey(kabid, 'kasi');

/** Kadis's level: a division head (open) and a secretary; the division head's section head (open) and staff. */
function state(expanded: string[] = [kabid, kasi]): TreeState<M> {
  return {
    levels: new Map([
      [ROOT, level([person('kabid', 'Ahmad Zulham', true), person('sek', 'Drs. H. Taufik', true)])],
      [kabid, level([person('kasi', 'Dewi Kartika', true)])],
      [
        kasi,
        level([person('a', 'Cindy'), person('b', 'Rizky')], {
          total: 5,
          hasMore: true,
          endCursor: 'c',
        }),
      ],
    ]),
    expanded: new Set(expanded),
  };
}

const keys = (rows: Row<M>[]) => rows.map((r) => r.key);

describe('visibleRows', () => {
  it('lists open nodes followed by their reports, with level, position and set size', () => {
    const rows = visibleRows(state());
    expect(keys(rows)).toEqual([
      kabid,
      kasi,
      childKey(kasi, 'a'),
      childKey(kasi, 'b'),
      moreKey(kasi),
      childKey(ROOT, 'sek'),
    ]);
    expect(rows[0]).toMatchObject({ level: 1, posinset: 1, setsize: 2, expanded: true });
    expect(rows[2]).toMatchObject({ level: 3, posinset: 1, setsize: 5, expandable: false });
    expect(rows[4]).toMatchObject({ kind: 'more', level: 3, shown: 2, total: 5 });
    expect(rows[5]).toMatchObject({ posinset: 2, expanded: false, expandable: true });
  });

  it('hides the reports of a closed node, and marks an open node still loading', () => {
    expect(keys(visibleRows(state([])))).toEqual([kabid, childKey(ROOT, 'sek')]);
    const sek = childKey(ROOT, 'sek');
    const rows = visibleRows({ ...state([sek]), expanded: new Set([sek]) });
    expect(rows.find((r) => r.key === sek)).toMatchObject({ expanded: true, loading: true });
  });

  it('shows a failed level as one row to retry', () => {
    const s = state([kabid]);
    const levels = new Map(s.levels);
    levels.set(kabid, level([], { error: new Error('offline') }));
    const rows = visibleRows({ levels, expanded: s.expanded });
    expect(rows[1]).toMatchObject({ kind: 'error', parentKey: kabid, level: 2 });
  });
});

describe('keyAction (WAI-ARIA tree pattern)', () => {
  const rows = visibleRows(state());

  it('moves down and up through the visible rows, stopping at the ends', () => {
    expect(keyAction(rows, kabid, 'ArrowDown')).toEqual({ type: 'focus', key: kasi });
    expect(keyAction(rows, kasi, 'ArrowUp')).toEqual({ type: 'focus', key: kabid });
    expect(keyAction(rows, kabid, 'ArrowUp')).toEqual({ type: 'none' });
    expect(keyAction(rows, childKey(ROOT, 'sek'), 'ArrowDown')).toEqual({ type: 'none' });
    expect(keyAction(rows, kasi, 'Home')).toEqual({ type: 'focus', key: kabid });
    expect(keyAction(rows, kabid, 'End')).toEqual({ type: 'focus', key: childKey(ROOT, 'sek') });
  });

  it('Right opens a closed node, then moves to its first report; nothing on a leaf', () => {
    const sek = childKey(ROOT, 'sek');
    expect(keyAction(rows, sek, 'ArrowRight')).toEqual({ type: 'expand', key: sek });
    expect(keyAction(rows, kabid, 'ArrowRight')).toEqual({ type: 'focus', key: kasi });
    expect(keyAction(rows, childKey(kasi, 'a'), 'ArrowRight')).toEqual({ type: 'none' });
  });

  it('Left closes an open node, else moves to the parent', () => {
    expect(keyAction(rows, kasi, 'ArrowLeft')).toEqual({ type: 'collapse', key: kasi });
    expect(keyAction(rows, childKey(kasi, 'b'), 'ArrowLeft')).toEqual({ type: 'focus', key: kasi });
    expect(keyAction(rows, moreKey(kasi), 'ArrowLeft')).toEqual({ type: 'focus', key: kasi });
    expect(keyAction(rows, childKey(ROOT, 'sek'), 'ArrowLeft')).toEqual({ type: 'none' });
  });

  it('Enter and Space activate; * opens the closed siblings', () => {
    expect(keyAction(rows, moreKey(kasi), 'Enter')).toEqual({
      type: 'activate',
      key: moreKey(kasi),
    });
    expect(keyAction(rows, kasi, ' ')).toEqual({ type: 'activate', key: kasi });
    expect(keyAction(rows, kabid, '*')).toEqual({
      type: 'expandSiblings',
      keys: [childKey(ROOT, 'sek')],
    });
  });

  it('a letter moves to the next person whose name starts with it, after titles', () => {
    expect(keyAction(rows, kabid, 't')).toEqual({ type: 'focus', key: childKey(ROOT, 'sek') });
    expect(keyAction(rows, kabid, 'R')).toEqual({ type: 'focus', key: childKey(kasi, 'b') });
    expect(keyAction(rows, kabid, 'q')).toEqual({ type: 'none' });
    expect(keyAction(rows, kabid, 'Tab')).toEqual({ type: 'none' });
  });

  it('falls back to the first row when the focused one is gone', () => {
    expect(keyAction(rows, 'gone', 'ArrowDown')).toEqual({ type: 'focus', key: kabid });
  });
});

describe('initialOf', () => {
  it('skips titles written before the name', () => {
    expect(initialOf('Drs. H. Taufik Firdaus, M.M.')).toBe('t');
    expect(initialOf('dr. Ayu Lestari')).toBe('a');
    expect(initialOf('Rizky Aditya Pratama, S.Kom.')).toBe('r');
  });
});
