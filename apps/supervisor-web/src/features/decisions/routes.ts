import type { RouteRecordRaw } from 'vue-router';

/**
 * Decisions other than activity entries: leave and permit requests (one queue, decided in bulk),
 * and performance plans (SKP) and monthly IKI reports (a list, then one page per plan or report,
 * addressed by person and year or month so a link stays valid).
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/decisions/leave',
    name: 'decisions-leave',
    component: () => import('./views/LeaveDecisionsView.vue'),
    meta: {
      titleKey: 'decisions.leave.title',
      nav: {
        group: 'work',
        order: 20,
        labelKey: 'decisions.leave.nav',
        audience: ['supervisor', 'agencyAdmin'],
      },
    },
  },
  {
    path: '/decisions/performance',
    name: 'decisions-performance',
    component: () => import('./views/PerformanceDecisionsView.vue'),
    meta: {
      titleKey: 'decisions.performance.title',
      nav: {
        group: 'work',
        order: 30,
        labelKey: 'decisions.performance.nav',
        audience: ['supervisor', 'agencyAdmin'],
      },
    },
  },
  {
    path: '/decisions/plans/:employeeId/:year(\\d{4})',
    name: 'decisions-plan',
    component: () => import('./views/PlanDecisionView.vue'),
    props: (route) => ({
      employeeId: String(route.params.employeeId),
      year: Number(route.params.year),
    }),
    meta: { titleKey: 'decisions.plan.title' },
  },
  {
    path: '/decisions/iki/:employeeId/:period(\\d{4}-\\d{2})',
    name: 'decisions-iki',
    component: () => import('./views/IkiDecisionView.vue'),
    props: (route) => ({
      employeeId: String(route.params.employeeId),
      period: String(route.params.period),
    }),
    meta: { titleKey: 'decisions.iki.title' },
  },
];
