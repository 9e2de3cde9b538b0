import type { RouteRecordRaw } from 'vue-router';
import { HOME_ROUTE, LOGIN_ROUTE } from './navigation';
import LoginView from './views/LoginView.vue';

/** Routes every app has: the login page, and unknown paths going home. */
export const sharedRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: LOGIN_ROUTE,
    component: LoginView,
    meta: { public: true, titleKey: 'auth.login.title' },
  },
  { path: '/:unknown(.*)*', redirect: { name: HOME_ROUTE } },
];
