/**
 * What the queue marks on an entry, each with the words that explain it: the server's anomaly
 * flags, and why the entry is the caller's to decide when it is not simply their direct report's
 * (escalated from below, overdue, as Plt/Plh, as admin, past a vacant position).
 */
import type { AnomalyFlag, QueuePerson, QueueRow } from './verification.types';

export type MarkKey = AnomalyFlag | 'ESCALATED' | 'OVERDUE' | 'ACTING' | 'ADMIN' | 'VACANT';

export interface Mark {
  key: MarkKey;
  /** Named values of the explanation (messages `verification.marks.<key>.explain`). */
  params: Record<string, string | number>;
  /** Why the caller decides it (info), or something to look at (warning). */
  tone: 'info' | 'warning';
}

const FLAG_ORDER: readonly AnomalyFlag[] = [
  'DUPLICATE_EVIDENCE',
  'DAY_ABOVE_USUAL',
  'LATE_LOGGED',
  'AT_CAP',
];

/**
 * The person's own supervisor position when nobody holds it (their entries came up past it to
 * the caller's queue), else null.
 */
export function vacantSupervisorPosition(person: QueuePerson | undefined): string | null {
  const parent = person?.employee.position?.parent;
  return parent && parent.holders.length === 0 ? parent.name : null;
}

export function marksOf(row: QueueRow, person: QueuePerson | undefined): Mark[] {
  const marks: Mark[] = [];
  const days = row.workingDaysPending ?? 0;
  if (row.decisionSource === 'ESCALATED')
    marks.push({
      key: 'ESCALATED',
      tone: 'warning',
      params: { days, supervisor: person?.employee.supervisor?.name ?? '' },
    });
  else if (row.escalated) marks.push({ key: 'OVERDUE', tone: 'warning', params: { days } });
  if (row.decisionSource === 'ACTING') marks.push({ key: 'ACTING', tone: 'info', params: {} });
  if (row.decisionSource === 'ADMIN') marks.push({ key: 'ADMIN', tone: 'info', params: {} });
  const vacant = row.decisionSource === 'SUPERVISOR' ? vacantSupervisorPosition(person) : null;
  if (vacant)
    marks.push({
      key: 'VACANT',
      tone: 'info',
      params: { position: vacant },
    });
  for (const flag of FLAG_ORDER)
    if (row.flags.includes(flag)) marks.push({ key: flag, tone: 'warning', params: {} });
  return marks;
}
