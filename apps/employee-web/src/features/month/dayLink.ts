import type { RouteLocationRaw } from 'vue-router';

/** The page of one day (the Today feature's `day` route, which opens the day on the Today page). */
export function dayLocation(date: string): RouteLocationRaw {
  return { name: 'day', params: { date } };
}
