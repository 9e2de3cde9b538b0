/**
 * The shift pattern form's own checks before sending (the server checks again and decides):
 * a code of 1–4 letters or digits, a name, and start and end as HH:mm, not the same time (an end
 * before the start is a shift ending the next day). Problems are message keys
 * (roster.shifts.form.<key>) by field.
 */
export interface ShiftValues {
  code: string;
  name: string;
  start: string;
  end: string;
}

export const SHIFT_FIELDS = ['code', 'name', 'start', 'end'] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function shiftProblems(v: ShiftValues): Partial<Record<keyof ShiftValues, string>> {
  const found: Partial<Record<keyof ShiftValues, string>> = {};
  const code = v.code.trim();
  if (!code) found.code = 'required';
  else if (!/^[A-Za-z0-9]{1,4}$/.test(code)) found.code = 'codeFormat';
  if (!v.name.trim()) found.name = 'required';
  for (const field of ['start', 'end'] as const) {
    if (!v[field]) found[field] = 'required';
    else if (!TIME.test(v[field])) found[field] = 'timeFormat';
  }
  if (!found.start && !found.end && v.start === v.end) found.end = 'sameTime';
  return found;
}

/** The input as the API takes it: the code upper-cased, the name trimmed. */
export function shiftInput(unitId: string, v: ShiftValues) {
  return {
    unitId,
    code: v.code.trim().toUpperCase(),
    name: v.name.trim(),
    start: v.start,
    end: v.end,
  };
}
