import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/month/:month?',
    name: 'month',
    component: () => import('./views/MonthView.vue'),
    meta: {
      titleKey: 'month.title',
      nav: { order: 20, labelKey: 'month.nav', icon: 'month' },
    },
  },
];
