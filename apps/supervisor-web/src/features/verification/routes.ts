import { HOME_ROUTE } from '@kinerja/web-common';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: HOME_ROUTE,
    component: () => import('./views/QueueView.vue'),
    meta: {
      titleKey: 'verification.title',
      nav: {
        group: 'work',
        order: 10,
        labelKey: 'verification.nav',
        audience: ['supervisor', 'admin'],
      },
    },
  },
];
