/**
 * class-validator decorators whose messages are our message keys (translated by formatError into
 * the caller's language), instead of class-validator's English sentences.
 */
import {
  ArrayMaxSize,
  IsEmail,
  Length,
  Matches,
  Max,
  Min,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import type { MessageKey, MessageParams } from './i18n/messages.js';

/** A validation message as carried through class-validator: JSON of a key and its parameters. */
export interface ValidationMessage {
  key: MessageKey;
  params: MessageParams;
}

const message =
  (key: MessageKey, params: MessageParams = {}): ValidationOptions['message'] =>
  (args: ValidationArguments) =>
    JSON.stringify({
      key,
      params: { field: args.property, ...params },
    } satisfies ValidationMessage);

export const TextLength = (min: number, max: number) =>
  Length(min, max, { message: message('validation.length', { min, max }) });
export const MinChars = (min: number) =>
  Length(min, undefined, { message: message('validation.minLength', { min }) });
export const AtLeast = (min: number) => Min(min, { message: message('validation.min', { min }) });
export const AtMost = (max: number) => Max(max, { message: message('validation.max', { max }) });
export const Email = () => IsEmail({}, { message: message('validation.email') });
export const AtMostItems = (max: number) =>
  ArrayMaxSize(max, { message: message('validation.maxItems', { max }) });
export const Code = () =>
  Matches(/^[a-z0-9][a-z0-9-./]*$/, { message: message('validation.code') });
/** Each string of an array is min–max characters long. */
export const EachTextLength = (min: number, max: number) =>
  Length(min, max, { each: true, message: message('validation.length', { min, max }) });
/** An activity-bank item code: letters, digits, ".", "-", "_" and "/" (case-insensitive). */
export const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
export const ItemCode = () => Matches(ITEM_CODE, { message: message('activityBank.invalidCode') });

/** Reads a message written by these decorators; null for any other text. */
export function parseValidationMessage(text: string): ValidationMessage | null {
  if (!text.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(text) as ValidationMessage;
    return typeof parsed.key === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
