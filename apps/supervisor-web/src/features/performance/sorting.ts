/**
 * Sorting the rows of a table by one column, as the column headers' buttons ask: numbers by value,
 * text in Indonesian collation; rows without a figure (a group without people) last whichever the
 * direction; ties keep the order the server gave (the org chart's).
 */
export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

export type SortValue = number | string | null | undefined;

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: SortState<K>,
  value: (row: T, key: K) => SortValue,
): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, sort.key) }))
    .sort((a, b) => {
      const aNone = a.v === null || a.v === undefined;
      const bNone = b.v === null || b.v === undefined;
      if (aNone || bNone) return aNone === bNone ? a.index - b.index : aNone ? 1 : -1;
      return sign * compareValues(a.v, b.v) || a.index - b.index;
    })
    .map((x) => x.row);
}

/**
 * The sort after a click on a column's header: the same column turns around; another column starts
 * in its own first direction (highest first for figures, A–Z for names, 1 first for a rank).
 */
export function nextSort<K extends string>(
  current: SortState<K>,
  key: K,
  firstDirection: SortDirection,
): SortState<K> {
  if (current.key !== key) return { key, direction: firstDirection };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
