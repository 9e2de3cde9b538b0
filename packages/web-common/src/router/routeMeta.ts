import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the auth guard lets it through). */
    public?: boolean;
    /** i18n key of the page title, shown in the tab and announced on navigation. */
    titleKey?: string;
  }
}

export {};
