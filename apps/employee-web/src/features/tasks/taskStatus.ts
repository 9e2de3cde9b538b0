/**
 * The state of each monthly task as the Tasks page and the navigation badge show it, from what
 * the API says (done, late, closed); nothing here decides a date or a rule.
 */

export type TaskState =
  /** Sent / all rated / ranked. */
  | 'DONE'
  /** Approved by the supervisor (IKI only). */
  | 'APPROVED'
  /** Still to do. */
  | 'TODO'
  /** Sent back by the supervisor: to do again (IKI only). */
  | 'RETURNED'
  /** Not done and the month is closed. */
  | 'MISSED'
  /** Cannot be done: no approved plan (IKI), no peer group (ranking), nobody to rate. */
  | 'UNAVAILABLE';

export interface IkiTaskFacts {
  status: 'APPROVED' | 'RETURNED' | 'SUBMITTED' | null | undefined;
  closed: boolean;
  plan?: { status: string } | null;
}

export interface ReviewTaskFacts {
  submitted: boolean;
  editable: boolean;
}

export interface RankingTaskFacts {
  submitted: boolean;
  editable: boolean;
}

export function ikiTaskState(iki: IkiTaskFacts): TaskState {
  if (iki.status === 'APPROVED') return 'APPROVED';
  if (iki.status === 'SUBMITTED') return 'DONE';
  if (iki.closed) return 'MISSED';
  if (iki.status === 'RETURNED') return 'RETURNED';
  return iki.plan?.status === 'APPROVED' ? 'TODO' : 'UNAVAILABLE';
}

export function reviewTaskState(assignments: readonly ReviewTaskFacts[]): TaskState {
  if (assignments.length === 0) return 'UNAVAILABLE';
  if (assignments.every((a) => a.submitted)) return 'DONE';
  return assignments.some((a) => a.editable) ? 'TODO' : 'MISSED';
}

export function rankingTaskState(ranking: RankingTaskFacts | null | undefined): TaskState {
  if (!ranking) return 'UNAVAILABLE';
  if (ranking.submitted) return 'DONE';
  return ranking.editable ? 'TODO' : 'MISSED';
}

/** Whether a task still waits for the employee (what the badge counts). */
export const isUndone = (state: TaskState): boolean => state === 'TODO' || state === 'RETURNED';

export function undoneCount(month: {
  iki: IkiTaskFacts;
  reviews: readonly ReviewTaskFacts[];
  ranking: RankingTaskFacts | null | undefined;
}): number {
  return [
    ikiTaskState(month.iki),
    reviewTaskState(month.reviews),
    rankingTaskState(month.ranking),
  ].filter(isUndone).length;
}
