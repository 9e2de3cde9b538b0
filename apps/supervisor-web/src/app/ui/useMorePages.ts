import { describeError, type ErrorInfo } from '@kinerja/web-common';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';

interface Connection {
  edges: readonly unknown[];
}

/**
 * fetchMore's updateQuery for a connection at `field`: the next page's edges appended to the
 * list already on screen.
 */
export function appendEdges<F extends string>(field: F) {
  return <R extends Record<F, Connection>>(
    previous: R,
    { fetchMoreResult }: { fetchMoreResult: R },
  ): R => ({
    ...fetchMoreResult,
    [field]: {
      ...fetchMoreResult[field],
      edges: [...previous[field].edges, ...fetchMoreResult[field].edges],
    },
  });
}

/**
 * "Load more": `load(after)` fetches the page after the last cursor (fetchMore with
 * appendEdges); while it runs `loadingMore`, and a failure is kept in `moreProblem`.
 */
export function useMorePages(
  endCursor: () => string | null | undefined,
  load: (after: string) => Promise<unknown> | undefined,
) {
  const { t } = useI18n();
  const loadingMore = ref(false);
  const moreProblem = ref<ErrorInfo | null>(null);

  async function more(): Promise<void> {
    const after = endCursor();
    if (!after || loadingMore.value) return;
    loadingMore.value = true;
    moreProblem.value = null;
    try {
      await load(after);
    } catch (e) {
      moreProblem.value = describeError(e, (key) => t(key));
    } finally {
      loadingMore.value = false;
    }
  }

  return { loadingMore, moreProblem, more };
}
