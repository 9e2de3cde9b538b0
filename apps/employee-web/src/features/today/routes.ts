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
  {
    // A day by its date (the calendar, the report card's deductions): the day page of Today.
    path: '/day/:date',
    name: 'day',
    redirect: (to) => ({ name: HOME_ROUTE, query: { date: String(to.params.date) } }),
  },
];
