import type { MessageTree } from '@kinerja/web-common';
import { i18n } from '../../plugins/i18n';
import en from './messages/en.json';
import id from './messages/id.json';

/**
 * The roster feature's messages beyond its navigation labels and page titles (those are in
 * `locales/`, loaded with the first page): merged when its pages load, so they stay out of the
 * first page. Imported (for its effect) by every component of the feature that uses them.
 */
i18n.global.mergeLocaleMessage('id', id satisfies MessageTree);
i18n.global.mergeLocaleMessage('en', en satisfies MessageTree);
