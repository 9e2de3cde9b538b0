import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../../plugins/i18n';
import type { CalendarDay } from '../dayTone';
import MonthCalendar from './MonthCalendar.vue';

function router() {
  const empty = { render: () => null };
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: empty },
      { path: '/day/:date', name: 'day', component: empty },
      // As in the app: unknown paths go home.
      { path: '/:rest(.*)*', component: empty },
    ],
  });
}

function render(month: string, days: Record<string, CalendarDay>, today: string) {
  i18n.global.locale.value = 'en';
  return mount(MonthCalendar, {
    props: { month, days, dailyMinimum: 350, today },
    global: { plugins: [i18n, router()] },
  });
}

describe('MonthCalendar', () => {
  it('lays out October 2026 (a Thursday first) Monday first, with blank cells before the 1st', () => {
    const wrapper = render('2026-10', {}, '2026-11-24');
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(5);
    const first = rows[0]!.findAll('td');
    expect(first.slice(0, 3).every((td) => td.text() === '')).toBe(true);
    expect(first[3]!.find('[data-testid="day-2026-10-01"]').exists()).toBe(true);
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(wrapper.findAll('[data-testid^="day-"]')).toHaveLength(31);
  });

  it('lays out a month starting on Sunday with six blank cells first', () => {
    const wrapper = render('2026-11', {}, '2026-11-24');
    const first = wrapper.findAll('tbody tr')[0]!.findAll('td');
    expect(first.slice(0, 6).every((td) => td.text() === '')).toBe(true);
    expect(first[6]!.find('[data-testid="day-2026-11-01"]').exists()).toBe(true);
  });

  it('colours each day by its approved minutes and status, and says so in words', () => {
    const wrapper = render(
      '2026-10',
      {
        '2026-10-01': { status: 'PRESENT', approvedMinutes: 400 },
        '2026-10-02': { status: 'LATE', approvedMinutes: 200 },
        '2026-10-03': { status: 'WEEKEND', approvedMinutes: 0 },
        '2026-10-05': { status: 'ABSENT', approvedMinutes: 0 },
        '2026-10-06': { status: 'ON_LEAVE', approvedMinutes: 0 },
        '2026-10-07': { status: 'PRESENT', approvedMinutes: 0 },
        '2026-10-08': { status: 'OFFICIAL_TRAVEL', approvedMinutes: 350 },
      },
      '2026-11-24',
    );
    const tone = (date: string) =>
      wrapper.get(`[data-testid="day-${date}"]`).attributes('data-tone');
    expect(tone('2026-10-01')).toBe('met');
    expect(tone('2026-10-02')).toBe('under');
    expect(tone('2026-10-03')).toBe('off');
    expect(tone('2026-10-05')).toBe('absent');
    expect(tone('2026-10-06')).toBe('leave');
    expect(tone('2026-10-07')).toBe('empty');
    expect(tone('2026-10-08')).toBe('met');

    const late = wrapper.get('[data-testid="day-2026-10-02"]');
    expect(late.text()).toContain('TL');
    expect(late.text()).toContain('200');
    expect(late.attributes('aria-label')).toBe(
      'Friday, October 2, late (TL), 200 minutes approved',
    );
    expect(wrapper.get('[data-testid="day-2026-10-05"]').text()).toContain('TK');
  });

  it('opens days up to today on the day page, and leaves later days inert', () => {
    const wrapper = render(
      '2026-11',
      { '2026-11-23': { status: 'PRESENT', approvedMinutes: 120 } },
      '2026-11-24',
    );
    const past = wrapper.get('[data-testid="day-2026-11-23"]');
    expect(past.element.tagName).toBe('A');
    expect(past.attributes('href')).toBe('/day/2026-11-23');
    expect(wrapper.get('[data-testid="day-2026-11-24"]').attributes('aria-current')).toBe('date');
    const later = wrapper.get('[data-testid="day-2026-11-25"]');
    expect(later.element.tagName).toBe('SPAN');
    expect(later.attributes('data-tone')).toBe('future');
  });
});
