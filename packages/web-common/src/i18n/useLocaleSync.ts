import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { usePreferencesStore } from '../preferences/preferences.store';

/** Keeps vue-i18n and `<html lang>` in step with the chosen language. Call once, in the root. */
export function useLocaleSync(): void {
  const preferences = usePreferencesStore();
  const { locale } = useI18n({ useScope: 'global' });
  watchEffect(() => {
    locale.value = preferences.locale;
    document.documentElement.lang = preferences.locale;
  });
}
