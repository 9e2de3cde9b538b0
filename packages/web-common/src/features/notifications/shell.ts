// What the apps' shells load with the first page (the unread count for the bell or the side
// navigation): `@kinerja/web-common/features/notifications/shell`. The pages' code and documents
// come from `@kinerja/web-common/features/notifications` and load with those pages.
export { UNREAD_POLL_MS, useUnreadCount } from './useUnreadCount';
export { UnreadNotificationCountQuery } from './unread.documents';
