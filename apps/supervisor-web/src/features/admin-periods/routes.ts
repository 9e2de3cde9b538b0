import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/periods',
    name: 'admin-periods',
    component: () => import('./views/PeriodsView.vue'),
    meta: {
      titleKey: 'adminPeriods.title',
      nav: { group: 'admin', order: 80, labelKey: 'adminPeriods.nav', audience: ['agencyAdmin'] },
    },
  },
];
