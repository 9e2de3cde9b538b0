import type { RouteRecordRaw } from 'vue-router';

export const ENTRY_NEW_ROUTE = 'entry-new';
export const ENTRY_EDIT_ROUTE = 'entry-edit';

export const routes: RouteRecordRaw[] = [
  {
    // `?date=YYYY-MM-DD`: the day the entry is for (default today).
    path: '/entries/new',
    name: ENTRY_NEW_ROUTE,
    component: () => import('./views/EntryFormView.vue'),
    meta: { titleKey: 'entries.form.newTitle' },
  },
  {
    // `?date=` the entry's day (the API lists entries by day).
    path: '/entries/:id',
    name: ENTRY_EDIT_ROUTE,
    component: () => import('./views/EntryFormView.vue'),
    props: true,
    meta: { titleKey: 'entries.form.editTitle' },
  },
];
