import type { ApolloCache } from '@apollo/client/core';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import type { NotificationItem } from './notification.types';
import { MarkNotificationsReadMutation, NotificationsQuery } from './notifications.documents';
import { UnreadNotificationCountQuery } from './unread.documents';
import { appendPage, isUnread } from './paging';

/** Notifications per page (the server's default). */
export const NOTIFICATION_PAGE_SIZE = 20;

type Cache = ApolloCache<unknown>;

/** The badge's count in the cache (what useUnreadCount shows). */
function writeUnreadCount(cache: Cache, count: number) {
  cache.writeQuery({
    query: UnreadNotificationCountQuery,
    data: { unreadNotificationCount: Math.max(0, count) },
  });
}

function readUnreadCount(cache: Cache): number | undefined {
  return cache.readQuery({ query: UnreadNotificationCountQuery })?.unreadNotificationCount;
}

/** Sets `readAt` of the notifications `ids` in the cache (the mutation answers only the count). */
function setReadAt(cache: Cache, ids: readonly string[], readAt: string | null) {
  for (const id of ids) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: () => readAt },
    });
  }
}

/**
 * The caller's notifications, page by page ("load more" by cursor), and marking them read: one,
 * when it is opened, or all. What is read shows at once (the cache changes before the server
 * answers, and back if it refuses); the server's new unread count goes to the badge.
 */
export function useNotifications() {
  const { resolveClient } = useApolloClient();
  const cache = () => resolveClient().cache as Cache;
  const { result, loading, error, refetch, fetchMore, onResult } = useQuery(
    NotificationsQuery,
    { first: NOTIFICATION_PAGE_SIZE },
    { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
  );
  const { mutate } = useMutation(MarkNotificationsReadMutation);

  const page = computed(() => result.value?.notifications ?? null);
  const items = computed(() => page.value?.items ?? []);
  const unreadCount = computed(() => page.value?.unreadCount ?? 0);
  const nextCursor = computed(() => page.value?.nextCursor ?? null);
  const loadingMore = ref(false);
  const markingAll = ref(false);
  const markError = ref<unknown>(null);

  // The badge's count (asked every minute by the shell) rising above the list's: new ones came.
  const { result: badge } = useQuery(UnreadNotificationCountQuery, null, {
    fetchPolicy: 'cache-only',
  });
  watch(
    () => badge.value?.unreadNotificationCount,
    (count) => {
      if (typeof count === 'number' && page.value && count > page.value.unreadCount)
        void refetch()?.catch(() => undefined);
    },
  );

  // The list's own count is the freshest: the badge shows it too.
  onResult((r) => {
    const count = r.data?.notifications?.unreadCount;
    if (typeof count === 'number' && !r.loading) writeUnreadCount(cache(), count);
  });

  /** The page's count and the badge's, by `delta`. */
  function shiftCounts(delta: number) {
    const c = cache();
    const badge = readUnreadCount(c);
    if (typeof badge === 'number') writeUnreadCount(c, badge + delta);
    c.updateQuery(
      { query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE_SIZE } },
      (data) =>
        data
          ? {
              ...data,
              notifications: {
                ...data.notifications,
                unreadCount: Math.max(0, data.notifications.unreadCount + delta),
              },
            }
          : data,
    );
  }

  function serverCount(count: number) {
    const c = cache();
    writeUnreadCount(c, count);
    c.updateQuery(
      { query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE_SIZE } },
      (data) =>
        data ? { ...data, notifications: { ...data.notifications, unreadCount: count } } : data,
    );
  }

  /** Marks one notification read (nothing to do when it is read already). False if refused. */
  async function markRead(item: Pick<NotificationItem, 'id' | 'readAt'>): Promise<boolean> {
    if (!isUnread(item)) return true;
    markError.value = null;
    setReadAt(cache(), [item.id], new Date().toISOString());
    shiftCounts(-1);
    try {
      const answer = await mutate({ ids: [item.id] });
      const count = answer?.data?.markNotificationsRead;
      if (typeof count === 'number') serverCount(count);
      return true;
    } catch (e) {
      setReadAt(cache(), [item.id], null);
      shiftCounts(1);
      markError.value = e;
      return false;
    }
  }

  /** Marks every notification of the caller read (also those on pages not loaded yet). */
  async function markAll(): Promise<boolean> {
    if (markingAll.value) return false;
    markError.value = null;
    markingAll.value = true;
    try {
      const answer = await mutate({ ids: null });
      const at = new Date().toISOString();
      setReadAt(
        cache(),
        items.value.filter(isUnread).map((i) => i.id),
        at,
      );
      const count = answer?.data?.markNotificationsRead;
      serverCount(typeof count === 'number' ? count : 0);
      return true;
    } catch (e) {
      markError.value = e;
      return false;
    } finally {
      markingAll.value = false;
    }
  }

  /** The page after those shown. */
  async function loadMore() {
    const after = nextCursor.value;
    if (!after || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({
        variables: { first: NOTIFICATION_PAGE_SIZE, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          notifications: appendPage(previous.notifications, fetchMoreResult?.notifications),
        }),
      });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    items,
    unreadCount,
    hasMore: computed(() => nextCursor.value !== null),
    loading,
    error,
    refetch,
    loadingMore,
    loadMore,
    markingAll,
    markAll,
    markRead,
    markError,
  };
}
