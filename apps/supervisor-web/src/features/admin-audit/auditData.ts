/**
 * An audit event's data as people read it. Changes are written as `{ before, after }` (every
 * field, the changed ones marked) or `{ from, to }` (a status), other events as plain fields;
 * values are shown as text (lists joined, nested objects as compact JSON).
 */
export type DataRow =
  | { kind: 'change'; key: string; before: string; after: string; changed: boolean }
  | { kind: 'value'; key: string; value: string };

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ValueWords {
  yes: string;
  no: string;
  none: string;
}

/** One value as text: lists joined by commas, objects as JSON, null as the "none" word. */
export function valueText(value: Json, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value))
    return value.length === 0
      ? words.none
      : value.every((v) => !isObject(v) && !Array.isArray(v))
        ? value.map((v) => valueText(v, words)).join(', ')
        : JSON.stringify(value);
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}

export function dataRows(data: Json, words: ValueWords): DataRow[] {
  if (!isObject(data)) return [];
  const rows: DataRow[] = [];
  const { before, after, from, to, ...rest } = data;
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
      const was = valueText(b[key], words);
      const now = valueText(a[key], words);
      rows.push({ kind: 'change', key, before: was, after: now, changed: was !== now });
    }
  } else {
    if (before !== undefined) rest.before = before;
    if (after !== undefined) rest.after = after;
  }
  if (from !== undefined || to !== undefined) {
    const was = valueText(from, words);
    const now = valueText(to, words);
    rows.unshift({ kind: 'change', key: 'status', before: was, after: now, changed: was !== now });
  }
  for (const [key, value] of Object.entries(rest))
    rows.push({ kind: 'value', key, value: valueText(value, words) });
  return rows;
}

/** Changed rows first (in their order), then the unchanged ones. */
export function changedFirst(rows: readonly DataRow[]): DataRow[] {
  const changed = rows.filter((r) => r.kind !== 'change' || r.changed);
  return [...changed, ...rows.filter((r) => r.kind === 'change' && !r.changed)];
}
