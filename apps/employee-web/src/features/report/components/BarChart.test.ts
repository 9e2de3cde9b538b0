import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import BarChart, { type Bar } from './BarChart.vue';

const bars: Bar[] = [
  { key: '2026-10-01', label: '1', longLabel: '1 October 2026', value: 420, display: '420' },
  { key: '2026-10-02', label: '2', longLabel: '2 October 2026', value: 0, display: '0' },
  { key: '2026-10-03', label: '3', longLabel: '3 October 2026', value: 210, display: '210' },
];

function render(props: Partial<InstanceType<typeof BarChart>['$props']> = {}) {
  i18n.global.locale.value = 'en';
  return mount(BarChart, {
    props: {
      title: 'Approved minutes per day',
      bars,
      labelHeader: 'Date',
      valueHeader: 'Minutes',
      ...props,
    },
    global: { plugins: [i18n] },
  });
}

describe('BarChart', () => {
  it('draws one bar per figure, scaled to the largest', () => {
    const wrapper = render();
    const rects = wrapper.findAll('rect.chart__bar');
    expect(rects).toHaveLength(3);
    const heights = rects.map((r) => Number(r.attributes('height')));
    expect(heights[0]).toBeGreaterThan(heights[2]!);
    expect(heights[1]).toBe(0);
    expect(heights[0]! / heights[2]!).toBeCloseTo(2, 5);
  });

  it('gives the drawing a spoken summary and every figure in a table', () => {
    const wrapper = render();
    const svg = wrapper.get('[data-testid="chart-svg"]');
    expect(svg.attributes('role')).toBe('img');
    expect(svg.attributes('aria-label')).toBe(
      'Approved minutes per day: 3 bars; highest 1 October 2026: 420. Every figure is in the table below.',
    );
    const rows = wrapper.findAll('[data-testid="chart-table"] tbody tr');
    expect(rows.map((r) => [r.get('th').text(), r.get('td').text()])).toEqual([
      ['1 October 2026', '420'],
      ['2 October 2026', '0'],
      ['3 October 2026', '210'],
    ]);
    expect(wrapper.get('[data-testid="chart-table"] thead').text()).toContain('Minutes');
  });

  it('draws a reference line at its value', () => {
    const wrapper = render({ reference: { value: 350, label: 'minimum 350' } });
    expect(wrapper.find('line.chart__reference').exists()).toBe(true);
    expect(wrapper.text()).toContain('minimum 350');
  });

  it('draws horizontal bars as rows of the same figures', () => {
    const wrapper = render({ orientation: 'horizontal', max: 500 });
    const rows = wrapper.findAll('.chart__row');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.get('rect.chart__bar').attributes('width')).toBe(String((420 / 500) * 100));
    expect(wrapper.get('[data-testid="chart-svg"]').attributes('aria-label')).toContain('3 bars');
  });

  it('says when there is nothing to draw', () => {
    const wrapper = render({ bars: [] });
    expect(wrapper.get('[data-testid="chart-svg"]').attributes('aria-label')).toBe(
      'Approved minutes per day: no data yet.',
    );
  });
});
