import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/policy',
    name: 'admin-policy',
    component: () => import('./views/PolicyView.vue'),
    meta: {
      titleKey: 'adminPolicy.title',
      nav: { group: 'admin', order: 50, labelKey: 'adminPolicy.nav', audience: ['agencyAdmin'] },
    },
  },
  {
    path: '/admin/policy/new',
    name: 'admin-policy-new',
    component: () => import('./views/PolicyEditView.vue'),
    props: (route) => ({
      from: typeof route.query.from === 'string' ? route.query.from : undefined,
    }),
    meta: { titleKey: 'adminPolicy.form.title' },
  },
];
