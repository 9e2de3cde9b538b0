/**
 * The loaded part of the queue and what the list shows of it: rows in the server's order (person
 * name, date, start time), a header for each person and each of their days. Pure functions.
 */
import type { RowRef } from './selection';
import type { Decision, DayGroup, QueuePage, QueueRow } from './verification.types';

/** The pages loaded so far (merged), with the totals of their days. */
export interface LoadedQueue {
  rows: readonly QueueRow[];
  /** By dayKey. */
  groups: ReadonlyMap<string, DayGroup>;
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export const EMPTY_QUEUE: LoadedQueue = {
  rows: [],
  groups: new Map(),
  totalCount: 0,
  endCursor: null,
  hasNextPage: false,
};

export const dayKey = (employeeId: string, date: string) => `${employeeId}/${date}`;

export const refOf = (row: QueueRow): RowRef => ({
  id: row.entry.id,
  employeeId: row.employee.id,
  date: row.entry.date,
});

/** The queue with the next page after it (the first page when `queue` is null). */
export function withPage(queue: LoadedQueue | null, page: QueuePage): LoadedQueue {
  const base = queue ?? EMPTY_QUEUE;
  const seen = new Set(base.rows.map((r) => r.entry.id));
  const groups = new Map(base.groups);
  for (const g of page.groups) groups.set(dayKey(g.employee.id, g.date), g);
  return {
    rows: [...base.rows, ...page.edges.map((e) => e.node).filter((r) => !seen.has(r.entry.id))],
    groups,
    totalCount: page.totalCount,
    endCursor: page.pageInfo.endCursor ?? base.endCursor,
    hasNextPage: page.pageInfo.hasNextPage,
  };
}

/**
 * The queue once `decided` entries (of `allDecided`, counting those not loaded) left it: their
 * rows go, the total drops, and their days' totals move as the server moved them (approved
 * minutes count as approved; rejected and returned ones no longer count).
 */
export function withoutDecided(
  queue: LoadedQueue,
  decided: ReadonlySet<string>,
  decision: Decision,
): LoadedQueue {
  const groups = new Map(queue.groups);
  const rows: QueueRow[] = [];
  for (const row of queue.rows) {
    if (!decided.has(row.entry.id)) {
      rows.push(row);
      continue;
    }
    const key = dayKey(row.employee.id, row.entry.date);
    const g = groups.get(key);
    if (!g) continue;
    const minutes = row.entry.creditedMinutes;
    groups.set(key, {
      ...g,
      pendingCount: Math.max(0, g.pendingCount - 1),
      approvedMinutes: decision === 'APPROVE' ? g.approvedMinutes + minutes : g.approvedMinutes,
      totalCreditedMinutes:
        decision === 'APPROVE' ? g.totalCreditedMinutes : g.totalCreditedMinutes - minutes,
    });
  }
  return { ...queue, rows, groups, totalCount: Math.max(0, queue.totalCount - decided.size) };
}

export type DisplayRow =
  | { kind: 'person'; key: string; employeeId: string; name: string }
  | {
      kind: 'day';
      key: string;
      employeeId: string;
      date: string;
      group: DayGroup | null;
      /** The day's loaded rows. */
      rows: readonly QueueRow[];
    }
  | { kind: 'entry'; key: string; row: QueueRow; ref: RowRef };

/** Headers and entries in list order: a person, then each of their days with its entries. */
export function displayRows(queue: LoadedQueue): DisplayRow[] {
  const out: DisplayRow[] = [];
  let person: string | null = null;
  let day: { rows: QueueRow[] } | null = null;
  let dayOf: string | null = null;
  for (const row of queue.rows) {
    const employeeId = row.employee.id;
    if (employeeId !== person) {
      person = employeeId;
      dayOf = null;
      out.push({ kind: 'person', key: `p:${employeeId}`, employeeId, name: row.employee.name });
    }
    const key = dayKey(employeeId, row.entry.date);
    if (key !== dayOf) {
      dayOf = key;
      const rows: QueueRow[] = [];
      day = { rows };
      out.push({
        kind: 'day',
        key: `d:${key}`,
        employeeId,
        date: row.entry.date,
        group: queue.groups.get(key) ?? null,
        rows,
      });
    }
    day!.rows.push(row);
    out.push({ kind: 'entry', key: `e:${row.entry.id}`, row, ref: refOf(row) });
  }
  return out;
}

/**
 * Whether the loaded rows hold the whole of a person's day: a later row (another day or person)
 * is loaded, or there is nothing more to load.
 */
export function isDayComplete(queue: LoadedQueue, employeeId: string, date: string): boolean {
  if (!queue.hasNextPage) return true;
  const last = queue.rows.at(-1);
  return !!last && !(last.employee.id === employeeId && last.entry.date === date);
}
