/**
 * What the agency admin may do with a month, as the page offers it (the server decides again):
 * - a closed month may be re-opened, with a reason;
 * - a month that has ended may be closed: without force once its closing date has passed
 *   (CLOSABLE), before that only forced and with a reason;
 * - the current month and later ones cannot be closed yet.
 */
import { lastDay } from '@kinerja/web-common';

export type PeriodStatus = 'OPEN' | 'CLOSABLE' | 'CLOSED';

export interface PeriodState {
  month: string;
  status: PeriodStatus;
  closingDate: string;
}

export type PeriodAction =
  | { kind: 'reopen' }
  | { kind: 'close'; force: boolean }
  /** The month has not ended: closing it is refused. */
  | { kind: 'none' };

export function periodAction(period: PeriodState, today: string): PeriodAction {
  if (period.status === 'CLOSED') return { kind: 'reopen' };
  if (today <= lastDay(period.month)) return { kind: 'none' };
  return { kind: 'close', force: period.status !== 'CLOSABLE' && today <= period.closingDate };
}

/** Where a month stands for the table: running, waiting for its closing date, ready, or closed. */
export type PeriodPhase = 'FUTURE' | 'RUNNING' | 'BEFORE_CLOSING_DATE' | 'CLOSABLE' | 'CLOSED';

export function periodPhase(period: PeriodState, today: string): PeriodPhase {
  if (period.status === 'CLOSED') return 'CLOSED';
  if (today < `${period.month}-01`) return 'FUTURE';
  if (today <= lastDay(period.month)) return 'RUNNING';
  return period.status === 'CLOSABLE' ? 'CLOSABLE' : 'BEFORE_CLOSING_DATE';
}

/** What the close or reopen dialog requires before it may be sent (null: ready). */
export type ReasonProblem = 'reasonRequired' | 'forceRequired' | 'reasonTooLong';

/** The longest reason the server keeps. */
export const MAX_REASON_LENGTH = 500;

export function reasonProblem(
  action: PeriodAction,
  input: { force: boolean; reason: string },
): ReasonProblem | null {
  const reason = input.reason.trim();
  if (reason.length > MAX_REASON_LENGTH) return 'reasonTooLong';
  if (action.kind === 'reopen') return reason ? null : 'reasonRequired';
  if (action.kind === 'close' && action.force) {
    if (!input.force) return 'forceRequired';
    if (!reason) return 'reasonRequired';
  }
  return null;
}
