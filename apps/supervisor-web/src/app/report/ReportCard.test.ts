import type { ResultOf } from '@kinerja/web-common';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../plugins/i18n';
import ReportCard from './ReportCard.vue';
import type { ReportCardQuery } from './report.documents';

type Report = ResultOf<typeof ReportCardQuery>['monthlyReport'];

const report: Report = {
  employeeId: 'e1',
  period: '2026-03',
  name: 'Rina',
  unitName: 'Seksi Aplikasi',
  frozen: true,
  computedAt: '2026-04-01T01:00:00Z',
  achievement: 81.69,
  approvedMainMinutes: 6000,
  approvedAdditionalMinutes: 1500,
  countedAdditionalMinutes: 1350,
  minutesAboveDailyCap: 0,
  targetMinutes: 9000,
  excusedMinutes: 0,
  daysUnderMinimum: [],
  discipline: 97,
  deductions: [{ code: 'TL1', date: '2026-03-04', percent: 0.5, cause: 'Terlambat' }],
  negativeActivities: { count: 0, minutes: 0 },
  iki: 90,
  skp: null,
  behaviour: 85,
  behaviourValues: [],
  peerPercentile: 62.5,
  workResultRating: 'AS_EXPECTED',
  behaviourRating: 'ABOVE',
  predicate: 'BAIK',
  tpp: {
    base: 4_000_000,
    proratedBase: 4_000_000,
    performancePart: 2_000_000,
    disciplinePart: 1_100_000,
    otherCuts: 0,
    total: 3_100_000,
    cuts: [],
  },
  explanation: [
    { key: 'performance.achievement', text: 'Capaian 81,69%', value: null, sources: [] },
    { key: 'discipline.deduction', text: 'TL1 4 Maret', value: null, sources: [] },
    { key: 'discipline.total', text: 'Disiplin 97%', value: null, sources: [] },
    { key: 'tpp.total', text: 'TPP Rp3.100.000', value: null, sources: [] },
  ],
};

const mountCard = (props: { headingLevel?: 2 | 3 } = {}) =>
  mount(ReportCard, {
    props: { report, timeZone: 'Asia/Jakarta', ...props },
    global: { plugins: [i18n] },
  });

describe('ReportCard', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id';
  });

  it('shows the figures with their raw values and every explanation line but the deductions', () => {
    const card = mountCard();
    expect(card.get('[data-testid="report-state"]').attributes('data-frozen')).toBe('true');
    // The card's messages load with its components, not with the app's first page.
    expect(card.get('[data-testid="report-state"]').text()).toMatch(/^Bulan sudah ditutup/);
    expect(card.get('[data-testid="report-predicate"]').attributes('data-value')).toBe('BAIK');
    expect(card.get('[data-testid="report-achievement"]').attributes('data-value')).toBe('81.69');
    expect(card.get('[data-testid="report-tpp-total"]').attributes('data-value')).toBe('3100000');
    expect(card.get('[data-testid="report-deductions"]').text()).toContain('TL1');
    const lines = card.findAll('[data-testid^="explain-"] li').map((li) => li.text());
    expect(lines.sort()).toEqual(['Capaian 81,69%', 'Disiplin 97%', 'TPP Rp3.100.000']);
  });

  it('puts its parts under the page at the heading level asked for', () => {
    expect(mountCard().findAll('h3.card__title')).toHaveLength(4);
    const underTitle = mountCard({ headingLevel: 2 });
    expect(underTitle.findAll('h2.card__title')).toHaveLength(4);
    expect(underTitle.findAll('h3').map((h) => h.text())).toContain('Penjelasan');
  });
});
