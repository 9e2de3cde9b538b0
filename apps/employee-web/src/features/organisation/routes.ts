import { HOME_ROUTE } from '@kinerja/web-common';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    // The home page until the Today page lands (it then takes HOME_ROUTE and '/').
    path: '/',
    name: HOME_ROUTE,
    component: () => import('./views/ProfileView.vue'),
    meta: {
      titleKey: 'organisation.profile.title',
      nav: { order: 90, labelKey: 'organisation.profile.title', icon: 'profile' },
    },
  },
];
