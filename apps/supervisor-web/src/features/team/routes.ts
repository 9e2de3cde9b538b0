import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/team',
    name: 'team',
    component: () => import('./views/TeamView.vue'),
    meta: {
      titleKey: 'team.title',
      nav: { group: 'team', order: 10, labelKey: 'team.nav', audience: ['supervisor'] },
    },
  },
  {
    path: '/team/people/:employeeId',
    name: 'team-person',
    component: () => import('./views/TeamPersonView.vue'),
    meta: { titleKey: 'team.person.title' },
  },
];
