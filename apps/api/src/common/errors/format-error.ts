/**
 * Turns every error into what the caller sees: a stable `extensions.code` and a message in the
 * caller's language. AppErrors carry their own code and message key; validation and GraphQL
 * errors become BAD_USER_INPUT; anything unexpected is logged with the request id and masked.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@kinerja/schema';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Context } from '../../context.js';
import { translate, type MessageKey, type MessageParams } from '../i18n/messages.js';
import { AppError } from './app-error.js';

interface PendingMessage {
  key: MessageKey;
  params: MessageParams;
}
const PENDING = 'i18n';

const passThrough: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

/** Apollo's formatError: decides the code; the message is translated later, per request. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.messageKey,
      extensions: {
        code: original.code,
        ...original.extra,
        [PENDING]: { key: original.messageKey, params: original.params } satisfies PendingMessage,
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors
      .flatMap((v) => Object.values(v.constraints ?? {}).map((c) => (c.startsWith(v.property) ? c : `${v.property}: ${c}`)))
      .join('; ');
    return {
      ...base,
      message: details,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        fields: original.extensions.validationErrors.map((v) => v.property),
        [PENDING]: { key: 'common.badInput', params: { details } } satisfies PendingMessage,
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
    message: 'internal',
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      [PENDING]: { key: 'common.internal', params: {} } satisfies PendingMessage,
    },
  };
}

/** Translates pending messages into the request's language and logs unexpected errors. */
export const errorMessagesPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const e of errors) {
          const original = unwrapResolverError(e);
          if (original instanceof AppError || original instanceof ArgumentValidationError) continue;
          if (e.extensions?.code && passThrough[String(e.extensions.code)]) continue;
          contextValue.log.error({ err: original, path: e.path }, 'unexpected error in GraphQL request');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const pending = e.extensions?.[PENDING] as PendingMessage | undefined;
          if (!pending) return e;
          const { [PENDING]: _drop, ...extensions } = e.extensions ?? {};
          const params = { requestId: contextValue.requestId, ...pending.params };
          return { ...e, message: translate(contextValue.locale, pending.key, params), extensions };
        });
      },
    };
  },
};
