import { HOME_ROUTE } from '@kinerja/web-common';
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    // The home page: today, or another day with `?date=YYYY-MM-DD` (entries may be logged late).
    path: '/',
    name: HOME_ROUTE,
    component: () => import('./views/TodayView.vue'),
    meta: {
      titleKey: 'today.title',
      nav: { order: 10, labelKey: 'today.nav', icon: 'today' },
    },
  },
];
