/**
 * The leave queue's rows in groups: by person (each person's requests together, the person whose
 * request has waited longest first) or by kind (leave, permits, official travel and WFH).
 */
import { KIND_GROUP_ORDER, kindGroupOf, type KindGroup, type LeaveKind } from './leaveRequests';

export type GroupBy = 'person' | 'kind';

export interface GroupableRow {
  employee: { id: string; name: string };
  request: { id: string; kind: LeaveKind };
}

export interface RowGroup<T extends GroupableRow> {
  /** The person's id, or the kind group. */
  key: string;
  /** Grouped by person: who. */
  employee: T['employee'] | null;
  /** Grouped by kind: which group. */
  kindGroup: KindGroup | null;
  rows: T[];
}

/** Rows (oldest submission first) in groups; within a group they keep that order. */
export function groupRows<T extends GroupableRow>(rows: readonly T[], by: GroupBy): RowGroup<T>[] {
  if (by === 'person') {
    const groups = new Map<string, RowGroup<T>>();
    for (const row of rows) {
      const group = groups.get(row.employee.id);
      if (group) group.rows.push(row);
      else
        groups.set(row.employee.id, {
          key: row.employee.id,
          employee: row.employee,
          kindGroup: null,
          rows: [row],
        });
    }
    return [...groups.values()];
  }
  return KIND_GROUP_ORDER.map((kindGroup) => ({
    key: kindGroup,
    employee: null,
    kindGroup,
    rows: rows.filter((r) => kindGroupOf(r.request.kind) === kindGroup),
  })).filter((g) => g.rows.length > 0);
}

/** The ids of rows in the order the table shows them (what j and k move through). */
export function visibleOrder<T extends GroupableRow>(groups: readonly RowGroup<T>[]): string[] {
  return groups.flatMap((g) => g.rows.map((r) => r.request.id));
}
