import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/bank',
    name: 'admin-bank',
    component: () => import('./views/BankView.vue'),
    meta: {
      titleKey: 'adminBank.title',
      nav: { group: 'admin', order: 10, labelKey: 'adminBank.nav', audience: ['admin'] },
    },
  },
];
