import type { ApolloClient } from '@apollo/client/core';
import type { Router } from 'vue-router';
import { isUnauthenticated } from '../../apollo/errors';
import { SessionQuery } from './auth.documents';
import { LOGIN_ROUTE, loginLocation, safeRedirect } from './navigation';
import { onSessionExpired } from './sessionExpiry';

type SessionState = 'signed-in' | 'signed-out' | 'unknown';

/** Asks `me` once; afterwards the answer comes from the Apollo cache until logout clears it. */
async function checkSession(client: ApolloClient<unknown>): Promise<SessionState> {
  try {
    await client.query({ query: SessionQuery });
    return 'signed-in';
  } catch (error) {
    // Offline or a server failure: let the page load and show the error with a retry.
    return isUnauthenticated(error) ? 'signed-out' : 'unknown';
  }
}

function hasCachedSession(client: ApolloClient<unknown>): boolean {
  return client.readQuery({ query: SessionQuery }) !== null;
}

/**
 * Pages need a session unless their route is `meta.public`: without one the user goes to the
 * login page, and comes back to the page they wanted after signing in. Also reacts to a session
 * that expires while the app is open (any operation failing with UNAUTHENTICATED).
 */
export function installAuthGuard(router: Router, client: ApolloClient<unknown>): void {
  router.beforeEach(async (to) => {
    if (to.meta.public) {
      return to.name === LOGIN_ROUTE && hasCachedSession(client)
        ? safeRedirect(to.query.redirect)
        : true;
    }
    return (await checkSession(client)) === 'signed-out' ? loginLocation(to.fullPath) : true;
  });

  onSessionExpired(() => {
    const current = router.currentRoute.value;
    if (current.meta.public) return;
    void client.clearStore().then(() => router.replace(loginLocation(current.fullPath)));
  });
}
