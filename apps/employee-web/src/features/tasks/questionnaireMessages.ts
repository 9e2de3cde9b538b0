import type { MessageTree } from '@kinerja/web-common';
import { i18n } from '../../plugins/i18n';
import en from './messages/questionnaire.en.json';
import id from './messages/questionnaire.id.json';

/**
 * The questionnaire task's messages (`tasks.questionnaire.*`): loaded with the pages that show a
 * questionnaire (the tasks overview and the answer page), like the feature's other messages.
 */
i18n.global.mergeLocaleMessage('id', id satisfies MessageTree);
i18n.global.mergeLocaleMessage('en', en satisfies MessageTree);
