import { createKinerjaI18n, mergeMessages, type MessageTree } from '@kinerja/web-common';
import en from '../locales/en.json';
import id from '../locales/id.json';

/**
 * The app's messages: `locales/{id,en}.json` (app-wide) merged with each feature's
 * `features/<feature>/locales/{id,en}.json` (keys nested under the feature's name).
 */
const featureFiles = Object.entries(
  import.meta.glob<{ default: MessageTree }>('../features/*/locales/*.json', { eager: true }),
);

function withFeatures(base: MessageTree, locale: 'id' | 'en'): MessageTree {
  return featureFiles
    .filter(([path]) => path.endsWith(`/${locale}.json`))
    .reduce((all, [, file]) => mergeMessages(all, file.default), base);
}

export const i18n = createKinerjaI18n({ id: withFeatures(id, 'id'), en: withFeatures(en, 'en') });
