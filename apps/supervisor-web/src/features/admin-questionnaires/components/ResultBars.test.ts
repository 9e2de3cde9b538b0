import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { barRows, progressShare, type QuestionResultFacts } from '../results';
import ResultBars from './ResultBars.vue';

const scale: QuestionResultFacts = {
  question: { id: 'q1', kind: 'SCALE', text: 'Kepuasan', options: [], scaleMin: 1, scaleMax: 5 },
  answered: 4,
  average: 3.75,
  distribution: [
    { option: '3', count: 1 },
    { option: '4', count: 3 },
  ],
  texts: [],
};

const multiple: QuestionResultFacts = {
  question: { id: 'q2', kind: 'MULTIPLE_CHOICE', text: 'Topik', options: ['A', 'B', 'C'] },
  answered: 2,
  distribution: [
    { option: 'C', count: 2 },
    { option: 'A', count: 1 },
  ],
  texts: [],
};

function render(result: QuestionResultFacts) {
  i18n.global.locale.value = 'id';
  return mount(ResultBars, { props: { result, number: 1 }, global: { plugins: [i18n] } });
}

describe('question results', () => {
  it('has a row for every scale value, nobody’s too, shares of those who answered', () => {
    expect(barRows(scale)).toEqual([
      { label: '1', count: 0, share: 0 },
      { label: '2', count: 0, share: 0 },
      { label: '3', count: 1, share: 0.25 },
      { label: '4', count: 3, share: 0.75 },
      { label: '5', count: 0, share: 0 },
    ]);
  });

  it('keeps the options’ order and shows an option the server counted but the list lacks', () => {
    const rows = barRows({
      ...multiple,
      distribution: [...multiple.distribution, { option: 'X', count: 1 }],
    });
    expect(rows.map((r) => [r.label, r.count, r.share])).toEqual([
      ['A', 1, 0.5],
      ['B', 0, 0],
      ['C', 2, 1],
      ['X', 1, 0.5],
    ]);
    expect(
      barRows({ ...multiple, answered: 0, distribution: [] }).every((r) => r.share === 0),
    ).toBe(true);
    expect(progressShare(3, 4)).toBe(0.75);
    expect(progressShare(0, 0)).toBe(0);
  });

  it('draws the bars as a table with the values written, and a scale’s average', () => {
    const w = render(scale);
    const rows = w.findAll('[data-testid="result-row"]');
    expect(rows).toHaveLength(5);
    expect(rows[3]!.text()).toContain('3');
    expect(rows[3]!.text()).toContain('75%');
    expect(rows[3]!.get('.result__bar').attributes('style')).toContain('width: 75%');
    expect(w.get('[data-testid="result-average"]').text()).toBe('Rata-rata 3,75');
    expect(w.get('caption').text()).toBe('Sebaran jawaban: Kepuasan');
  });

  it('lists a short text’s answers without names', () => {
    const w = render({
      question: { id: 'q3', kind: 'SHORT_TEXT', text: 'Saran', options: [] },
      answered: 2,
      distribution: [],
      texts: ['Lebih banyak praktik', 'Cukup'],
    });
    expect(w.find('table').exists()).toBe(false);
    expect(w.findAll('[data-testid="result-texts"] li').map((li) => li.text())).toEqual([
      'Lebih banyak praktik',
      'Cukup',
    ]);
    expect(w.find('[data-testid="result-average"]').exists()).toBe(false);
  });
});
