/**
 * The org chart as the page walks it: units indexed by id with their parent and depth, the path
 * from the top to a unit (the breadcrumbs, and the branches to open so a chosen unit shows), and
 * a unit's position summary (how many posts, how many vacant, who acts where).
 */
export interface TreeUnit {
  id: string;
  name: string;
  children?: readonly TreeUnit[] | null;
}

export interface IndexedUnit<U extends TreeUnit = TreeUnit> {
  unit: U;
  parentId: string | null;
  depth: number;
}

export function indexTree<U extends TreeUnit>(roots: readonly U[]): Map<string, IndexedUnit<U>> {
  const index = new Map<string, IndexedUnit<U>>();
  const walk = (unit: U, parentId: string | null, depth: number) => {
    index.set(unit.id, { unit, parentId, depth });
    for (const child of (unit.children ?? []) as readonly U[]) walk(child, unit.id, depth + 1);
  };
  for (const root of roots) walk(root, null, 0);
  return index;
}

/** The units from the top down to `id` (both included); empty when `id` is not in the tree. */
export function pathTo<U extends TreeUnit>(index: Map<string, IndexedUnit<U>>, id: string): U[] {
  const path: U[] = [];
  for (let at = index.get(id); at; at = at.parentId ? index.get(at.parentId) : undefined)
    path.unshift(at.unit);
  return path;
}

export interface PositionLike {
  holders: readonly unknown[];
  actingAssignments: readonly { startDate: string; endDate?: string | null }[];
}

/** Whether the post has nobody in it, and who (if anyone) acts in it on `today`. */
export function postState<P extends PositionLike>(
  position: P,
  today: string,
): { vacant: boolean; actingNow: P['actingAssignments'][number] | null } {
  const actingNow =
    position.actingAssignments.find(
      (a) => a.startDate <= today && (!a.endDate || a.endDate >= today),
    ) ?? null;
  return { vacant: position.holders.length === 0, actingNow };
}

/** Counts for a unit's heading: posts, vacant posts, and vacant posts someone acts in. */
export function unitSummary(positions: readonly PositionLike[], today: string) {
  let vacant = 0;
  let acted = 0;
  for (const p of positions) {
    const { vacant: isVacant, actingNow } = postState(p, today);
    if (isVacant) vacant++;
    if (isVacant && actingNow) acted++;
  }
  return { posts: positions.length, vacant, acted };
}
