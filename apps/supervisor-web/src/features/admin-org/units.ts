/**
 * The org chart as a flat list for pickers: every unit with its depth and its path of names
 * ("Dinas Pendidikan › SD Negeri 1 Contoh"), in tree order; and a filter by words of that path.
 */
export interface UnitNode {
  id: string;
  name: string;
  code?: string;
  children?: readonly UnitNode[] | null;
}

export interface FlatUnit {
  id: string;
  name: string;
  code: string;
  depth: number;
  /** Names from the top down to this unit, joined by " › ". */
  path: string;
}

export function flattenUnits(roots: readonly UnitNode[], skipRoot = false): FlatUnit[] {
  const out: FlatUnit[] = [];
  const walk = (node: UnitNode, depth: number, trail: string[]) => {
    const names = [...trail, node.name];
    out.push({
      id: node.id,
      name: node.name,
      code: node.code ?? '',
      depth,
      path: names.join(' › '),
    });
    for (const child of node.children ?? []) walk(child, depth + 1, names);
  };
  for (const root of roots) {
    // The agency itself is every unit's ancestor: leaving it out of the paths keeps them short.
    if (skipRoot) for (const child of root.children ?? []) walk(child, 0, []);
    else walk(root, 0, []);
  }
  return out;
}

/** Units whose path or code contains every word of `text` (case-insensitive). */
export function filterUnits(units: readonly FlatUnit[], text: string): FlatUnit[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...units];
  return units.filter((u) => {
    const haystack = `${u.path} ${u.code}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
