import type { RouteRecordRaw } from 'vue-router';

/** The alignment (keselarasan) of a unit's plans (SKP) for a year, with what is still unaligned. */
export const routes: RouteRecordRaw[] = [
  {
    // `?unit=<id>&year=YYYY` (default: the caller's unit, this year).
    path: '/alignment',
    name: 'alignment',
    component: () => import('./views/AlignmentView.vue'),
    meta: {
      titleKey: 'alignment.title',
      nav: {
        group: 'team',
        order: 20,
        labelKey: 'alignment.nav',
        audience: ['supervisor', 'executive', 'admin'],
      },
    },
  },
];
