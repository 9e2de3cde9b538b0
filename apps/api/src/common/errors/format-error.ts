/**
 * Turns every error into what the caller sees: a stable `extensions.code` and a message in the
 * caller's language. AppErrors carry their own code and message key; validation and GraphQL
 * errors become BAD_USER_INPUT; anything unexpected is logged with the request id and masked.
 * The language and request id come from the request store (request-store.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@kinerja/schema';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Context } from '../../context.js';
import { translate, type MessageKey, type MessageParams } from '../i18n/messages.js';
import { currentRequest } from '../request-store.js';
import { parseValidationMessage } from '../validation.js';
import { AppError } from './app-error.js';

const passThrough: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

function message(key: MessageKey, params: MessageParams = {}): string {
  const { locale, requestId } = currentRequest();
  return translate(locale, key, { requestId, ...params });
}

/** Apollo's formatError: a stable code and a message in the caller's language. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: message(original.messageKey, original.params),
      extensions: { code: original.code, ...original.extra },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((v) =>
      Object.values(v.constraints ?? {}).map((text) => {
        const parsed = parseValidationMessage(text);
        return parsed ? message(parsed.key, parsed.params) : text;
      }),
    );
    return {
      ...base,
      message: message('common.badInput', { details: problems.join('; ') }),
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        fields: original.extensions.validationErrors.map((v) => v.property),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThrough[code]) {
    // Errors of the query itself (syntax, unknown fields, variable types, abuse limits): the
    // GraphQL message names the problem precisely and is meant for developers.
    return { ...formatted, extensions: { ...formatted.extensions, code: passThrough[code] } };
  }
  return {
    ...base,
    message: message('common.internal'),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs every unexpected error with the request's logger (and so its request id). */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const e of errors) {
          const original = unwrapResolverError(e);
          if (original instanceof AppError || original instanceof ArgumentValidationError) continue;
          if (e.extensions?.code && passThrough[String(e.extensions.code)]) continue;
          contextValue.log.error(
            { err: original, path: e.path },
            'unexpected error in GraphQL request',
          );
        }
      },
    };
  },
};
