/**
 * The alignment page's pure logic: the server's depth-first nodes as a nested tree (optionally
 * only what is flagged, with the results above it kept for context), and each person's plan with
 * how many of their results are flagged.
 */
export interface AlignmentNodeLike {
  depth: number;
  inUnit: boolean;
  flags: readonly string[];
  planStatus: string;
  owner: { id: string; name: string };
  result: { id: string; title: string };
}

export interface TreeItem<N extends AlignmentNodeLike> {
  node: N;
  children: TreeItem<N>[];
}

/** Nests depth-first nodes by their depth. */
export function nest<N extends AlignmentNodeLike>(nodes: readonly N[]): TreeItem<N>[] {
  const roots: TreeItem<N>[] = [];
  const path: TreeItem<N>[] = [];
  for (const node of nodes) {
    const item = { node, children: [] };
    path.length = Math.min(path.length, node.depth);
    const parent = path[node.depth - 1];
    if (node.depth > 0 && parent) parent.children.push(item);
    else roots.push(item);
    path[node.depth] = item;
  }
  return roots;
}

/** Whether a node of the unit is flagged (results above the unit shown for context are not counted). */
export const isFlagged = (node: AlignmentNodeLike) => node.inUnit && node.flags.length > 0;

/** Keeps flagged nodes and the nodes above them (their context); drops the rest. */
export function onlyFlagged<N extends AlignmentNodeLike>(
  items: readonly TreeItem<N>[],
): TreeItem<N>[] {
  return items.flatMap((item) => {
    const children = onlyFlagged(item.children);
    return isFlagged(item.node) || children.length ? [{ node: item.node, children }] : [];
  });
}

export interface PersonPlan {
  id: string;
  name: string;
  planStatus: string;
  results: number;
  flagged: number;
}

/** The people of the unit with a plan, by name: their plan's status and flagged results. */
export function peopleOf(nodes: readonly AlignmentNodeLike[]): PersonPlan[] {
  const people = new Map<string, PersonPlan>();
  for (const n of nodes) {
    if (!n.inUnit) continue;
    const p = people.get(n.owner.id) ?? {
      id: n.owner.id,
      name: n.owner.name,
      planStatus: n.planStatus,
      results: 0,
      flagged: 0,
    };
    p.results += 1;
    if (n.flags.length) p.flagged += 1;
    people.set(n.owner.id, p);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}
