import type { RouteRecordRaw } from 'vue-router';

/**
 * The caller's notifications and their settings. Not in the bottom navigation (it is full): the
 * header's bell (components/NotificationBell.vue, with the unread count) leads here, and the
 * profile page links to the settings.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./views/NotificationsView.vue'),
    meta: { titleKey: 'notifications.title' },
  },
  {
    path: '/notifications/settings',
    name: 'notification-settings',
    component: () => import('./views/NotificationSettingsView.vue'),
    meta: { titleKey: 'notifications.preferences.title' },
  },
];
