/**
 * Which requests are selected for a bulk decision: a set of ids, changed only through these pure
 * functions (each answers a new set), so the page can keep it in one ref.
 */
export type Selection = ReadonlySet<string>;

/** Adds the id if missing, removes it if present. */
export function toggle(selection: Selection, id: string): Set<string> {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Selects (or unselects) every id of a group at once. */
export function setAll(selection: Selection, ids: readonly string[], on: boolean): Set<string> {
  const next = new Set(selection);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** How much of a group is selected: its checkbox is checked, mixed (indeterminate) or clear. */
export function stateOf(selection: Selection, ids: readonly string[]): 'all' | 'some' | 'none' {
  const n = ids.filter((id) => selection.has(id)).length;
  return n === 0 ? 'none' : n === ids.length ? 'all' : 'some';
}

/** A group's checkbox clicked: all selected → none, otherwise all. */
export function toggleAll(selection: Selection, ids: readonly string[]): Set<string> {
  return setAll(selection, ids, stateOf(selection, ids) !== 'all');
}

/** Only the ids still listed (decided or filtered-out requests leave the selection). */
export function keepListed(selection: Selection, listed: readonly string[]): Set<string> {
  const present = new Set(listed);
  return new Set([...selection].filter((id) => present.has(id)));
}

/**
 * What a bulk action acts on: the selection, or (nothing selected) the current row, in the
 * order of the table.
 */
export function targetsOf(
  selection: Selection,
  current: string | null,
  order: readonly string[],
): string[] {
  if (selection.size) return order.filter((id) => selection.has(id));
  return current && order.includes(current) ? [current] : [];
}

/** The row after (+1) or before (−1) the current one, staying within the list. */
export function moveCurrent(
  order: readonly string[],
  current: string | null,
  delta: 1 | -1,
): string | null {
  if (!order.length) return null;
  const at = current ? order.indexOf(current) : -1;
  if (at < 0) return delta > 0 ? order[0]! : order[order.length - 1]!;
  return order[Math.min(order.length - 1, Math.max(0, at + delta))]!;
}
