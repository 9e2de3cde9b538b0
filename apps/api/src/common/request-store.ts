/**
 * What every part of a request's handling may need without having it passed along: its id and the
 * caller's language. Bound in an onRequest hook with AsyncLocalStorage (as @fastify/request-context
 * does), so even errors raised before the GraphQL context exists are reported in the right language.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from './i18n/messages.js';

export interface RequestStore {
  requestId: string;
  locale: Locale;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();

export function currentRequest(): RequestStore {
  return requestStore.getStore() ?? { requestId: '-', locale: 'id' };
}
