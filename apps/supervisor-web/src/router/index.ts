import { HOME_ROUTE, installAuthGuard, sharedRoutes } from '@kinerja/web-common';
import { createRouter, createWebHistory } from 'vue-router';
import ProfileView from '../features/organisation/views/ProfileView.vue';
import { apolloClient } from '../plugins/apollo';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/',
      name: HOME_ROUTE,
      component: ProfileView,
      meta: { titleKey: 'organisation.profile.title' },
    },
    ...sharedRoutes,
  ],
});

installAuthGuard(router, apolloClient);
