import type { RouteLocationRaw, Router } from 'vue-router';

/** The page of one day (the Today feature's `day` route); by path while that route is not there yet. */
export function dayLocation(router: Router, date: string): RouteLocationRaw {
  return router.hasRoute('day') ? { name: 'day', params: { date } } : `/day/${date}`;
}
