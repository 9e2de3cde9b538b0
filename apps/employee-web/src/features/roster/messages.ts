import type { MessageTree } from '@kinerja/web-common';
import { i18n } from '../../plugins/i18n';
import en from './messages/en.json';
import id from './messages/id.json';

/**
 * The roster page's messages (the today view's shift line and the page title are in `locales/`,
 * in the first page): loaded with the page, so they stay out of the first page's budget.
 */
i18n.global.mergeLocaleMessage('id', id satisfies MessageTree);
i18n.global.mergeLocaleMessage('en', en satisfies MessageTree);
