/**
 * The entry form's pure logic: the credited-minutes preview, the default times and where a
 * server error belongs. The server decides; this only explains ahead of time.
 */
import { isApolloError } from '@apollo/client/core';
import { ErrorCode } from '@kinerja/schema';
import { creditedMinutes } from '@kinerja/scoring';
import { graphQLErrorsOf } from '@kinerja/web-common';
import { toMinutes, toTime } from './time';

/**
 * Minutes the entry will be credited, by the server's own rule (@kinerja/scoring
 * `creditedMinutes`): standard minutes × quantity, never more than end − start. Null while the
 * input cannot be computed (no item, times missing or reversed).
 */
export function creditedPreview(
  standardMinutes: number | null | undefined,
  quantity: number,
  startTime: string,
  endTime: string,
): { credited: number; standard: number; duration: number; capped: boolean } | null {
  const start = toMinutes(startTime);
  const end = toMinutes(endTime);
  if (standardMinutes == null || start === null || end === null || end <= start) return null;
  if (!Number.isSafeInteger(quantity) || quantity < 1) return null;
  const standard = standardMinutes * quantity;
  const duration = end - start;
  return {
    credited: creditedMinutes(standardMinutes, quantity, start, end),
    standard,
    duration,
    capped: standard > duration,
  };
}

/** Where a new entry of the day starts: where the day's last entry ends, else at the start of work. */
export function defaultStart(taken: readonly { endTime: string }[], workStart = '07:30'): string {
  const ends = taken.map((e) => toMinutes(e.endTime)).filter((m): m is number => m !== null);
  return ends.length ? toTime(Math.max(...ends)) : workStart;
}

/**
 * Where it ends: after the item's standard time (an hour before an item is chosen), never later
 * than now on today (entries cannot be in the future) and never past the end of the day.
 */
export function defaultEnd(start: string, minutes: number | null, latest: number | null): string {
  const from = toMinutes(start) ?? 0;
  let end = from + (minutes && minutes > 0 ? minutes : 60);
  if (latest !== null && end > latest && latest > from) end = latest;
  return toTime(Math.min(end, 23 * 60 + 59));
}

/** The parts of the form a server error can point at. */
export type FormField = 'item' | 'time' | 'quantity' | 'description' | 'evidence' | 'form';

const FIELDS: Record<string, FormField> = {
  itemId: 'item',
  startTime: 'time',
  endTime: 'time',
  date: 'time',
  quantity: 'quantity',
  description: 'description',
  evidenceIds: 'evidence',
};

export interface FieldError {
  field: FormField;
  code: string;
  message: string;
}

/**
 * The field a server error belongs to: its `extensions.field` (or the first of `fields`); errors
 * naming no field are about the times when they are input or conflict errors (an overlap, a future
 * or too-late date, a closed month), else about the whole form.
 */
export function fieldErrorOf(error: unknown): FieldError | null {
  if (!(error instanceof Error && isApolloError(error))) return null;
  const first = graphQLErrorsOf(error.graphQLErrors, error.networkError)[0];
  if (!first) return null;
  const ext = first.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const named =
    typeof ext.field === 'string'
      ? ext.field
      : Array.isArray(ext.fields) && typeof ext.fields[0] === 'string'
        ? ext.fields[0]
        : null;
  const field: FormField = named
    ? (FIELDS[named] ?? 'form')
    : code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.CONFLICT
      ? 'time'
      : 'form';
  return { field, code, message: first.message };
}

/** Whether a failed operation never reached the server (the entry then goes to the offline queue). */
export function isNetworkFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    isApolloError(error) &&
    Boolean(error.networkError) &&
    graphQLErrorsOf(error.graphQLErrors, error.networkError).length === 0
  );
}
