import type { Component } from 'vue';
import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Listed in the bottom navigation, in `order`, labelled by `labelKey`, with an icon (one emoji-free glyph name). */
    nav?: { order: number; labelKey: string; icon: NavIcon };
    /** A small component shown on the navigation item (e.g. the count of undone monthly tasks). */
    navBadge?: Component;
  }
}

/** The icons the bottom navigation draws (inline SVG, see BottomNav.vue). */
export type NavIcon = 'today' | 'month' | 'tasks' | 'plan' | 'report' | 'leave' | 'profile';

export {};
