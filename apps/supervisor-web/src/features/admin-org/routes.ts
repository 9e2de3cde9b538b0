import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/org',
    name: 'admin-org',
    component: () => import('./views/OrgView.vue'),
    meta: {
      titleKey: 'adminOrg.title',
      nav: { group: 'admin', order: 20, labelKey: 'adminOrg.nav', audience: ['admin'] },
    },
  },
];
