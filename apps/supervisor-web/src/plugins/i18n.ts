import { createKinerjaI18n } from '@kinerja/web-common';
import en from '../locales/en.json';
import id from '../locales/id.json';

export const i18n = createKinerjaI18n({ id, en });
