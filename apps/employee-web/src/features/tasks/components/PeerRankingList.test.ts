import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { mountWithI18n } from '../testing';
import PeerRankingList, { type RankedPerson } from './PeerRankingList.vue';

const people: RankedPerson[] = Array.from({ length: 12 }, (_, i) => ({
  id: `p${i + 1}`,
  name: `Pegawai ${i + 1}`,
  detail: 'Staf',
}));
const ROW = 60;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.restoreAllMocks();
});

/** Mounted with v-model wired as a parent would: every emitted order or best comes back as a prop. */
function render(order = people.map((p) => p.id), best: string | null = null, disabled = false) {
  const w = mountWithI18n(PeerRankingList, {
    props: {
      people,
      order,
      best,
      disabled,
      'onUpdate:order': (o: string[]) => w.setProps({ order: o }),
      'onUpdate:best': (b: string | null) => w.setProps({ best: b }),
    },
  });
  wrapper = w;
  return w;
}

const names = (w: VueWrapper) => w.findAll('[data-testid="ranking-name"]').map((n) => n.text());
const lastOrder = (w: VueWrapper) => w.emitted<[string[]]>('update:order')!.at(-1)![0];
const announced = (w: VueWrapper) => w.get('[data-testid="ranking-announcer"]').text();

/**
 * happy-dom lays nothing out: give every row the box it would have in a list of 60 px rows
 * (by its place in the DOM), shifted by its own translateY while dragged.
 */
function layOutRows() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const row = this.closest('li');
    if (!row) return new DOMRect(0, 0, 0, 0);
    const index = [...row.parentElement!.children].indexOf(row);
    const shift = Number(/translateY\((-?[\d.]+)px\)/.exec(row.style.transform)?.[1] ?? 0);
    return new DOMRect(0, index * ROW + shift, 320, ROW);
  });
}

function pointer(type: string, clientY: number, pointerId = 1) {
  return new PointerEvent(type, {
    bubbles: true,
    cancelable: true,
    pointerId,
    pointerType: 'touch',
    clientY,
    button: 0,
  });
}

describe('PeerRankingList', () => {
  it('lists everyone in the given order, numbered from 1', () => {
    const w = render();
    expect(names(w)).toEqual(people.map((p) => p.name));
    expect(w.findAll('[data-testid="ranking-position"]').map((n) => n.text())).toEqual(
      people.map((_, i) => String(i + 1)),
    );
  });

  it('moves a tapped person up and down with the buttons, announcing each move', async () => {
    const w = render();
    await w.findAll('[data-testid="ranking-select"]')[2]!.trigger('click');
    expect(w.findAll('[data-testid="ranking-select"]')[2]!.attributes('aria-pressed')).toBe('true');

    await w.get('[data-testid="ranking-up"]').trigger('click');
    await flushPromises();
    expect(lastOrder(w).slice(0, 3)).toEqual(['p1', 'p3', 'p2']);
    expect(announced(w)).toBe('Pegawai 3 di posisi 2 dari 12.');

    await w.get('[data-testid="ranking-up"]').trigger('click');
    await flushPromises();
    expect(lastOrder(w).slice(0, 3)).toEqual(['p3', 'p1', 'p2']);
    // At the top, "up" does nothing (and stays focusable: aria-disabled, not disabled).
    expect(w.get('[data-testid="ranking-up"]').attributes('aria-disabled')).toBe('true');
    const emittedSoFar = w.emitted('update:order')!.length;
    await w.get('[data-testid="ranking-up"]').trigger('click');
    expect(w.emitted('update:order')!.length).toBe(emittedSoFar);

    await w.get('[data-testid="ranking-down"]').trigger('click');
    await flushPromises();
    expect(lastOrder(w).slice(0, 3)).toEqual(['p1', 'p3', 'p2']);
  });

  it('keeps focus on the button that moved the person', async () => {
    const w = render();
    await w.findAll('[data-testid="ranking-select"]')[5]!.trigger('click');
    await w.get('[data-testid="ranking-down"]').trigger('click');
    await flushPromises();
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.testid).toBe('ranking-down');
    expect(focused.closest('li')!.dataset.person).toBe('p6');
    expect(
      focused.closest('li')!.querySelector('[data-testid="ranking-position"]')!.textContent,
    ).toBe('7');
  });

  it('moves the selected person to a tapped position', async () => {
    const w = render();
    await w.findAll('[data-testid="ranking-select"]')[10]!.trigger('click');
    const targets = w.findAll('[data-testid="ranking-move-here"]');
    expect(targets).toHaveLength(11);
    expect(targets[0]!.attributes('aria-label')).toBe('Pindahkan Pegawai 11 ke posisi 1');
    await targets[0]!.trigger('click');
    await flushPromises();
    expect(lastOrder(w)).toEqual([
      'p11',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
      'p10',
      'p12',
    ]);
    expect(names(w)[0]).toBe('Pegawai 11');
  });

  it('moves the selected person with the arrow keys, Home and End, and lets go with Escape', async () => {
    const w = render();
    const select = () => w.get('[data-person="p4"] [data-testid="ranking-select"]');
    await select().trigger('click');
    await select().trigger('keydown', { key: 'ArrowUp' });
    await flushPromises();
    expect(lastOrder(w).indexOf('p4')).toBe(2);
    await select().trigger('keydown', { key: 'ArrowDown' });
    await select().trigger('keydown', { key: 'ArrowDown' });
    await flushPromises();
    expect(lastOrder(w).indexOf('p4')).toBe(4);
    await select().trigger('keydown', { key: 'End' });
    await flushPromises();
    expect(lastOrder(w).at(-1)).toBe('p4');
    await select().trigger('keydown', { key: 'Home' });
    await flushPromises();
    expect(lastOrder(w)[0]).toBe('p4');
    expect((document.activeElement as HTMLElement).closest('li')!.dataset.person).toBe('p4');
    await select().trigger('keydown', { key: 'Escape' });
    expect(select().attributes('aria-pressed')).toBe('false');
    // Not selected: arrows do nothing (they belong to the page again).
    const count = w.emitted('update:order')!.length;
    await select().trigger('keydown', { key: 'ArrowDown' });
    expect(w.emitted('update:order')!.length).toBe(count);
  });

  it('drags a row with pointer events (touch) past its neighbours and drops it there', async () => {
    layOutRows();
    const w = render();
    const handle = w.findAll('[data-testid="ranking-handle"]')[0]!.element;
    // Take the first row (0–60) by its middle and drag it down past the middle of the fourth row.
    handle.dispatchEvent(pointer('pointerdown', 30));
    await nextTick();
    expect(w.get('[data-person="p1"]').classes()).toContain('ranking__item--dragging');
    for (const y of [60, 100, 140, 190, 225]) {
      handle.dispatchEvent(pointer('pointermove', y));
      await flushPromises();
    }
    handle.dispatchEvent(pointer('pointerup', 225));
    await flushPromises();
    expect(lastOrder(w).slice(0, 5)).toEqual(['p2', 'p3', 'p4', 'p1', 'p5']);
    expect(w.get('[data-person="p1"]').classes()).not.toContain('ranking__item--dragging');
    expect(announced(w)).toBe('Pegawai 1 di posisi 4 dari 12.');
  });

  it('drags upwards too, and ignores other pointers meanwhile', async () => {
    layOutRows();
    const w = render();
    const handle = w.findAll('[data-testid="ranking-handle"]')[11]!.element;
    handle.dispatchEvent(pointer('pointerdown', 11 * ROW + 30));
    await nextTick();
    handle.dispatchEvent(pointer('pointermove', 5, 2)); // a second finger: ignored
    await flushPromises();
    expect(w.emitted('update:order')).toBeUndefined();
    for (let y = 11 * ROW; y >= 8 * ROW + 10; y -= 20) {
      handle.dispatchEvent(pointer('pointermove', y));
      await flushPromises();
    }
    handle.dispatchEvent(pointer('pointerup', 8 * ROW + 10));
    await flushPromises();
    expect(lastOrder(w).slice(8)).toEqual(['p12', 'p9', 'p10', 'p11']);
  });

  it('puts the order back when a drag is cancelled', async () => {
    layOutRows();
    const w = render();
    const handle = w.findAll('[data-testid="ranking-handle"]')[0]!.element;
    handle.dispatchEvent(pointer('pointerdown', 30));
    handle.dispatchEvent(pointer('pointermove', 150));
    await flushPromises();
    expect(names(w)[0]).toBe('Pegawai 2');
    handle.dispatchEvent(pointer('pointercancel', 150));
    await flushPromises();
    expect(lastOrder(w)).toEqual(people.map((p) => p.id));
    expect(announced(w)).toContain('dibatalkan');
  });

  it('picks the best performer, announced, with one radio per person', async () => {
    const w = render();
    const radios = w.findAll('[data-testid="ranking-best"]');
    expect(radios).toHaveLength(12);
    expect(new Set(radios.map((r) => r.attributes('name'))).size).toBe(1);
    await radios[7]!.setValue(true);
    expect(w.emitted<[string]>('update:best')!.at(-1)![0]).toBe('p8');
    await flushPromises();
    expect(announced(w)).toBe('Pegawai 8 dipilih sebagai pegawai terbaik.');
    expect(w.get('[data-person="p8"]').classes()).toContain('ranking__item--best');
    // The best pick does not change the order.
    expect(w.emitted('update:order')).toBeUndefined();
  });

  it('changes nothing when disabled', async () => {
    layOutRows();
    const w = render(undefined, null, true);
    await w.findAll('[data-testid="ranking-select"]')[1]!.trigger('click');
    expect(w.find('[data-testid="ranking-up"]').exists()).toBe(false);
    w.findAll('[data-testid="ranking-handle"]')[0]!.element.dispatchEvent(
      pointer('pointerdown', 30),
    );
    w.findAll('[data-testid="ranking-handle"]')[0]!.element.dispatchEvent(
      pointer('pointermove', 200),
    );
    await flushPromises();
    expect(w.emitted('update:order')).toBeUndefined();
    expect(
      w
        .findAll('[data-testid="ranking-best"]')
        .every((r) => r.attributes('disabled') !== undefined),
    ).toBe(true);
  });
});
