import type { LocationQueryValue, RouteLocationRaw } from 'vue-router';

export const LOGIN_ROUTE = 'login';
export const HOME_ROUTE = 'home';

/** Where to go after signing in: a path inside this app, never another site. */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

/** The login page, remembering the page the user wanted. */
export function loginLocation(wanted?: string): RouteLocationRaw {
  return { name: LOGIN_ROUTE, query: wanted && wanted !== '/' ? { redirect: wanted } : {} };
}
