import { useApolloClient } from '@vue/apollo-composable';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { toApiFilter, type QueueFilter } from '../queueFilter';
import { isDayComplete, withoutDecided, withPage, type LoadedQueue } from '../queueRows';
import { VerificationQueueEntryIdsQuery, VerificationQueueQuery } from '../verification.documents';
import type { Decision } from '../verification.types';

/** Rows per request: enough to fill a screen several times, small enough to answer quickly. */
export const PAGE_SIZE = 100;

/**
 * The queue under a filter, loaded page by page with the API's cursor as the list scrolls. The
 * pages live here rather than in the Apollo cache: a queue of thousands of rows is a working set
 * that shrinks as entries are decided (rows leave without a reload), and a flat array is what the
 * virtualised list needs. A new filter starts over; answers to an older filter are dropped.
 */
export function useQueuePages(filter: Ref<QueueFilter>, pageSize = PAGE_SIZE) {
  const client = useApolloClient().resolveClient();
  const queue = shallowRef<LoadedQueue | null>(null);
  const loading = ref(false);
  const error = ref<unknown>(null);
  const loadingMore = ref(false);
  const moreError = ref<unknown>(null);
  let generation = 0;

  async function fetchPage(after: string | null) {
    const { data } = await client.query({
      query: VerificationQueueQuery,
      variables: { filter: toApiFilter(filter.value), first: pageSize, after },
      fetchPolicy: 'no-cache',
    });
    return data.verificationQueue;
  }

  async function reload(): Promise<void> {
    const current = ++generation;
    loading.value = true;
    error.value = null;
    moreError.value = null;
    loadingMore.value = false;
    try {
      const page = await fetchPage(null);
      if (current === generation) queue.value = withPage(null, page);
    } catch (e) {
      if (current === generation) {
        queue.value = null;
        error.value = e;
      }
    } finally {
      if (current === generation) loading.value = false;
    }
  }

  /** The next page; false when it could not be loaded (see moreError). */
  async function loadMore(): Promise<boolean> {
    const loaded = queue.value;
    if (!loaded?.hasNextPage || loading.value || loadingMore.value) return true;
    const current = generation;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const page = await fetchPage(loaded.endCursor);
      if (current === generation && queue.value) queue.value = withPage(queue.value, page);
      return true;
    } catch (e) {
      if (current === generation) moreError.value = e;
      return false;
    } finally {
      if (current === generation) loadingMore.value = false;
    }
  }

  /** Loads until a person's day is whole (a day is selected as a whole). */
  async function completeDay(employeeId: string, date: string): Promise<boolean> {
    const current = generation;
    while (queue.value && !isDayComplete(queue.value, employeeId, date)) {
      if (current !== generation) return false;
      if (loading.value || loadingMore.value) await new Promise((r) => setTimeout(r, 50));
      else if (!(await loadMore())) return false;
    }
    return current === generation;
  }

  /** The entry ids of the whole filter, or of one person under it (see selection.resolveTargets). */
  async function fetchIds(employeeId?: string): Promise<readonly string[]> {
    const api = toApiFilter(filter.value);
    const { data } = await client.query({
      query: VerificationQueueEntryIdsQuery,
      variables: { filter: employeeId ? { ...api, employeeId } : api },
      fetchPolicy: 'no-cache',
    });
    return data.verificationQueueEntryIds;
  }

  /** Decided entries leave the loaded rows, and their days' totals move (no reload). */
  function removeDecided(decided: ReadonlySet<string>, decision: Decision): void {
    if (queue.value && decided.size) queue.value = withoutDecided(queue.value, decided, decision);
  }

  watch(
    () => JSON.stringify(toApiFilter(filter.value)),
    () => void reload(),
    { immediate: true },
  );

  return {
    queue,
    loading,
    error,
    loadingMore,
    moreError,
    reload,
    loadMore,
    completeDay,
    fetchIds,
    removeDecided,
  };
}
