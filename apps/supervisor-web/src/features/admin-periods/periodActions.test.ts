import { describe, expect, it } from 'vitest';
import { periodAction, periodPhase, reasonProblem, type PeriodState } from './periodActions';

const TODAY = '2026-11-24';
const period = (month: string, status: PeriodState['status'], closingDate: string) => ({
  month,
  status,
  closingDate,
});

describe('periodAction', () => {
  it('re-opens a closed month', () => {
    expect(periodAction(period('2026-08', 'CLOSED', '2026-09-10'), TODAY)).toEqual({
      kind: 'reopen',
    });
  });

  it('closes an ended month after its closing date without force', () => {
    expect(periodAction(period('2026-10', 'CLOSABLE', '2026-11-10'), TODAY)).toEqual({
      kind: 'close',
      force: false,
    });
  });

  it('closes an ended month before its closing date only forced', () => {
    expect(periodAction(period('2026-10', 'OPEN', '2026-11-25'), TODAY)).toEqual({
      kind: 'close',
      force: true,
    });
    // On the closing date itself it is still early (the server closes freely after it).
    expect(periodAction(period('2026-10', 'OPEN', TODAY), TODAY)).toEqual({
      kind: 'close',
      force: true,
    });
  });

  it('offers nothing for the running month or later ones', () => {
    expect(periodAction(period('2026-11', 'OPEN', '2026-12-10'), TODAY)).toEqual({ kind: 'none' });
    expect(periodAction(period('2026-11', 'OPEN', '2026-12-10'), '2026-11-30')).toEqual({
      kind: 'none',
    });
    expect(periodAction(period('2026-12', 'OPEN', '2027-01-10'), TODAY)).toEqual({ kind: 'none' });
    expect(periodAction(period('2026-11', 'OPEN', '2026-12-10'), '2026-12-01')).toEqual({
      kind: 'close',
      force: true,
    });
  });
});

describe('periodPhase', () => {
  it('names where each month stands', () => {
    expect(periodPhase(period('2026-08', 'CLOSED', '2026-09-10'), TODAY)).toBe('CLOSED');
    expect(periodPhase(period('2026-09', 'CLOSABLE', '2026-10-10'), TODAY)).toBe('CLOSABLE');
    expect(periodPhase(period('2026-10', 'OPEN', '2026-11-25'), TODAY)).toBe('BEFORE_CLOSING_DATE');
    expect(periodPhase(period('2026-11', 'OPEN', '2026-12-10'), TODAY)).toBe('RUNNING');
    expect(periodPhase(period('2026-12', 'OPEN', '2027-01-10'), TODAY)).toBe('FUTURE');
  });
});

describe('reasonProblem', () => {
  const close = { kind: 'close', force: false } as const;
  const early = { kind: 'close', force: true } as const;
  const reopen = { kind: 'reopen' } as const;

  it('needs nothing to close after the closing date (a reason may be given)', () => {
    expect(reasonProblem(close, { force: false, reason: '' })).toBeNull();
    expect(reasonProblem(close, { force: false, reason: 'Rekap TPP' })).toBeNull();
  });

  it('needs force and a reason to close early', () => {
    expect(reasonProblem(early, { force: false, reason: 'Rekap dipercepat' })).toBe(
      'forceRequired',
    );
    expect(reasonProblem(early, { force: true, reason: '   ' })).toBe('reasonRequired');
    expect(reasonProblem(early, { force: true, reason: 'Rekap dipercepat' })).toBeNull();
  });

  it('needs a reason to re-open, at most 500 characters', () => {
    expect(reasonProblem(reopen, { force: false, reason: '' })).toBe('reasonRequired');
    expect(reasonProblem(reopen, { force: false, reason: 'Koreksi presensi' })).toBeNull();
    expect(reasonProblem(reopen, { force: false, reason: 'x'.repeat(501) })).toBe('reasonTooLong');
  });
});
