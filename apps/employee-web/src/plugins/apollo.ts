import { createApolloClient, usePreferencesStore } from '@kinerja/web-common';
import { pinia } from './pinia';

export const apolloClient = createApolloClient({
  getLocale: () => usePreferencesStore(pinia).locale,
});
