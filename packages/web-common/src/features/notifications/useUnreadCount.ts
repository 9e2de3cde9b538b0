import { useQuery } from '@vue/apollo-composable';
import { computed, onScopeDispose } from 'vue';
import { UnreadNotificationCountQuery } from './unread.documents';

/** How often the badge asks again while the app is on screen. */
export const UNREAD_POLL_MS = 60_000;
/** Coming back to the tab asks again unless the last answer is younger than this. */
const FRESH_MS = 10_000;

/**
 * The caller's unread notification count for the shell's badge: one small query, asked again
 * every minute while the page is visible and when the person comes back to the tab (never while
 * hidden). Marking read elsewhere writes the new count into the same cache entry.
 */
export function useUnreadCount(pollMs = UNREAD_POLL_MS) {
  const { result, refetch } = useQuery(UnreadNotificationCountQuery, null, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  let askedAt = Date.now();

  function ask() {
    askedAt = Date.now();
    void refetch()?.catch(() => undefined);
  }

  const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible';
  const timer = setInterval(() => {
    if (visible()) ask();
  }, pollMs);
  const onVisibility = () => {
    if (visible() && Date.now() - askedAt >= FRESH_MS) ask();
  };
  document.addEventListener('visibilitychange', onVisibility);
  onScopeDispose(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });

  const count = computed(() => result.value?.unreadNotificationCount ?? 0);
  return { count, refresh: ask };
}
