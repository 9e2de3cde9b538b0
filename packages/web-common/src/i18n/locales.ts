export const SUPPORTED_LOCALES = ['id', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'id';

/** Shared by both apps (same origin), so the choice follows the user from one app to the other. */
const STORAGE_KEY = 'kinerja.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

export function readStoredLocale(): AppLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage disabled (privacy mode): fall back to Indonesian
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
}
