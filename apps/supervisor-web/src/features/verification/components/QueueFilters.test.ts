import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { DEFAULT_FILTER, type QueueFilter } from '../queueFilter';
import { person } from '../verification.fixtures';
import QueueFilters from './QueueFilters.vue';

const rehab = { id: 'u-rehab', name: 'Seksi Rehabilitasi Sosial Anak' };
const PEOPLE = [
  person('ani', 'Ani', { count: 12 }),
  person('budi', 'Budi', {
    count: 3,
    employee: { ...person('budi', 'Budi').employee, unit: rehab },
  }),
];

function render(filter: QueueFilter = DEFAULT_FILTER, people = PEOPLE) {
  return mount(QueueFilters, { props: { filter, people }, global: { plugins: [i18n] } });
}

const emitted = (w: ReturnType<typeof render>) =>
  (w.emitted('update:filter') ?? []).map(([f]) => f as QueueFilter);

describe('the queue filters', () => {
  it('offers the queue’s people by unit, with their counts, and their units', () => {
    const w = render();
    const groups = w.findAll('[data-testid="filter-person"] optgroup');
    expect(groups.map((g) => g.attributes('label'))).toEqual([
      'Seksi Pengembangan Aplikasi',
      'Seksi Rehabilitasi Sosial Anak',
    ]);
    expect(groups.map((g) => g.text())).toEqual(['Ani (12)', 'Budi (3)']);
    expect(w.findAll('[data-testid="filter-unit"] option').map((o) => o.text())).toEqual([
      'Semua unit',
      'Seksi Pengembangan Aplikasi',
      'Seksi Rehabilitasi Sosial Anak',
    ]);
  });

  it('answers the whole filter with the one field changed', async () => {
    const w = render();
    await w.get('[data-testid="filter-person"]').setValue('budi');
    await w.get('[data-testid="filter-from"]').setValue('2026-11-02');
    await w.get('[data-testid="filter-escalated"]').setValue(true);
    await w.get('[data-testid="filter-status"]').setValue('RETURNED');
    expect(emitted(w)).toEqual([
      { ...DEFAULT_FILTER, employeeId: 'budi' },
      { ...DEFAULT_FILTER, from: '2026-11-02' },
      { ...DEFAULT_FILTER, escalatedOnly: true },
      { ...DEFAULT_FILTER, status: 'RETURNED' },
    ]);
  });

  it('clears everything, offered only when something is filtered', async () => {
    expect(render().find('[data-testid="filter-reset"]').exists()).toBe(false);
    const w = render({ ...DEFAULT_FILTER, to: '2026-11-06' });
    await w.get('[data-testid="filter-reset"]').trigger('click');
    expect(emitted(w)).toEqual([DEFAULT_FILTER]);
  });

  it('keeps naming a chosen person once all their entries are decided', async () => {
    const w = render({ ...DEFAULT_FILTER, employeeId: 'budi' });
    await w.setProps({ people: [PEOPLE[0]!] });
    const select = w.get<HTMLSelectElement>('[data-testid="filter-person"]');
    expect(select.element.value).toBe('budi');
    expect(select.element.selectedOptions[0]!.text.trim()).toBe('Budi (0)');
    const shared = render({ ...DEFAULT_FILTER, employeeId: 'someone' });
    expect(
      shared
        .get<HTMLSelectElement>('[data-testid="filter-person"]')
        .element.selectedOptions[0]!.text.trim(),
    ).toBe('Pegawai terpilih (tidak ada entri)');
  });
});
