import type { RouteRecordRaw } from 'vue-router';

/** Not in the bottom navigation (it is full): linked from today's shift on the home page. */
export const ROSTER_ROUTE = 'roster';

export const routes: RouteRecordRaw[] = [
  {
    path: '/roster/:month?',
    name: ROSTER_ROUTE,
    component: () => import('./views/RosterView.vue'),
    meta: { titleKey: 'roster.title' },
  },
];
