import { describeError, type ErrorInfo } from '@kinerja/web-common';
import { isApolloError } from '@apollo/client/core';

/** A server error and the input field it is about (`extensions.field`, or the first of `fields`). */
export interface FieldError extends ErrorInfo {
  field: string | null;
}

function fieldOf(error: unknown): string | null {
  if (!(error instanceof Error) || !isApolloError(error)) return null;
  const extensions = error.graphQLErrors[0]?.extensions;
  const field = extensions?.field ?? (extensions?.fields as unknown[] | undefined)?.[0];
  // Validation errors name the input's property, sometimes behind the argument ("input.reason").
  return typeof field === 'string' ? (field.split('.').pop() ?? null) : null;
}

export function describeFieldError(error: unknown, t: (key: string) => string): FieldError {
  return { ...describeError(error, t), field: fieldOf(error) };
}
