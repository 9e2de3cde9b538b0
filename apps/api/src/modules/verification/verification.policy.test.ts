import { describe, expect, it } from 'vitest';
import { ActivityEntryStatus, DecisionSource } from '../activities/activities.enums.js';
import { VerificationDecision } from './verification.enums.js';
import { noteRequired, outcomeOf } from './verification.policy.js';

const ME = 'me';
const { APPROVE, REJECT, RETURN } = VerificationDecision;
const { SUBMITTED, APPROVED, DRAFT, REJECTED } = ActivityEntryStatus;

describe('outcomeOf', () => {
  it('decides a submitted entry the viewer may decide, with their source', () => {
    expect(
      outcomeOf({ status: SUBMITTED, source: DecisionSource.ACTING, decidedBy: null }, APPROVE, ME),
    ).toEqual({
      kind: 'apply',
      source: DecisionSource.ACTING,
    });
  });

  it('reports unknown entries as NOT_FOUND and others’ as FORBIDDEN, before anything else', () => {
    expect(outcomeOf(null, APPROVE, ME)).toMatchObject({ kind: 'fail', code: 'NOT_FOUND' });
    expect(
      outcomeOf({ status: SUBMITTED, source: null, decidedBy: null }, APPROVE, ME),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(outcomeOf({ status: DRAFT, source: null, decidedBy: null }, APPROVE, ME)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('treats the same decision again as a no-op, and anything else as a CONFLICT', () => {
    expect(outcomeOf({ status: APPROVED, source: null, decidedBy: ME }, APPROVE, ME)).toEqual({
      kind: 'noop',
    });
    expect(
      outcomeOf(
        { status: REJECTED, source: DecisionSource.SUPERVISOR, decidedBy: 'other' },
        REJECT,
        ME,
      ),
    ).toEqual({ kind: 'noop' });
    expect(
      outcomeOf({ status: APPROVED, source: DecisionSource.SUPERVISOR, decidedBy: ME }, RETURN, ME),
    ).toMatchObject({
      code: 'CONFLICT',
      params: { status: APPROVED },
    });
    expect(
      outcomeOf({ status: DRAFT, source: DecisionSource.SUPERVISOR, decidedBy: null }, APPROVE, ME),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('outcomeOf in a closed month', () => {
  it('refuses a decision with CONFLICT naming the month, after the FORBIDDEN check', () => {
    const facts = {
      status: SUBMITTED,
      source: DecisionSource.SUPERVISOR,
      decidedBy: null,
      closedMonth: '2026-08',
    };
    expect(outcomeOf(facts, APPROVE, ME)).toEqual({
      kind: 'fail',
      code: 'CONFLICT',
      key: 'activities.periodClosed',
      params: { month: '2026-08' },
    });
    expect(outcomeOf({ ...facts, source: null }, APPROVE, ME)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('noteRequired', () => {
  it('only for reject and return', () => {
    expect([APPROVE, REJECT, RETURN].map(noteRequired)).toEqual([false, true, true]);
  });
});
