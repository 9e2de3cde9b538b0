import { describeError, type ErrorInfo } from '@kinerja/web-common';
import { isApolloError } from '@apollo/client/core';

/** A server error and the full path of the input field it names (`results.0.title`), if any. */
export interface PlanError extends ErrorInfo {
  field: string | null;
}

export function describePlanError(error: unknown, t: (key: string) => string): PlanError {
  const extensions =
    error instanceof Error && isApolloError(error) ? error.graphQLErrors[0]?.extensions : undefined;
  const field = extensions?.field;
  return { ...describeError(error, t), field: typeof field === 'string' ? field : null };
}
