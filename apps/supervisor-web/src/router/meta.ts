import type { Component } from 'vue';
import 'vue-router';
import type { Audience } from '../app/audience';

declare module 'vue-router' {
  interface RouteMeta {
    /**
     * Listed in the side navigation under `group`, in `order`, labelled by `labelKey`, for the
     * people in `audience` (any of them; none: everyone signed in). Only what the menu shows: the
     * server decides what each person may read or change.
     */
    nav?: { group: NavGroup; order: number; labelKey: string; audience?: Audience[] };
    /** A small component shown after the navigation label (e.g. the unread notification count). */
    navBadge?: Component;
  }
}

/** The side navigation's sections, in this order. */
export const NAV_GROUPS = ['work', 'team', 'executive', 'admin', 'account'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export {};
