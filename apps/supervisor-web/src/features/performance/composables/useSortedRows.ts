import { computed, ref, type Ref } from 'vue';
import { nextSort, sortRows, type SortDirection, type SortState, type SortValue } from '../sorting';

/**
 * A table's rows sorted by the column whose heading was pressed last (`initial` until then): each
 * column says which direction it starts in, and what value of a row it sorts by.
 */
export function useSortedRows<T, K extends string>(
  rows: Ref<readonly T[]>,
  columns: readonly { key: K; first: SortDirection }[],
  initial: SortState<K>,
  value: (row: T, key: K) => SortValue,
) {
  const sort = ref(initial) as Ref<SortState<K>>;
  const sorted = computed(() => sortRows(rows.value, sort.value, value));

  function sortBy(key: string): void {
    const column = columns.find((c) => c.key === key);
    if (column) sort.value = nextSort(sort.value, column.key, column.first);
  }

  return { sort, sorted, sortBy };
}
