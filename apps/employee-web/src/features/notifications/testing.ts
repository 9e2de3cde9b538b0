/** Component tests of the notification pages: an API answering by operation, a memory router. */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../plugins/i18n';

export type Sent = { operation: string; variables: Record<string, unknown> };
type Answer = (variables: Record<string, unknown>) => object;

/** An API answering each operation (by name) with `answers[name](variables)`; remembers what it was sent. */
export function fakeApi(answers: Record<string, Answer>) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ operation: operation.operationName, variables: operation.variables });
        const answer = answers[operation.operationName];
        observer.next(
          answer
            ? answer(operation.variables)
            : { errors: [{ message: `unexpected ${operation.operationName}` }] },
        );
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const Blank = { template: '<p>page</p>' };

export function testRouter() {
  return createRouter({
    history: createMemoryHistory('/employee/'),
    routes: [
      { path: '/', component: Blank },
      { path: '/day/:date', name: 'day', component: Blank },
      { path: '/notifications', name: 'notifications', component: Blank },
      { path: '/notifications/settings', name: 'notification-settings', component: Blank },
    ],
  });
}

export async function mountWithApi<C extends Component>(
  component: C,
  api: ReturnType<typeof fakeApi>,
  props: Record<string, unknown> = {},
) {
  i18n.global.locale.value = 'id';
  const router = testRouter();
  await router.push('/notifications');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
  const wrapper = mount(component as any, {
    props,
    attachTo: document.body,
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient]: api.client } },
  });
  return { wrapper, router };
}

/** A notification as the API answers it. */
export function notification(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification',
    id: `n${n}`,
    kind: 'ENTRIES_RETURNED',
    title: `Aktivitas dikembalikan ${n}`,
    body: `Atasan mengembalikan aktivitas ${n}.`,
    app: 'EMPLOYEE',
    link: `/day/2026-11-${String((n % 28) + 1).padStart(2, '0')}`,
    createdAt: new Date(Date.UTC(2026, 10, 20, 3, 0) - n * 60_000).toISOString(),
    readAt: null,
    ...overrides,
  };
}
