/**
 * Who may decide what, and what a decision does to one entry: pure rules, called by the service
 * after one SQL statement has classified the batch (decision.sql.ts says who the deciders are).
 */
import { ErrorCode } from '@kinerja/schema';
import type { MessageKey } from '../../common/i18n/messages.js';
import { ActivityEntryStatus, type DecisionSource } from '../activities/activities.enums.js';
import { VerificationDecision } from './verification.enums.js';

/** The status each decision leaves an entry in. */
export const TARGET_STATUS: Record<VerificationDecision, ActivityEntryStatus> = {
  [VerificationDecision.APPROVE]: ActivityEntryStatus.APPROVED,
  [VerificationDecision.REJECT]: ActivityEntryStatus.REJECTED,
  [VerificationDecision.RETURN]: ActivityEntryStatus.RETURNED,
};

/** Rejecting and returning need a reason the employee can act on. */
export function noteRequired(decision: VerificationDecision): boolean {
  return decision !== VerificationDecision.APPROVE;
}

/** What the classifying statement knows about one requested entry. */
export interface EntryFacts {
  status: ActivityEntryStatus;
  /** As what the viewer may decide it today; null: they may not (see decision.sql.ts). */
  source: DecisionSource | null;
  decidedBy: string | null;
  /** The entry's month (YYYY-MM) when that month is closed: its entries no longer change. */
  closedMonth?: string | null;
}

export type Outcome =
  | { kind: 'apply'; source: DecisionSource }
  | { kind: 'noop' }
  | {
      kind: 'fail';
      code: typeof ErrorCode.NOT_FOUND | typeof ErrorCode.FORBIDDEN | typeof ErrorCode.CONFLICT;
      key: MessageKey;
      params: Record<string, string>;
    };

/**
 * One entry's outcome: unknown → NOT_FOUND; not the viewer's to decide → FORBIDDEN (nothing about
 * it changes); in a closed month → CONFLICT; submitted → decided; the same decision already recorded (by the viewer, or by
 * anyone when the viewer may decide it) → a no-op that counts as applied; otherwise CONFLICT.
 */
export function outcomeOf(
  facts: EntryFacts | null,
  decision: VerificationDecision,
  viewerId: string,
): Outcome {
  if (!facts)
    return {
      kind: 'fail',
      code: ErrorCode.NOT_FOUND,
      key: 'verification.entryNotFound',
      params: {},
    };
  const repeat = facts.status === TARGET_STATUS[decision];
  if (!facts.source && !(repeat && facts.decidedBy === viewerId))
    return { kind: 'fail', code: ErrorCode.FORBIDDEN, key: 'verification.notYours', params: {} };
  if (repeat) return { kind: 'noop' };
  if (facts.closedMonth)
    return {
      kind: 'fail',
      code: ErrorCode.CONFLICT,
      key: 'activities.periodClosed',
      params: { month: facts.closedMonth },
    };
  if (facts.status === ActivityEntryStatus.SUBMITTED && facts.source)
    return { kind: 'apply', source: facts.source };
  return {
    kind: 'fail',
    code: ErrorCode.CONFLICT,
    key: 'verification.notSubmitted',
    params: { status: facts.status },
  };
}
