import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../../plugins/i18n';
import type { GroupFigures } from '../performance.types';
import { routes } from '../routes';
import FiguresTable from './FiguresTable.vue';

function group(unitId: string, name: string, figures: Partial<GroupFigures>): GroupFigures {
  return {
    unitId,
    code: unitId.toUpperCase(),
    name,
    kind: 'DEPARTMENT',
    headCount: 10,
    meetingTargetCount: 5,
    shareMeetingTarget: 50,
    meanAchievement: 80,
    meanDiscipline: 95,
    pendingEntries: 0,
    oldestPendingAgeDays: null,
    tppTotal: 1_000_000,
    tppBudget: 2_000_000,
    tppShareOfBudget: 50,
    approvedMinutes: 1000,
    workingMinutes: 2000,
    workloadPercent: 50,
    rank: 1,
    distribution: [],
    trend: [],
    ...figures,
  };
}

const rows = [
  group('setda', 'Sekretariat Daerah', { rank: 2, meanAchievement: 69.79, pendingEntries: 131 }),
  group('insp', 'Inspektorat', { rank: 1, meanAchievement: 69.89, pendingEntries: 96 }),
  group('baru', 'Dinas Baru', { rank: null, meanAchievement: null, headCount: 0 }),
  group('bkpsdm', 'BKPSDM', { rank: 3, meanAchievement: 66.31, pendingEntries: 212 }),
];
const agency = group('root', 'Pemerintah Kota Contoh', { rank: null, tppTotal: 98_663_413 });

async function render() {
  i18n.global.locale.value = 'id';
  const router = createRouter({ history: createMemoryHistory('/supervisor/'), routes });
  await router.push('/performance?period=2026-11');
  return mount(FiguresTable, {
    props: { rows, total: agency, caption: 'Perangkat daerah', period: '2026-11', testid: 'd' },
    global: { plugins: [i18n, router] },
  });
}

const names = (wrapper: Awaited<ReturnType<typeof render>>) =>
  wrapper.findAll('tbody tr').map((tr) => tr.get('th').text());

describe('FiguresTable', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id';
  });

  it('lists the groups by rank first, the groups without people last', async () => {
    const wrapper = await render();
    expect(names(wrapper)).toEqual(['Inspektorat', 'Sekretariat Daerah', 'BKPSDM', 'Dinas Baru']);
    expect(wrapper.get('th[aria-sort]').text()).toContain('Peringkat');
    expect(wrapper.get('th[aria-sort]').attributes('aria-sort')).toBe('ascending');
  });

  it('sorts by a column when its heading is pressed, and turns around when pressed again', async () => {
    const wrapper = await render();
    await wrapper.get('[data-testid="sort-pendingEntries"]').trigger('click');
    expect(names(wrapper)).toEqual(['BKPSDM', 'Sekretariat Daerah', 'Inspektorat', 'Dinas Baru']);
    const sorted = wrapper.get('th[aria-sort]');
    expect(sorted.text()).toContain('Menunggu verifikasi');
    expect(sorted.attributes('aria-sort')).toBe('descending');
    expect(wrapper.findAll('th[aria-sort]')).toHaveLength(1);

    await wrapper.get('[data-testid="sort-pendingEntries"]').trigger('click');
    expect(names(wrapper)).toEqual(['Dinas Baru', 'Inspektorat', 'Sekretariat Daerah', 'BKPSDM']);
    expect(wrapper.get('th[aria-sort]').attributes('aria-sort')).toBe('ascending');

    await wrapper.get('[data-testid="sort-name"]').trigger('click');
    expect(names(wrapper)).toEqual(['BKPSDM', 'Dinas Baru', 'Inspektorat', 'Sekretariat Daerah']);
  });

  it('writes figures the Indonesian way and links each group to its drill-down in the month', async () => {
    const wrapper = await render();
    const first = wrapper.get('tbody tr');
    expect(first.get('[data-column="meanAchievement"]').text()).toBe('69,89%');
    expect(first.get('[data-column="meanAchievement"]').attributes('data-value')).toBe('69.89');
    expect(first.get('a').attributes('href')).toBe(
      '/supervisor/performance/units/insp?period=2026-11',
    );
    const none = wrapper.get('tbody tr[data-unit-id="baru"]');
    expect(none.get('[data-column="meanAchievement"]').text()).toBe('—');
    const total = wrapper.get('tfoot tr');
    expect(total.get('th').text()).toBe('Jumlah');
    // The TPP with its share of the budget under it; the backlog with its oldest entry's age.
    const tpp = total.get('[data-column="tppTotal"]');
    expect(tpp.text().replace(/\s+/g, ' ')).toBe('Rp 98.663.413 50,00% dari pagu');
    expect(tpp.get('.figures__note').text()).toBe('50,00% dari pagu');
    const pending = wrapper.get('tbody tr[data-unit-id="setda"] [data-column="pendingEntries"]');
    expect(pending.text()).toBe('131');
    const old = group('x', 'X', { pendingEntries: 3, oldestPendingAgeDays: 8 });
    await wrapper.setProps({ rows: [old] });
    expect(wrapper.get('[data-column="pendingEntries"]').text().replace(/\s+/g, ' ')).toBe(
      '3 tertua 8 hari',
    );
  });
});
