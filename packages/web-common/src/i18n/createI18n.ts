import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import id from '../locales/id.json';
import { type AppLocale, DEFAULT_LOCALE, readStoredLocale } from './locales';

export type MessageTree = { [key: string]: string | MessageTree };

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null;
}

/** App messages extend (and may override) the shared ones, key by key. */
export function mergeMessages(base: MessageTree, extra: MessageTree): MessageTree {
  const merged: MessageTree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = isTree(current) && isTree(value) ? mergeMessages(current, value) : value;
  }
  return merged;
}

const sharedMessages: Record<AppLocale, MessageTree> = { id, en };

export function createKinerjaI18n(appMessages: Record<AppLocale, MessageTree>) {
  return createI18n({
    legacy: false,
    locale: readStoredLocale(),
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      id: mergeMessages(sharedMessages.id, appMessages.id),
      en: mergeMessages(sharedMessages.en, appMessages.en),
    },
  });
}
