import type { NotificationApp, NotificationItem } from './notification.types';

/** Where each app is served (the API serves both SPAs on one origin, see apps/api/src/server.ts). */
export const APP_BASES: Record<NotificationApp, string> = {
  EMPLOYEE: '/employee',
  SUPERVISOR: '/supervisor',
};

/**
 * What opening a notification does: a page of this app (`route`, pushed on the router), a page of
 * the other app (`href`, a full navigation: both apps share the session cookie), or nothing (no
 * link, or one that is not a path inside an app).
 */
export type LinkTarget = { kind: 'route'; path: string } | { kind: 'href'; href: string } | null;

/** A path inside an SPA: starts with one "/", never "//" (another host) or a scheme. */
function isAppPath(link: string): boolean {
  return /^\/(?![/\\])/.test(link) && !/[\s]/.test(link);
}

export function linkTarget(
  notification: Pick<NotificationItem, 'app' | 'link'>,
  currentApp: NotificationApp,
): LinkTarget {
  const link = notification.link;
  if (!link || !isAppPath(link)) return null;
  if (notification.app === currentApp) return { kind: 'route', path: link };
  const base = APP_BASES[notification.app as NotificationApp];
  return base ? { kind: 'href', href: `${base}${link}` } : null;
}
