import { ref } from 'vue';

type Connection<F extends string> = { [K in F]: { edges: readonly unknown[] } };

/** fetchMore's merge for a connection under `field`: the next page's edges after those shown. */
export function appendPage<F extends string, T extends Connection<F>>(
  field: F,
  previous: T,
  next: T | undefined,
): T {
  if (!next) return previous;
  return {
    ...previous,
    [field]: { ...next[field], edges: [...previous[field].edges, ...next[field].edges] },
  };
}

/**
 * "Load more" for a paged query: `fetchPage(after)` fetches the page after `endCursor()` (merging it
 * with appendPage); `loadingMore` while it runs.
 */
export function useLoadMore(
  endCursor: () => string | null | undefined,
  fetchPage: (after: string) => Promise<unknown> | undefined,
) {
  const loadingMore = ref(false);
  async function loadMore() {
    const after = endCursor();
    if (!after || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchPage(after);
    } finally {
      loadingMore.value = false;
    }
  }
  return { loadingMore, loadMore };
}
