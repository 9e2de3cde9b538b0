import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/report/:period?',
    name: 'report',
    component: () => import('./views/ReportView.vue'),
    meta: {
      titleKey: 'report.title',
      nav: { order: 40, labelKey: 'report.nav', icon: 'report' },
    },
  },
];
