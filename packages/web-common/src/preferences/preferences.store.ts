import { defineStore } from 'pinia';
import { ref } from 'vue';
import { type AppLocale, readStoredLocale, storeLocale } from '../i18n/locales';

/** Preferences of this browser, kept across reloads. */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<AppLocale>(readStoredLocale());

  function setLocale(next: AppLocale): void {
    locale.value = next;
    storeLocale(next);
  }

  return { locale, setLocale };
});
