import './meta';
import { HOME_ROUTE, installAuthGuard, sharedRoutes } from '@kinerja/web-common';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { apolloClient } from '../plugins/apollo';

/**
 * Each feature declares its pages in `features/<feature>/routes.ts` (`export const routes`), with
 * components imported lazily. The home page (the verification queue) is the one named HOME_ROUTE.
 */
const featureRoutes = Object.values(
  import.meta.glob<{ routes: RouteRecordRaw[] }>('../features/*/routes.ts', { eager: true }),
).flatMap((m) => m.routes);

if (!featureRoutes.some((r) => r.name === HOME_ROUTE))
  throw new Error(`No feature declares the home route "${HOME_ROUTE}"`);

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [...featureRoutes, ...sharedRoutes],
});

installAuthGuard(router, apolloClient);
