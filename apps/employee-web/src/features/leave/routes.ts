import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/leave',
    name: 'leave',
    component: () => import('./views/LeaveView.vue'),
    meta: {
      titleKey: 'leave.title',
      nav: { order: 50, labelKey: 'leave.nav', icon: 'leave' },
    },
  },
  {
    path: '/leave/new',
    name: 'leave-new',
    component: () => import('./views/LeaveRequestView.vue'),
    meta: { titleKey: 'leave.form.title' },
  },
];
