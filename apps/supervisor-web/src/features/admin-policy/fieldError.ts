/**
 * A server refusal and the input fields it is about, so the admin forms show the message beside
 * the field: `extensions.field` names one (a domain rule, e.g. `ratingThresholds.ikiAbove` or
 * `reviewSettings.weights.staff` for a group), `extensions.fields` several (input validation).
 */
import { isApolloError } from '@apollo/client/core';
import { describeError, type ErrorInfo } from '@kinerja/web-common';

export interface FieldError extends ErrorInfo {
  /** The input paths named by the server (without the argument's name), first the main one. */
  fields: string[];
}

const ARGUMENTS = /^(input)\./;

function fieldsOf(error: unknown): string[] {
  if (!(error instanceof Error) || !isApolloError(error)) return [];
  const extensions = error.graphQLErrors[0]?.extensions;
  const named = [
    extensions?.field,
    ...(Array.isArray(extensions?.fields) ? extensions.fields : []),
  ].filter((f): f is string => typeof f === 'string');
  return [...new Set(named.map((f) => f.replace(ARGUMENTS, '')))];
}

export function describeFieldError(error: unknown, t: (key: string) => string): FieldError {
  return { ...describeError(error, t), fields: fieldsOf(error) };
}

/**
 * The form fields a server path covers, in the form's order: the field itself, or every field of
 * a group it names (`reviewSettings.weights.staff` → its supervisor and peer weights).
 */
export function fieldsCovered(serverPath: string, formPaths: readonly string[]): string[] {
  return formPaths.filter((p) => p === serverPath || p.startsWith(`${serverPath}.`));
}
