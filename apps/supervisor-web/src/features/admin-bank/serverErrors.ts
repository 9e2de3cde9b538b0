/**
 * Where a server error belongs in a form. The server decides and explains; this only places its
 * message: beside the field it names (`extensions.field`, or each of `extensions.fields` for
 * input validation, whose message lists one problem per field: "Data … tidak valid: name harus
 * 3–200 karakter; standardMinutes minimal 1"), beside a field chosen by the error's code (e.g. a
 * taken code is a CONFLICT about `code`), or above the form.
 */
import { isApolloError } from '@apollo/client/core';
import { describeError, graphQLErrorsOf } from '@kinerja/web-common';

export interface FormErrors {
  /** Messages by input field name (the API's name, e.g. "standardMinutes"). */
  fields: Record<string, string>;
  /** What belongs to the whole form; null when every problem sits beside a field. */
  form: string | null;
  code: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null, code: null };

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The problems of a validation message, one per "; "-separated part, keyed by the field each names. */
function validationParts(
  message: string,
  fields: readonly string[],
): Record<string, string> | null {
  const colon = message.indexOf(': ');
  if (colon < 0) return null;
  const found: Record<string, string> = {};
  for (const part of message.slice(colon + 2).split('; ')) {
    // Longest first: "scopeUnitIds" before "scope".
    const field = [...fields]
      .sort((a, b) => b.length - a.length)
      .find((f) => part === f || part.startsWith(`${f} `));
    if (!field) return null;
    const text = capitalise(part.slice(field.length).trim());
    found[field] = found[field] ? `${found[field]}; ${text}` : text;
  }
  return found;
}

/**
 * The messages of a failed mutation, placed: `byCode` names the field an error without one is
 * about (by `extensions.code`); `known` are the fields the form shows (others go above it).
 */
export function formErrorsOf(
  error: unknown,
  t: (key: string) => string,
  known: readonly string[],
  byCode: Partial<Record<string, string>> = {},
): FormErrors {
  const { code, message } = describeError(error, t);
  const first =
    error instanceof Error && isApolloError(error)
      ? graphQLErrorsOf(error.graphQLErrors, error.networkError)[0]
      : undefined;
  const ext = first?.extensions ?? {};
  const names = (
    typeof ext.field === 'string'
      ? [ext.field]
      : Array.isArray(ext.fields)
        ? ext.fields.filter((f): f is string => typeof f === 'string')
        : []
  ).map((f) => f.split('.').pop()!);

  if (names.length > 1 || (names.length === 1 && Array.isArray(ext.fields))) {
    const parts = validationParts(message, names);
    if (parts && Object.keys(parts).every((f) => known.includes(f)))
      return { fields: parts, form: null, code };
    return { fields: {}, form: message, code };
  }
  const field = names[0] ?? byCode[code];
  if (field && known.includes(field)) return { fields: { [field]: message }, form: null, code };
  return { fields: {}, form: message, code };
}
