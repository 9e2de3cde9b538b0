import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { ErrorCode } from '@kinerja/schema';
import { notifySessionExpired } from '../features/auth/sessionExpiry';
import { codeOf, graphQLErrorsOf } from './errors';

export interface ApolloClientOptions {
  /** Same origin as the SPA: the API serves both, so the session cookie goes along. */
  uri?: string;
  /** The UI language, sent as `Accept-Language` so the server's messages come back in it. */
  getLocale: () => string;
}

/**
 * Operations that handle UNAUTHENTICATED themselves: `Login` (wrong password) and `Session`
 * (the auth guard's "who am I" check, which redirects to the login page on its own).
 */
const SELF_HANDLED_OPERATIONS = new Set(['Login', 'Session']);

export type KinerjaApolloClient = ApolloClient<NormalizedCacheObject>;

// @vue/apollo-composable 4.2 calls ObservableQuery.getLastResult(), deprecated in Apollo Client 3.14,
// whenever a query fails: mute Apollo's 4.0-migration warnings so they don't drown real ones.
(globalThis as Record<symbol, unknown>)[Symbol.for('apollo.deprecations')] = true;

export function createApolloClient({
  uri = '/graphql',
  getLocale,
}: ApolloClientOptions): KinerjaApolloClient {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': getLocale() },
    }));
    return forward(operation);
  });

  const sessionExpiry = onError(({ graphQLErrors, networkError, operation }) => {
    if (SELF_HANDLED_OPERATIONS.has(operation.operationName)) return;
    const errors = graphQLErrorsOf(graphQLErrors, networkError);
    if (errors.some((e) => codeOf(e) === ErrorCode.UNAUTHENTICATED)) notifySessionExpired();
  });

  return new ApolloClient({
    link: ApolloLink.from([
      sessionExpiry,
      language,
      new HttpLink({ uri, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // A month's IKI view has no id of its own: keyed by month and employee, the views that
        // select different fields of it (the tasks badge, the tasks page, the form, the submit
        // mutation) share one cached object. Selections without both stay unnormalised.
        IkiReportView: {
          keyFields: (view: Readonly<Record<string, unknown>>) => {
            const employee = view.employee as { id?: string; __ref?: string } | undefined;
            const id = employee?.__ref ?? employee?.id;
            return typeof view.period === 'string' && id
              ? `IkiReportView:${view.period}:${id}`
              : false;
          },
        },
        Query: {
          fields: {
            // One list per root and depth; `first`/`after` pages are merged ("load more").
            subordinates: relayStylePagination(['of', 'depth']),
          },
        },
      },
    }),
    devtools: { enabled: import.meta.env.DEV },
  });
}
