/**
 * Where a server refusal belongs in a form. The server decides and explains; this only places its
 * message: beside the input field it names (`extensions.field`, e.g. `ratingThresholds.ikiAbove`,
 * or each of `extensions.fields` for input validation, whose message lists one problem per field:
 * "Data … tidak valid: name harus 3–200 karakter; standardMinutes minimal 1"), beside a field
 * chosen by the error's code (e.g. a taken code is a CONFLICT about `code`), or above the form.
 */
import { isApolloError } from '@apollo/client/core';
import { describeError, graphQLErrorsOf, type ErrorInfo } from '@kinerja/web-common';

export interface FieldError extends ErrorInfo {
  /** The input paths named by the server (without the argument's name), first the main one. */
  fields: string[];
  /**
   * Each named path's own part of a combined validation message ("Harus 3–200 karakter"), when the
   * message lists one problem per field; absent when it cannot be split.
   */
  messages?: Record<string, string>;
}

const ARGUMENT = /^input\./;

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The problems of a validation message, one per "; "-separated part, keyed by the path each names. */
function validationParts(
  message: string,
  paths: readonly string[],
): Record<string, string> | undefined {
  const colon = message.indexOf(': ');
  if (colon < 0 || paths.length === 0) return undefined;
  // A part names a path in full or by its last segment; longest first ("scopeUnitIds" before "scope").
  const names = paths
    .flatMap((path) => [
      [path, path],
      [path.split('.').pop()!, path],
    ])
    .sort((a, b) => b[0]!.length - a[0]!.length);
  const found: Record<string, string> = {};
  for (const part of message.slice(colon + 2).split('; ')) {
    const hit = names.find(([name]) => part === name || part.startsWith(`${name} `));
    if (!hit) return undefined;
    const [name, path] = hit as [string, string];
    const text = capitalise(part.slice(name.length).trim());
    found[path] = found[path] ? `${found[path]}; ${text}` : text;
  }
  return found;
}

/** The refusal's code and message, the input paths it names and, if it lists several, each one's part. */
export function describeFieldError(error: unknown, t: (key: string) => string): FieldError {
  const info = describeError(error, t);
  const first =
    error instanceof Error && isApolloError(error)
      ? graphQLErrorsOf(error.graphQLErrors, error.networkError)[0]
      : undefined;
  const ext = first?.extensions ?? {};
  const listed = Array.isArray(ext.fields);
  const named = [ext.field, ...(listed ? (ext.fields as unknown[]) : [])].filter(
    (f): f is string => typeof f === 'string',
  );
  const fields = [...new Set(named.map((f) => f.replace(ARGUMENT, '')))];
  const messages =
    fields.length > 1 || (fields.length === 1 && listed)
      ? validationParts(info.message, fields)
      : undefined;
  return messages ? { ...info, fields, messages } : { ...info, fields };
}

/** What to show beside `path`: its own part of a combined message, else the whole message. */
export function messageFor(error: FieldError, path: string): string {
  return error.messages?.[path] ?? error.message;
}

/**
 * The form fields a server path covers, in the form's order: the field itself, or every field of
 * a group it names (`reviewSettings.weights.staff` → its supervisor and peer weights).
 */
export function fieldsCovered(serverPath: string, formPaths: readonly string[]): string[] {
  return formPaths.filter((p) => p === serverPath || p.startsWith(`${serverPath}.`));
}

export interface FormErrors {
  /** Messages by input field name (the API's name, e.g. "standardMinutes"). */
  fields: Record<string, string>;
  /** What belongs to the whole form; null when every problem sits beside a field. */
  form: string | null;
  code: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null, code: null };

/**
 * The messages of a failed mutation, placed for a flat form: `known` are the fields the form shows
 * (a refusal about any other goes above it, whole); `byCode` names the field an error without one
 * is about (by `extensions.code`).
 */
export function formErrorsOf(
  error: unknown,
  t: (key: string) => string,
  known: readonly string[],
  byCode: Partial<Record<string, string>> = {},
): FormErrors {
  const problem = describeFieldError(error, t);
  const { code, message } = problem;
  const onForm = (path: string) =>
    known.includes(path) ? path : known.find((k) => k === path.split('.').pop());
  const above: FormErrors = { fields: {}, form: message, code };

  if (problem.messages) {
    const fields: Record<string, string> = {};
    for (const [path, text] of Object.entries(problem.messages)) {
      const field = onForm(path);
      if (!field) return above;
      fields[field] = text;
    }
    return { fields, form: null, code };
  }
  if (problem.fields.length > 1) return above;
  const named = problem.fields[0];
  const field = named !== undefined ? onForm(named) : byCode[code];
  if (field && known.includes(field)) return { fields: { [field]: message }, form: null, code };
  return above;
}
