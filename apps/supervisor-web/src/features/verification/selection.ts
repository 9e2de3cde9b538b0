/**
 * What the supervisor has selected in the verification queue, without needing every entry in the
 * browser: "everything the filter shows" and "all of a person" are scopes that the server resolves
 * into ids when an action runs (verificationQueueEntryIds), single entries and days are ids.
 *
 * Invariants kept by every operation: `excluded` holds only entries a scope covers, `included`
 * only entries no scope covers. All functions are pure: they answer a new selection.
 */

/** Where an entry sits in the queue: enough to know which scope covers it. */
export interface RowRef {
  id: string;
  employeeId: string;
  date: string;
}

export interface Selection {
  /** Everything the filter shows (but `people`); false: only `people` as a whole. */
  readonly all: boolean;
  /** With `all`: people taken out of it; without: people selected as a whole. */
  readonly people: ReadonlySet<string>;
  /** Entries selected one by one, outside any scope. */
  readonly included: ReadonlyMap<string, RowRef>;
  /** Entries of a scope taken out one by one. */
  readonly excluded: ReadonlyMap<string, RowRef>;
}

export type CheckState = 'all' | 'some' | 'none';

export const EMPTY_SELECTION: Selection = {
  all: false,
  people: new Set(),
  included: new Map(),
  excluded: new Map(),
};

/** Everything the current filter shows. */
export function selectAll(): Selection {
  return { ...EMPTY_SELECTION, all: true };
}

export function isEmpty(sel: Selection): boolean {
  return !sel.all && sel.people.size === 0 && sel.included.size === 0;
}

/** Whether a scope (everything, or the whole person) covers the entries of `employeeId`. */
export function coversPerson(sel: Selection, employeeId: string): boolean {
  return sel.all ? !sel.people.has(employeeId) : sel.people.has(employeeId);
}

export function isSelected(sel: Selection, row: RowRef): boolean {
  return coversPerson(sel, row.employeeId) ? !sel.excluded.has(row.id) : sel.included.has(row.id);
}

/** Selects (`on`) or deselects the given entries, e.g. one entry or a whole day. */
export function setEntries(sel: Selection, rows: readonly RowRef[], on: boolean): Selection {
  const included = new Map(sel.included);
  const excluded = new Map(sel.excluded);
  for (const row of rows) {
    if (coversPerson(sel, row.employeeId)) {
      if (on) excluded.delete(row.id);
      else excluded.set(row.id, row);
    } else if (on) included.set(row.id, row);
    else included.delete(row.id);
  }
  return { ...sel, included, excluded };
}

export function toggleEntry(sel: Selection, row: RowRef): Selection {
  return setEntries(sel, [row], !isSelected(sel, row));
}

const withoutPerson = (map: ReadonlyMap<string, RowRef>, employeeId: string) =>
  new Map([...map].filter(([, row]) => row.employeeId !== employeeId));

/** Selects or deselects every entry of a person under the filter, loaded or not. */
export function setPerson(sel: Selection, employeeId: string, on: boolean): Selection {
  const people = new Set(sel.people);
  // With `all`, `people` lists those taken out; without, those put in.
  if (on === !sel.all) people.add(employeeId);
  else people.delete(employeeId);
  return {
    all: sel.all,
    people,
    included: withoutPerson(sel.included, employeeId),
    excluded: withoutPerson(sel.excluded, employeeId),
  };
}

const countOf = (map: ReadonlyMap<string, RowRef>, employeeId: string) =>
  [...map.values()].filter((r) => r.employeeId === employeeId).length;

/** The state of a person's checkbox; `count`: their entries under the filter. */
export function personState(sel: Selection, employeeId: string, count: number): CheckState {
  const covered = coversPerson(sel, employeeId);
  const selected = covered
    ? count - countOf(sel.excluded, employeeId)
    : countOf(sel.included, employeeId);
  return stateOf(selected, count);
}

/** The state of a checkbox over some entries (a day, which is always loaded whole). */
export function entriesState(sel: Selection, rows: readonly RowRef[]): CheckState {
  return stateOf(rows.filter((r) => isSelected(sel, r)).length, rows.length);
}

function stateOf(selected: number, of: number): CheckState {
  if (selected <= 0 || of === 0) return 'none';
  return selected >= of ? 'all' : 'some';
}

/**
 * How many entries are selected. `total`: entries under the filter; `countOf`: a person's
 * entries under the filter (null when unknown: that person is not counted).
 */
export function selectedCount(
  sel: Selection,
  total: number,
  countOfPerson: (employeeId: string) => number | null,
): number {
  const people = [...sel.people].reduce((n, p) => n + (countOfPerson(p) ?? 0), 0);
  const scoped = sel.all ? total - people : people;
  return Math.max(0, scoped - sel.excluded.size) + sel.included.size;
}

/** The state of the "select everything" checkbox. */
export function allState(sel: Selection, total: number, count: number): CheckState {
  if (sel.all && sel.people.size === 0 && sel.excluded.size === 0) return 'all';
  return stateOf(count, total);
}

/** The loaded part of the queue: its rows, and whether they are the whole filter. */
export interface Loaded {
  rows: readonly RowRef[];
  complete: boolean;
}

/**
 * The ids of a selection's scope, from the server: the whole filter (no person) or one person
 * under the filter, in the queue's order.
 */
export type FetchIds = (employeeId?: string) => Promise<readonly string[]>;

/**
 * The entry ids a bulk action sends. When the whole filter is loaded, scopes are resolved from
 * the loaded rows; otherwise the server answers the ids of each scope (one request for
 * everything, or one per person), so nothing has to be loaded row by row.
 */
export async function resolveTargets(
  sel: Selection,
  loaded: Loaded,
  fetchIds: FetchIds,
): Promise<string[]> {
  const ids: string[] = [];
  if (loaded.complete) {
    for (const row of loaded.rows) if (coversPerson(sel, row.employeeId)) ids.push(row.id);
  } else if (sel.all) {
    const out = new Set<string>();
    for (const p of sel.people) for (const id of await fetchIds(p)) out.add(id);
    for (const id of await fetchIds()) if (!out.has(id)) ids.push(id);
  } else {
    for (const p of sel.people) ids.push(...(await fetchIds(p)));
  }
  const seen = new Set<string>();
  const targets: string[] = [];
  for (const id of [...ids, ...sel.included.keys()]) {
    if (seen.has(id) || sel.excluded.has(id)) continue;
    seen.add(id);
    targets.push(id);
  }
  return targets;
}

/**
 * The selection after a bulk action: only the entries that failed stay selected (so the
 * supervisor can look at them and try again); `refs` places those that are loaded.
 */
export function afterAction(
  failedIds: readonly string[],
  refs: (id: string) => RowRef | undefined,
): Selection {
  const included = new Map<string, RowRef>();
  for (const id of failedIds) included.set(id, refs(id) ?? { id, employeeId: '', date: '' });
  return { ...EMPTY_SELECTION, included };
}

/**
 * The keyboard cursor (j/k): the entry `delta` steps from `current` among `ids` (the loaded
 * entries in order), staying at the ends; the first entry when there is no cursor yet.
 */
export function moveCursor(
  ids: readonly string[],
  current: string | null,
  delta: number,
): string | null {
  if (!ids.length) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return ids[0]!;
  return ids[Math.min(ids.length - 1, Math.max(0, at + delta))]!;
}

/**
 * Where the cursor goes when entries disappear (decided): the same entry if it is still there,
 * else the one that took its place (or the last one).
 */
export function keepCursor(
  before: readonly string[],
  after: readonly string[],
  current: string | null,
): string | null {
  if (current === null || !after.length) return null;
  if (after.includes(current)) return current;
  const at = before.indexOf(current);
  const remaining = new Set(after);
  for (let i = at + 1; i < before.length; i += 1) if (remaining.has(before[i]!)) return before[i]!;
  for (let i = at - 1; i >= 0; i -= 1) if (remaining.has(before[i]!)) return before[i]!;
  return after[0]!;
}
