/**
 * For component tests of the admin pages: an Apollo client whose API answers each operation by
 * name (a fixed answer, or a function of the variables) and remembers what it was sent.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';

type Answer = object | ((variables: Record<string, unknown>) => object);

export function fakeApi(answers: Record<string, Answer>) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ operation: operation.operationName, variables: operation.variables });
        const answer = answers[operation.operationName];
        const body =
          typeof answer === 'function'
            ? answer(operation.variables)
            : (answer ?? { errors: [{ message: `no answer for ${operation.operationName}` }] });
        observer.next(body);
        observer.complete();
      }),
  );
  return {
    client: new ApolloClient({ link, cache: new InMemoryCache() }),
    sent,
    /** The variables of every request of one operation. */
    of: (name: string) => sent.filter((s) => s.operation === name).map((s) => s.variables),
  };
}
