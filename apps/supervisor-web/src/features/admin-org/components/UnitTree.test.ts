import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import id from '../locales/id.json';
import { flattenUnits } from '../units';
import UnitTree from './UnitTree.vue';

const roots = [
  {
    id: 'kota',
    code: 'KOTA',
    name: 'Pemerintah Kota Contoh',
    children: [
      {
        id: 'dinsos',
        code: 'DINSOS',
        name: 'Dinas Sosial',
        children: [
          { id: 'rehsos', code: 'DINSOS.02', name: 'Bidang Rehabilitasi Sosial', children: [] },
        ],
      },
      { id: 'pupr', code: 'DPUPR', name: 'Dinas PUPR', children: [] },
    ],
  },
];

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function render(expanded = new Set(['kota']), selectedId: string | null = null) {
  wrapper = mount(UnitTree, {
    attachTo: document.body,
    props: {
      roots,
      flat: flattenUnits(roots, true),
      selectedId,
      expanded,
      'onUpdate:expanded': (next: Set<string>) => wrapper!.setProps({ expanded: next }),
    },
    global: {
      plugins: [createI18n({ legacy: false, locale: 'id', messages: { id } })],
    },
  });
  return wrapper;
}

const names = (w: VueWrapper) => w.findAll('[data-testid="tree-unit"]').map((b) => b.text());

describe('UnitTree', () => {
  it('shows the open branches only, each with a labelled disclosure button', async () => {
    const w = render();
    expect(names(w)).toEqual(['Pemerintah Kota Contoh', 'Dinas Sosial', 'Dinas PUPR']);
    const toggles = w.findAll('[data-testid="tree-toggle"]');
    // Units without sub-units have no disclosure button.
    expect(toggles).toHaveLength(2);
    expect(toggles[0]!.attributes()).toMatchObject({
      'aria-expanded': 'true',
      'aria-label': 'Tutup Pemerintah Kota Contoh',
    });
    expect(toggles[1]!.attributes()).toMatchObject({
      'aria-expanded': 'false',
      'aria-label': 'Buka Dinas Sosial',
    });

    await toggles[1]!.trigger('click');
    expect(names(w)).toEqual([
      'Pemerintah Kota Contoh',
      'Dinas Sosial',
      'Bidang Rehabilitasi Sosial',
      'Dinas PUPR',
    ]);
    await w.findAll('[data-testid="tree-toggle"]')[0]!.trigger('click');
    expect(names(w)).toEqual(['Pemerintah Kota Contoh']);
  });

  it('marks the selected unit and tells which unit was chosen', async () => {
    const w = render(new Set(['kota', 'dinsos']), 'rehsos');
    const current = w.find('[aria-current="true"]');
    expect(current.text()).toBe('Bidang Rehabilitasi Sosial');
    await w.findAll('[data-testid="tree-unit"]')[1]!.trigger('click');
    expect(w.emitted('select')).toEqual([['dinsos']]);
  });

  it('finds a unit by name or code anywhere in the tree and jumps to it', async () => {
    const w = render(new Set());
    await w.get('[data-testid="unit-find"]').setValue('dinsos.02');
    const results = w.findAll('[data-testid="unit-result"]');
    expect(results.map((r) => r.text().replace(/\s+/g, ' '))).toEqual([
      'Bidang Rehabilitasi Sosial Dinas Sosial › Bidang Rehabilitasi Sosial',
    ]);
    await results[0]!.trigger('click');
    expect(w.emitted('select')).toEqual([['rehsos']]);
    expect((w.get('[data-testid="unit-find"]').element as HTMLInputElement).value).toBe('');
  });
});
