import { ErrorCode } from '@kinerja/schema';
import type { MessageKey, MessageParams } from '../i18n/messages.js';

/**
 * The one error family of the API: a stable code for clients and a message key translated
 * into the caller's language by formatError. Services throw these; resolvers never catch.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}

export const badInput = (
  key: MessageKey,
  params?: MessageParams,
  extra?: Record<string, unknown>,
) => new AppError(ErrorCode.BAD_USER_INPUT, key, params, extra);
/** A broken rule of an input: its message and the input field at fault (for the UI). */
export interface Problem {
  key: MessageKey;
  params: MessageParams;
  field: string;
}

/** BAD_USER_INPUT for a problem found by a pure rule (`*.rules.ts`), naming its field. */
export const refuse = (problem: Problem) =>
  badInput(problem.key, problem.params, { field: problem.field });
export const notFound = (key: MessageKey, params?: MessageParams) =>
  new AppError(ErrorCode.NOT_FOUND, key, params);
export const forbidden = (key: MessageKey = 'auth.forbidden', params?: MessageParams) =>
  new AppError(ErrorCode.FORBIDDEN, key, params);
export const conflict = (key: MessageKey, params?: MessageParams) =>
  new AppError(ErrorCode.CONFLICT, key, params);
export const unauthenticated = (key: MessageKey = 'auth.unauthenticated') =>
  new AppError(ErrorCode.UNAUTHENTICATED, key);
