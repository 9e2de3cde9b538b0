import type { ApolloCache } from '@apollo/client/core';

const registered = new WeakSet<object>();

/**
 * A month's IKI view has no id of its own: key it by month and employee so that the badge, the
 * Tasks page, the form and the submit mutation share one cached object (each selecting different
 * fields) instead of replacing each other's. Idempotent; called before the first query.
 */
export function registerTaskTypePolicies(cache: ApolloCache<unknown>): void {
  if (registered.has(cache)) return;
  registered.add(cache);
  const policies = (cache as { policies?: { addTypePolicies(p: object): void } }).policies;
  policies?.addTypePolicies({
    IkiReportView: {
      // The employee arrives as a reference (already normalised) or as an object with its id.
      // Selections without the month or the employee stay unnormalised, as before.
      keyFields: (view: { period?: string; employee?: { id?: string; __ref?: string } }) => {
        const employee = view.employee?.__ref ?? view.employee?.id;
        return view.period && employee ? `IkiReportView:${view.period}:${employee}` : false;
      },
    },
  });
}
