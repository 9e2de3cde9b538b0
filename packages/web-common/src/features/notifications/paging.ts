import type { NotificationItem } from './notification.types';

export interface NotificationPageData<T extends NotificationItem = NotificationItem> {
  items: readonly T[];
  unreadCount: number;
  nextCursor?: string | null;
}

/**
 * fetchMore's merge: the next page's items after those shown (an item already shown is not shown
 * twice, should one arrive on both pages), its cursor and its (newer) unread count.
 */
export function appendPage<T extends NotificationItem, P extends NotificationPageData<T>>(
  previous: P,
  next: P | undefined,
): P {
  if (!next) return previous;
  const seen = new Set(previous.items.map((i) => i.id));
  return {
    ...next,
    items: [...previous.items, ...next.items.filter((i) => !seen.has(i.id))],
  };
}

/** Whether a notification is still unread. */
export const isUnread = (n: Pick<NotificationItem, 'readAt'>): boolean => !n.readAt;
