import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/profile',
    name: 'profile',
    component: () => import('./views/ProfileView.vue'),
    meta: {
      titleKey: 'organisation.profile.title',
      nav: { group: 'account', order: 90, labelKey: 'nav.profile' },
    },
  },
];
