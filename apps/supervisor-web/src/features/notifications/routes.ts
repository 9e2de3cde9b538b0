import type { RouteRecordRaw } from 'vue-router';
import NotificationsNavBadge from './components/NotificationsNavBadge.vue';

/** The caller's notifications (with the unread count in the side navigation) and their settings. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./views/NotificationsView.vue'),
    meta: {
      titleKey: 'notifications.title',
      nav: { group: 'account', order: 80, labelKey: 'notifications.nav' },
      navBadge: NotificationsNavBadge,
    },
  },
  {
    path: '/notifications/settings',
    name: 'notification-settings',
    component: () => import('./views/NotificationSettingsView.vue'),
    meta: {
      titleKey: 'notifications.preferences.title',
      nav: { group: 'account', order: 85, labelKey: 'notifications.preferences.title' },
    },
  },
];
