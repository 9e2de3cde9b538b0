import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('./views/AuditView.vue'),
    meta: {
      titleKey: 'adminAudit.title',
      nav: { group: 'admin', order: 40, labelKey: 'adminAudit.nav', audience: ['admin'] },
    },
  },
];
