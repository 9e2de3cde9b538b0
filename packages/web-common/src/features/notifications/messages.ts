import { useI18n } from 'vue-i18n';
import type { MessageTree } from '../../i18n/createI18n';
import en from './messages/en.json';
import id from './messages/id.json';

const merged = new WeakSet<object>();

/**
 * The global composer, with the notification pages' messages (`notifications.*`) merged into it on
 * first use, so that they load with those pages and not with either app's first page. What the
 * shell shows (the navigation label, the unread badge, the page titles: `notifications.nav`,
 * `.badge`, `.title`, `.preferences.title`) is in each app's `features/notifications/locales`.
 */
export function useNotificationsI18n() {
  const composer = useI18n();
  if (!merged.has(composer)) {
    composer.mergeLocaleMessage('id', id satisfies MessageTree);
    composer.mergeLocaleMessage('en', en satisfies MessageTree);
    merged.add(composer);
  }
  return composer;
}
