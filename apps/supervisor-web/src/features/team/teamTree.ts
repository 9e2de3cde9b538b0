/**
 * The team tree as data, without Vue: levels loaded page by page (the people reporting directly to
 * someone), which nodes are open, the rows a reader sees in order, and what each key of the
 * WAI-ARIA tree pattern does from a row (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/).
 *
 * A node's key is its path from the root ("root>id>id"), so a person reached twice (an acting
 * official under two positions) still has one row per place.
 */

export const ROOT = 'root';

/** The people of one level loaded so far, and how to ask for the rest. */
export interface Level<M> {
  members: M[];
  total: number;
  endCursor: string | null;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
}

export interface TreeState<M> {
  /** Loaded levels by the key of the node whose reports they are (ROOT: the caller's). */
  levels: ReadonlyMap<string, Level<M>>;
  /** Keys of the open nodes (kept while the month changes, so the same branches reopen). */
  expanded: ReadonlySet<string>;
}

export type Row<M> =
  | {
      kind: 'member';
      key: string;
      parentKey: string;
      member: M;
      level: number;
      posinset: number;
      setsize: number;
      expandable: boolean;
      expanded: boolean;
      loading: boolean;
    }
  /** "Load more" at the end of a level that has more pages. */
  | { kind: 'more'; key: string; parentKey: string; level: number; shown: number; total: number }
  /** A level that failed to load: activating the row asks again. */
  | { kind: 'error'; key: string; parentKey: string; level: number; error: unknown };

export const childKey = (parentKey: string, id: string): string => `${parentKey}>${id}`;
export const moreKey = (parentKey: string): string => `${parentKey}#more`;
export const errorKey = (parentKey: string): string => `${parentKey}#error`;

/** The rows in reading order: each open node followed by its loaded reports. */
export function visibleRows<M extends { id: string; expandable: boolean }>(
  state: TreeState<M>,
): Row<M>[] {
  const rows: Row<M>[] = [];
  const walk = (parentKey: string, level: number) => {
    const found = state.levels.get(parentKey);
    if (!found) return;
    found.members.forEach((member, i) => {
      const key = childKey(parentKey, member.id);
      const children = state.levels.get(key);
      const expanded = member.expandable && state.expanded.has(key);
      rows.push({
        kind: 'member',
        key,
        parentKey,
        member,
        level,
        posinset: i + 1,
        setsize: found.total,
        expandable: member.expandable,
        expanded,
        loading: expanded && (children?.loading ?? true) && !children?.members.length,
      });
      if (expanded) walk(key, level + 1);
    });
    if (found.error && !found.loading)
      rows.push({ kind: 'error', key: errorKey(parentKey), parentKey, level, error: found.error });
    else if (found.hasMore)
      rows.push({
        kind: 'more',
        key: moreKey(parentKey),
        parentKey,
        level,
        shown: found.members.length,
        total: found.total,
      });
  };
  walk(ROOT, 1);
  return rows;
}

/** What a key press asks for; `none` lets the browser handle the key. */
export type TreeAction =
  | { type: 'focus'; key: string }
  | { type: 'expand'; key: string }
  | { type: 'collapse'; key: string }
  | { type: 'expandSiblings'; keys: string[] }
  | { type: 'activate'; key: string }
  | { type: 'none' };

/**
 * The tree pattern's keys from the focused row: Down/Up the next/previous row, Right opens a
 * closed node or moves into an open one, Left closes an open node or moves to the parent, Home/End
 * the first/last row, Enter/Space activate, `*` opens every sibling, and a letter moves to the next
 * person whose name starts with it.
 */
export function keyAction<M extends { id: string; name: string }>(
  rows: readonly Row<M>[],
  current: string,
  key: string,
): TreeAction {
  const index = rows.findIndex((r) => r.key === current);
  if (index < 0) return rows[0] ? { type: 'focus', key: rows[0].key } : { type: 'none' };
  const row = rows[index]!;
  const at = (i: number): TreeAction => {
    const target = rows[i];
    return target ? { type: 'focus', key: target.key } : { type: 'none' };
  };
  switch (key) {
    case 'ArrowDown':
      return index + 1 < rows.length ? at(index + 1) : { type: 'none' };
    case 'ArrowUp':
      return index > 0 ? at(index - 1) : { type: 'none' };
    case 'Home':
      return at(0);
    case 'End':
      return at(rows.length - 1);
    case 'ArrowRight':
      if (row.kind !== 'member' || !row.expandable) return { type: 'none' };
      if (!row.expanded) return { type: 'expand', key: row.key };
      return rows[index + 1]?.parentKey === row.key ? at(index + 1) : { type: 'none' };
    case 'ArrowLeft': {
      if (row.kind === 'member' && row.expanded) return { type: 'collapse', key: row.key };
      const parent = rows.findIndex((r) => r.key === row.parentKey);
      return parent >= 0 ? at(parent) : { type: 'none' };
    }
    case 'Enter':
    case ' ':
      return { type: 'activate', key: row.key };
    case '*': {
      const keys = rows
        .filter(
          (r) =>
            r.kind === 'member' && r.parentKey === row.parentKey && r.expandable && !r.expanded,
        )
        .map((r) => r.key);
      return keys.length ? { type: 'expandSiblings', keys } : { type: 'none' };
    }
    default: {
      if (key.length !== 1 || !/\p{L}|\p{N}/u.test(key)) return { type: 'none' };
      const wanted = key.toLocaleLowerCase('id');
      for (let step = 1; step < rows.length; step++) {
        const target = rows[(index + step) % rows.length]!;
        if (target.kind === 'member' && initialOf(target.member.name) === wanted)
          return { type: 'focus', key: target.key };
      }
      return { type: 'none' };
    }
  }
}

/**
 * The letter a name is found by: its first letter after academic titles written before it
 * ("Drs. H. Taufik" → t, "dr. Ayu" → a), as people search a list of Indonesian names.
 */
export function initialOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words.find((w) => !/\.$/.test(w)) ?? words[0] ?? '';
  return first.charAt(0).toLocaleLowerCase('id');
}
