import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    // A unit's roster: `?unit=<id>&month=YYYY-MM`.
    path: '/roster',
    name: 'roster',
    component: () => import('./views/RosterView.vue'),
    meta: {
      titleKey: 'roster.title',
      // Heads of units (supervisors) and admins; the page lists only the units the server lets them edit.
      nav: { group: 'team', order: 30, labelKey: 'roster.nav', audience: ['supervisor', 'admin'] },
    },
  },
  {
    path: '/roster/shifts',
    name: 'roster-shifts',
    component: () => import('./views/ShiftsView.vue'),
    meta: { titleKey: 'roster.shifts.title' },
  },
];
