import type { RouteRecordRaw } from 'vue-router';

/**
 * Department performance for executives and admins: the departments of a month, then a drill-down
 * into a unit, a person's entries and their report card. The month is the `period` query (YYYY-MM).
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/performance',
    name: 'performance',
    component: () => import('./views/DepartmentsView.vue'),
    meta: {
      titleKey: 'performance.title',
      nav: {
        group: 'executive',
        order: 10,
        labelKey: 'performance.nav',
        audience: ['executive', 'admin'],
      },
    },
  },
  {
    path: '/performance/units/:unitId',
    name: 'performance-unit',
    component: () => import('./views/UnitView.vue'),
    meta: { titleKey: 'performance.unitTitle' },
  },
  {
    path: '/performance/people/:employeeId',
    name: 'performance-person',
    component: () => import('./views/PersonView.vue'),
    meta: { titleKey: 'performance.personTitle' },
  },
  {
    path: '/performance/people/:employeeId/report',
    name: 'performance-report',
    component: () => import('./views/PersonReportView.vue'),
    meta: { titleKey: 'performance.reportTitle' },
  },
];
