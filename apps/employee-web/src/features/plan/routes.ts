import type { RouteRecordRaw } from 'vue-router';

/** The employee's plan (SKP) of a year: drafting, submitting and aligning it later. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/plan/:year(\\d{4})?',
    name: 'plan',
    component: () => import('./views/PlanView.vue'),
    props: (route) => ({ year: route.params.year ? Number(route.params.year) : null }),
    meta: {
      titleKey: 'plan.title',
      nav: { order: 35, labelKey: 'plan.nav', icon: 'plan' },
    },
  },
];
