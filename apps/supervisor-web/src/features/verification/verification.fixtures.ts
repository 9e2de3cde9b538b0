/** Queue rows, days and people for the feature's tests: small factories, defaults overridable. */
import type { DayGroup, QueuePage, QueuePerson, QueueRow } from './verification.types';

let seq = 0;

export function person(
  id: string,
  name: string,
  patch: Partial<QueuePerson> & { vacantParent?: string } = {},
): QueuePerson {
  const { vacantParent, ...rest } = patch;
  return {
    count: 1,
    escalatedCount: 0,
    firstDate: '2026-11-02',
    lastDate: '2026-11-02',
    employee: {
      id,
      name,
      nip: '199203152019031001',
      unit: { id: 'unit-1', name: 'Seksi Pengembangan Aplikasi' },
      position: {
        id: `pos-${id}`,
        name: 'Pranata Komputer',
        parent: {
          id: 'parent',
          name: vacantParent ?? 'Kepala Seksi',
          holders: vacantParent ? [] : [{ id: 'boss' }],
        },
      },
      supervisor: { id: 'boss', name: 'Dewi Kartika Sari' },
    },
    ...rest,
  };
}

export function row(
  employee: { id: string; name: string },
  date: string,
  patch: Partial<Omit<QueueRow, 'entry'>> & { entry?: Partial<QueueRow['entry']> } = {},
): QueueRow {
  seq += 1;
  const { entry, ...rest } = patch;
  const start = `${String(7 + (seq % 9)).padStart(2, '0')}:00`;
  const end = `${String(8 + (seq % 9)).padStart(2, '0')}:00`;
  return {
    escalated: false,
    decisionSource: 'SUPERVISOR',
    workingDaysPending: 1,
    flags: [],
    employee: { id: employee.id, name: employee.name },
    item: {
      id: 'item-1',
      code: 'AKT-001',
      name: 'Menyusun laporan',
      standardMinutes: 30,
      outputUnit: 'laporan',
    },
    ...rest,
    entry: {
      id: `e${seq}`,
      date,
      startTime: start,
      endTime: end,
      quantity: 1,
      creditedMinutes: 30,
      description: null,
      status: 'SUBMITTED',
      decisionNote: null,
      evidence: [],
      ...entry,
    },
  };
}

export function group(employeeId: string, date: string, patch: Partial<DayGroup> = {}): DayGroup {
  return {
    employee: { id: employeeId },
    date,
    totalCreditedMinutes: 90,
    approvedMinutes: 0,
    pendingCount: 3,
    dailyTargetMinutes: 350,
    ...patch,
  };
}

/** A page of rows (in the given order) with a group per (person, day). */
export function page(
  rows: QueueRow[],
  opts: { totalCount?: number; hasNextPage?: boolean; groups?: DayGroup[] } = {},
): QueuePage {
  const groups =
    opts.groups ??
    [...new Map(rows.map((r) => [`${r.employee.id}/${r.entry.date}`, r])).values()].map((r) =>
      group(r.employee.id, r.entry.date, {
        pendingCount: rows.filter(
          (x) => x.employee.id === r.employee.id && x.entry.date === r.entry.date,
        ).length,
      }),
    );
  return {
    totalCount: opts.totalCount ?? rows.length,
    pageInfo: {
      hasNextPage: opts.hasNextPage ?? false,
      endCursor: rows.length ? `cursor-${rows.at(-1)!.entry.id}` : null,
    },
    groups,
    edges: rows.map((node) => ({ node })),
  };
}
