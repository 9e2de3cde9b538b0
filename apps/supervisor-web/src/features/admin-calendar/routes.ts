import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/calendar',
    name: 'admin-calendar',
    component: () => import('./views/CalendarView.vue'),
    meta: {
      titleKey: 'adminCalendar.title',
      nav: { group: 'admin', order: 60, labelKey: 'adminCalendar.nav', audience: ['admin'] },
    },
  },
  {
    path: '/admin/work-patterns',
    name: 'admin-work-patterns',
    component: () => import('./views/WorkPatternsView.vue'),
    meta: {
      titleKey: 'adminCalendar.patterns.title',
      nav: {
        group: 'admin',
        order: 65,
        labelKey: 'adminCalendar.patterns.nav',
        audience: ['admin'],
      },
    },
  },
  {
    path: '/admin/offices',
    name: 'admin-offices',
    component: () => import('./views/OfficesView.vue'),
    meta: {
      titleKey: 'adminCalendar.offices.title',
      nav: {
        group: 'admin',
        order: 70,
        labelKey: 'adminCalendar.offices.nav',
        audience: ['admin'],
      },
    },
  },
];
