import type { MessageTree } from '@kinerja/web-common';
import { i18n } from '../../plugins/i18n';
import en from './messages/en.json';
import id from './messages/id.json';

/**
 * The plan feature's messages beyond its navigation label and page title (those are in
 * `locales/`): loaded with its page. Imported (for its effect) by every component that uses them.
 */
i18n.global.mergeLocaleMessage('id', id satisfies MessageTree);
i18n.global.mergeLocaleMessage('en', en satisfies MessageTree);
