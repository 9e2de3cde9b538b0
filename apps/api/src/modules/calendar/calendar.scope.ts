/**
 * The calendar's per-request objects (reader, admin service, loaders), built once per ViewerScope.
 * Kept beside the feature (a WeakMap keyed by the request's scope) so the feature plugs in without
 * editing the shared context.
 */
import type { Context, ViewerScope } from '../../context.js';
import { CalendarAdmin } from './calendar-admin.service.js';
import { createCalendarLoaders, type CalendarLoaders } from './calendar.loaders.js';
import { CalendarService } from './calendar.service.js';

export interface CalendarScope {
  reader: CalendarService;
  admin: CalendarAdmin;
  loaders: CalendarLoaders;
}

const scopes = new WeakMap<ViewerScope, CalendarScope>();

export function calendarScope(ctx: Context): CalendarScope {
  const scope = ctx.scope();
  let calendar = scopes.get(scope);
  if (!calendar) {
    calendar = {
      reader: new CalendarService(scope.em, scope.viewer.agencyId),
      admin: new CalendarAdmin(
        scope.em,
        scope.viewer,
        scope.access,
        scope.organisation,
        ctx.requestId,
      ),
      loaders: createCalendarLoaders(scope.em, scope.viewer.agencyId),
    };
    scopes.set(scope, calendar);
  }
  return calendar;
}
