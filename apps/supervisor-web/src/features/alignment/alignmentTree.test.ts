import { describe, expect, it } from 'vitest';
import { isFlagged, nest, onlyFlagged, peopleOf } from './alignmentTree';

const node = (id: string, depth: number, flags: string[] = [], owner = 'a', inUnit = true) => ({
  depth,
  inUnit,
  flags,
  planStatus: 'APPROVED',
  owner: { id: owner, name: owner.toUpperCase() },
  result: { id, title: id },
});

const nodes = [
  node('head-1', 0, ['SUPPORTS_NOTHING'], 'h', false),
  node('sec-1', 1, [], 's'),
  node('staff-1', 2, [], 'x'),
  node('sec-2', 1, ['UNSUPPORTED'], 's'),
  node('loose', 0, ['SUPPORTS_NOTHING'], 'y'),
];

describe('the alignment tree', () => {
  it('nests depth-first nodes by depth', () => {
    const tree = nest(nodes);
    expect(tree.map((i) => i.node.result.id)).toEqual(['head-1', 'loose']);
    expect(tree[0]!.children.map((i) => i.node.result.id)).toEqual(['sec-1', 'sec-2']);
    expect(tree[0]!.children[0]!.children.map((i) => i.node.result.id)).toEqual(['staff-1']);
  });

  it('keeps only flagged results of the unit and what is above them', () => {
    const tree = onlyFlagged(nest(nodes));
    expect(tree.map((i) => i.node.result.id)).toEqual(['head-1', 'loose']);
    expect(tree[0]!.children.map((i) => i.node.result.id)).toEqual(['sec-2']);
    // The context above the unit is not counted as flagged.
    expect(isFlagged(nodes[0]!)).toBe(false);
    expect(onlyFlagged(nest([node('ok', 0)]))).toEqual([]);
  });

  it('lists the unit’s people with their plan status and flagged results', () => {
    expect(peopleOf(nodes)).toEqual([
      { id: 's', name: 'S', planStatus: 'APPROVED', results: 2, flagged: 1 },
      { id: 'x', name: 'X', planStatus: 'APPROVED', results: 1, flagged: 0 },
      { id: 'y', name: 'Y', planStatus: 'APPROVED', results: 1, flagged: 1 },
    ]);
  });
});
