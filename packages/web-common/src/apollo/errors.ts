import { type ApolloError, isApolloError, type ServerError } from '@apollo/client/core';
import { ErrorCode } from '@kinerja/schema';
import type { GraphQLFormattedError } from 'graphql';

/** What the UI shows for a failed operation: the server's (already translated) message and its code. */
export interface ErrorInfo {
  code: string;
  message: string;
}

/** Codes of problems found on the client: input checked before sending, or no answer from the API. */
export const ClientErrorCode = {
  INVALID_NIP: 'INVALID_NIP',
  PASSWORD_REQUIRED: 'PASSWORD_REQUIRED',
  NETWORK: 'NETWORK_ERROR',
  UNKNOWN: 'UNKNOWN_ERROR',
} as const;

type Translate = (key: string) => string;

function asApolloError(error: unknown): ApolloError | undefined {
  return error instanceof Error && isApolloError(error) ? error : undefined;
}

/**
 * The GraphQL errors of a response, including those carried by a non-2xx HTTP response
 * (Apollo reports those as a network error whose `result` holds the body).
 */
export function graphQLErrorsOf(
  graphQLErrors: readonly GraphQLFormattedError[] | undefined,
  networkError: unknown,
): readonly GraphQLFormattedError[] {
  if (graphQLErrors?.length) return graphQLErrors;
  const result = (networkError as Partial<ServerError> | null | undefined)?.result;
  if (result && typeof result === 'object' && Array.isArray(result.errors)) {
    return result.errors as GraphQLFormattedError[];
  }
  return [];
}

function errorsOf(error: unknown): readonly GraphQLFormattedError[] {
  const apolloError = asApolloError(error);
  return apolloError ? graphQLErrorsOf(apolloError.graphQLErrors, apolloError.networkError) : [];
}

export function codeOf(graphQLError: GraphQLFormattedError): string | undefined {
  const code = graphQLError.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorsOf(error).some((e) => codeOf(e) === code);
}

export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, ErrorCode.UNAUTHENTICATED);
}

/** The first error of a failed operation, as the UI shows it (keyed by `extensions.code`). */
export function describeError(error: unknown, t: Translate): ErrorInfo {
  const first = errorsOf(error)[0];
  if (first) {
    return { code: codeOf(first) ?? ErrorCode.INTERNAL_SERVER_ERROR, message: first.message };
  }
  if (asApolloError(error)?.networkError) {
    return { code: ClientErrorCode.NETWORK, message: t('errors.network') };
  }
  return { code: ClientErrorCode.UNKNOWN, message: t('errors.unknown') };
}
