/**
 * Who may do what with a leave request, and what a decision does to one request: pure rules,
 * called by the service after SQL has gathered the facts (decision.sql.ts says who decides).
 */
import { ErrorCode } from '@kinerja/schema';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import type { DecisionSource } from '../activities/activities.enums.js';
import { LeaveDecision, LeaveRequestStatus } from './leave.enums.js';

export const TARGET_STATUS: Record<LeaveDecision, LeaveRequestStatus> = {
  [LeaveDecision.APPROVE]: LeaveRequestStatus.APPROVED,
  [LeaveDecision.REJECT]: LeaveRequestStatus.REJECTED,
};

export const noteRequired = (decision: LeaveDecision): boolean => decision === LeaveDecision.REJECT;

export interface RequestFacts {
  status: LeaveRequestStatus;
  /** As what the viewer may decide it today; null: they may not. */
  source: DecisionSource | null;
  decidedBy: string | null;
  /** The first closed month the request touches: its days no longer change. */
  closedMonth?: string | null;
}

export type Outcome =
  | { kind: 'apply'; source: DecisionSource }
  | { kind: 'noop' }
  | {
      kind: 'fail';
      code: typeof ErrorCode.NOT_FOUND | typeof ErrorCode.FORBIDDEN | typeof ErrorCode.CONFLICT;
      key: MessageKey;
      params: MessageParams;
    };

/**
 * One request's outcome: unknown → NOT_FOUND; not the viewer's to decide → FORBIDDEN; pending →
 * decided; the same decision already recorded by the viewer (or by anyone when the viewer may
 * decide it) → a no-op counted as applied; otherwise (cancelled, decided otherwise) CONFLICT.
 */
export function outcomeOf(
  facts: RequestFacts | null,
  decision: LeaveDecision,
  viewerId: string,
): Outcome {
  if (!facts)
    return { kind: 'fail', code: ErrorCode.NOT_FOUND, key: 'leave.requestNotFound', params: {} };
  const repeat = facts.status === TARGET_STATUS[decision];
  if (!facts.source && !(repeat && facts.decidedBy === viewerId))
    return { kind: 'fail', code: ErrorCode.FORBIDDEN, key: 'leave.notYours', params: {} };
  if (repeat) return { kind: 'noop' };
  if (facts.closedMonth)
    return {
      kind: 'fail',
      code: ErrorCode.CONFLICT,
      key: 'leave.periodClosed',
      params: { month: facts.closedMonth },
    };
  if (facts.status === LeaveRequestStatus.PENDING && facts.source)
    return { kind: 'apply', source: facts.source };
  return {
    kind: 'fail',
    code: ErrorCode.CONFLICT,
    key: 'leave.notPending',
    params: { status: `@leave.statuses.${facts.status}` },
  };
}

/**
 * The requester may cancel a pending request, and an approved one that has not begun (its first
 * date after today): plans change, and the days return to the balance. Decided requests that have
 * begun, rejected and cancelled ones stay as they are.
 */
export function mayCancel(status: LeaveRequestStatus, startDate: string, today: string): boolean {
  return (
    status === LeaveRequestStatus.PENDING ||
    (status === LeaveRequestStatus.APPROVED && startDate > today)
  );
}
