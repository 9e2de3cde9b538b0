import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import type { ItemOption } from '../entries.types';
import { seenItems } from '../itemMatch';
import ItemSearch from './ItemSearch.vue';

const item = (id: string, name: string, isFavourite = false): ItemOption =>
  ({
    __typename: 'ActivityItem',
    id,
    code: `K-${id}`,
    name,
    outputUnit: 'dokumen',
    standardMinutes: 30,
    requiresEvidence: false,
    isFavourite,
    category: 'MAIN',
  }) as ItemOption;

/** What the fake API answers: the items it ranked, in its order; every search it was asked. */
let answers: Record<string, ItemOption[]>;
let asked: (string | null)[];
let failing = false;

function client() {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const search = (operation.variables.search as string | null) ?? null;
        asked.push(search);
        if (failing) return observer.error(new TypeError('Failed to fetch'));
        const nodes = answers[search ?? ''] ?? [];
        observer.next({
          data: {
            activityItems: {
              __typename: 'ActivityItemConnection',
              edges: nodes.map((node) => ({ __typename: 'ActivityItemEdge', node })),
            },
          },
        });
        observer.complete();
      }),
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

function render(modelValue: ItemOption | null = null) {
  return mount(ItemSearch, {
    props: { modelValue, inputId: 'item', debounceMs: 0 },
    global: { plugins: [i18n], provide: { [DefaultApolloClient]: client() } },
    attachTo: document.body,
  });
}

const names = (wrapper: ReturnType<typeof render>) =>
  wrapper.findAll('[data-testid="item-option"]').map((o) => o.text().split('Satuan')[0]!.trim());

beforeEach(() => {
  i18n.global.locale.value = 'id';
  asked = [];
  failing = false;
  seenItems.clear();
  answers = {
    '': [item('1', 'Menyusun laporan'), item('2', 'Rapat koordinasi', true)],
    rakor: [item('3', 'Mengikuti rapat koordinasi eksternal'), item('2', 'Rapat koordinasi', true)],
  };
});

describe('ItemSearch', () => {
  it('lists favourites and recent items before anything is typed, favourites first', async () => {
    const wrapper = render();
    await wrapper.get('input').trigger('focus');
    await flushPromises();
    expect(asked).toEqual([null]);
    expect(names(wrapper)).toEqual(['★Favorit Rapat koordinasi', 'Menyusun laporan']);
    expect(wrapper.get('input').attributes('aria-expanded')).toBe('true');
    expect(wrapper.text()).toContain('Satuan: dokumen · norma 30 menit');
  });

  it('searches as you type (the server forgives abbreviations) and keeps favourites on top', async () => {
    const wrapper = render();
    const input = wrapper.get('input');
    await input.trigger('focus');
    await input.setValue('rakor');
    await flushPromises();
    expect(asked.at(-1)).toBe('rakor');
    expect(names(wrapper)).toEqual([
      '★Favorit Rapat koordinasi',
      'Mengikuti rapat koordinasi eksternal',
    ]);
    expect(wrapper.get('#item-status').text()).toBe('2 butir ditemukan');
  });

  it('moves with the arrow keys and picks with Enter', async () => {
    const wrapper = render();
    const input = wrapper.get('input');
    await input.trigger('focus');
    await flushPromises();
    expect(input.attributes('aria-activedescendant')).toBe('item-options-0');
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('item-options-1');
    expect(wrapper.get('#item-options-1').attributes('aria-selected')).toBe('true');
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('item-options-0');
    await input.trigger('keydown', { key: 'ArrowUp' });
    await input.trigger('keydown', { key: 'Enter' });
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([answers['']![0]]);
    expect((input.element as HTMLInputElement).value).toBe('Menyusun laporan');
    expect(input.attributes('aria-expanded')).toBe('false');
  });

  it('picks with a tap, closes with Escape, and forgets the choice when the text changes', async () => {
    const wrapper = render();
    const input = wrapper.get('input');
    await input.trigger('focus');
    await flushPromises();
    await wrapper.findAll('[data-testid="item-option"]')[0]!.trigger('click');
    expect(wrapper.emitted('update:modelValue')?.at(-1)?.[0]).toMatchObject({ id: '2' });
    await wrapper.setProps({ modelValue: answers['']![1]! });
    await input.setValue('Rapat');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([null]);
    await input.trigger('keydown', { key: 'Escape' });
    expect(input.attributes('aria-expanded')).toBe('false');
  });

  it('says when nothing matches', async () => {
    const wrapper = render();
    const input = wrapper.get('input');
    await input.trigger('focus');
    await input.setValue('zzzz');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="item-option"]')).toHaveLength(0);
    expect(wrapper.get('#item-status').text()).toBe('Tidak ada butir yang cocok');
  });
});

describe('ItemSearch without a network', () => {
  it('searches among the items it has already seen', async () => {
    const wrapper = render();
    const input = wrapper.get('input');
    await input.trigger('focus');
    await flushPromises();
    answers = {};
    failing = true;
    await input.setValue('lapo');
    await flushPromises();
    expect(names(wrapper)).toEqual(['Menyusun laporan']);
    await input.setValue('');
    await flushPromises();
    expect(names(wrapper)).toEqual(['★Favorit Rapat koordinasi', 'Menyusun laporan']);
  });
});
