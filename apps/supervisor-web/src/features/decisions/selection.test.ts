import { describe, expect, it } from 'vitest';
import {
  keepListed,
  moveCurrent,
  setAll,
  stateOf,
  targetsOf,
  toggle,
  toggleAll,
} from './selection';

const order = ['a', 'b', 'c', 'd'];

describe('selection', () => {
  it('toggles one id without changing the set it was given', () => {
    const none = new Set<string>();
    const one = toggle(none, 'a');
    expect([...one]).toEqual(['a']);
    expect(none.size).toBe(0);
    expect([...toggle(one, 'a')]).toEqual([]);
  });

  it('tells a group checkbox whether all, some or none of its rows are selected', () => {
    const group = ['a', 'b'];
    expect(stateOf(new Set(), group)).toBe('none');
    expect(stateOf(new Set(['a']), group)).toBe('some');
    expect(stateOf(new Set(['a', 'b', 'c']), group)).toBe('all');
  });

  it('a group click selects the whole group, or clears it when it was all selected', () => {
    const partly = new Set(['a', 'c']);
    const all = toggleAll(partly, ['a', 'b']);
    expect([...all].sort()).toEqual(['a', 'b', 'c']);
    expect([...toggleAll(all, ['a', 'b'])]).toEqual(['c']);
    expect([...setAll(all, ['c'], false)].sort()).toEqual(['a', 'b']);
  });

  it('drops decided or filtered-out ids', () => {
    expect([...keepListed(new Set(['a', 'x', 'c']), order)].sort()).toEqual(['a', 'c']);
  });

  it('acts on the selection in table order, or on the current row when nothing is selected', () => {
    expect(targetsOf(new Set(['d', 'b']), 'a', order)).toEqual(['b', 'd']);
    expect(targetsOf(new Set(), 'c', order)).toEqual(['c']);
    expect(targetsOf(new Set(), null, order)).toEqual([]);
    // A current row that is no longer listed is not acted on.
    expect(targetsOf(new Set(), 'gone', order)).toEqual([]);
  });

  it('moves the current row with j and k, starting at either end and stopping at the edges', () => {
    expect(moveCurrent(order, null, 1)).toBe('a');
    expect(moveCurrent(order, null, -1)).toBe('d');
    expect(moveCurrent(order, 'b', 1)).toBe('c');
    expect(moveCurrent(order, 'b', -1)).toBe('a');
    expect(moveCurrent(order, 'd', 1)).toBe('d');
    expect(moveCurrent(order, 'a', -1)).toBe('a');
    expect(moveCurrent([], 'a', 1)).toBeNull();
  });
});
