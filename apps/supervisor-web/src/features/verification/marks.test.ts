import { describe, expect, it } from 'vitest';
import { marksOf, vacantSupervisorPosition } from './marks';
import { person, row } from './verification.fixtures';

const tini = { id: 'tini', name: 'Tini' };

describe('marks', () => {
  it('has none for a fresh entry of a direct report', () => {
    expect(marksOf(row(tini, '2026-11-02'), person('tini', 'Tini'))).toEqual([]);
  });

  it('explains an entry escalated from below with their supervisor and the days waited', () => {
    const r = row(tini, '2026-11-02', {
      decisionSource: 'ESCALATED',
      escalated: true,
      workingDaysPending: 7,
    });
    expect(marksOf(r, person('tini', 'Tini'))).toEqual([
      { key: 'ESCALATED', tone: 'warning', params: { days: 7, supervisor: 'Dewi Kartika Sari' } },
    ]);
  });

  it('marks an overdue entry of a direct report (it is in the next queue up too)', () => {
    const r = row(tini, '2026-11-02', { escalated: true, workingDaysPending: 6 });
    expect(marksOf(r, undefined).map((m) => m.key)).toEqual(['OVERDUE']);
  });

  it('says why: acting official, admin, vacant supervisor position', () => {
    expect(marksOf(row(tini, '2026-11-02', { decisionSource: 'ACTING' }), undefined)[0]?.key).toBe(
      'ACTING',
    );
    expect(marksOf(row(tini, '2026-11-02', { decisionSource: 'ADMIN' }), undefined)[0]?.key).toBe(
      'ADMIN',
    );
    const vacant = person('tini', 'Tini', { vacantParent: 'Kepala Bidang Rehabilitasi Sosial' });
    expect(vacantSupervisorPosition(vacant)).toBe('Kepala Bidang Rehabilitasi Sosial');
    expect(marksOf(row(tini, '2026-11-02'), vacant)).toEqual([
      {
        key: 'VACANT',
        tone: 'info',
        params: { position: 'Kepala Bidang Rehabilitasi Sosial' },
      },
    ]);
    expect(vacantSupervisorPosition(person('tini', 'Tini'))).toBeNull();
  });

  it('lists the server’s flags, the most telling first', () => {
    const r = row(tini, '2026-11-02', {
      flags: ['AT_CAP', 'LATE_LOGGED', 'DUPLICATE_EVIDENCE', 'DAY_ABOVE_USUAL'],
    });
    expect(marksOf(r, undefined).map((m) => m.key)).toEqual([
      'DUPLICATE_EVIDENCE',
      'DAY_ABOVE_USUAL',
      'LATE_LOGGED',
      'AT_CAP',
    ]);
  });
});
