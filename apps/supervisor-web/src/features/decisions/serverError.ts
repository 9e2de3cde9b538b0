import { describeError, graphQLErrorsOf, type ErrorInfo } from '@kinerja/web-common';
import { isApolloError } from '@apollo/client/core';

/** A refused action as the page shows it: the server's message and the input it is about. */
export interface ActionError extends ErrorInfo {
  field: string | null;
}

/** The server's `extensions.field` (the last part of "input.note"), if any. */
function fieldOf(error: unknown): string | null {
  if (!(error instanceof Error) || !isApolloError(error)) return null;
  const field = graphQLErrorsOf(error.graphQLErrors, error.networkError)[0]?.extensions?.field;
  return typeof field === 'string' ? (field.split('.').pop() ?? null) : null;
}

export function describeActionError(error: unknown, t: (key: string) => string): ActionError {
  return { ...describeError(error, t), field: fieldOf(error) };
}
