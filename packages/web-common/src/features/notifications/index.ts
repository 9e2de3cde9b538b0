// The notifications of both apps, imported by path: `@kinerja/web-common/features/notifications`
// (logic and composables) and `…/features/notifications/<Component>.vue`.
export { APP_BASES, linkTarget, type LinkTarget } from './links';
export { formatArrival } from './format';
export * from './notifications.documents';
export * from './unread.documents';
export { useNotificationsI18n } from './messages';
export * from './notification.types';
export { appendPage, isUnread, type NotificationPageData } from './paging';
export {
  choicesOf,
  emailBlock,
  isDirty,
  preferenceInput,
  type EmailBlock,
  type PreferenceChoice,
} from './preferences';
export { NOTIFICATION_PAGE_SIZE, useNotifications } from './useNotifications';
export { UNREAD_POLL_MS, useUnreadCount } from './useUnreadCount';
