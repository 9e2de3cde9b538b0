import { useI18n } from 'vue-i18n';
import type { MessageTree } from '../../i18n/createI18n';
import en from '../../locales/report-card.en.json';
import id from '../../locales/report-card.id.json';

const merged = new WeakSet<object>();

/**
 * The global composer, with the report card's messages (`reportCard.*`) merged into it on first
 * use. They stay out of `locales/{id,en}.json` so that they load with the report pages, not with
 * either app's first page; every component that shows them calls this in its setup (a page also
 * before its own first render, when it words part of the card itself).
 */
export function useReportCardI18n() {
  const composer = useI18n();
  if (!merged.has(composer)) {
    composer.mergeLocaleMessage('id', id satisfies MessageTree);
    composer.mergeLocaleMessage('en', en satisfies MessageTree);
    merged.add(composer);
  }
  return composer;
}
