import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import type { DocumentNode } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { DEFAULT_FILTER } from '../queueFilter';
import { page, person, row } from '../verification.fixtures';
import type { QueuePage, QueueRow, VerificationResult } from '../verification.types';
import QueueList from './QueueList.vue';

// happy-dom lays nothing out: give the list's scroller a height so the virtualiser renders rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 4000,
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const ani = { id: 'ani', name: 'Ani Rahmawati' };
const budi = { id: 'budi', name: 'Budi Santoso' };
const PEOPLE = [person('ani', ani.name, { count: 3 }), person('budi', budi.name, { count: 2 })];

interface Server {
  pages: QueuePage[];
  ids?: Record<string, string[]>;
  decide?: (input: {
    entryIds: string[];
    decision: string;
    note?: string | null;
  }) => VerificationResult;
}

const operation = (doc: DocumentNode) =>
  doc.definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);

function fakeClient(server: Server) {
  let served = 0;
  return {
    query: vi.fn(
      async ({ query, variables }: { query: DocumentNode; variables: Record<string, any> }) => {
        if (operation(query) === 'VerificationQueueEntryIds') {
          const key = (variables.filter?.employeeId as string | undefined) ?? '*';
          return { data: { verificationQueueEntryIds: server.ids?.[key] ?? [] } };
        }
        const next = server.pages[served];
        served += 1;
        // Past the given pages the network is slow: the page never comes.
        if (!next) return new Promise(() => undefined);
        return { data: { verificationQueue: next } };
      },
    ),
    mutate: vi.fn(async ({ variables }: { variables: { input: any } }) => ({
      data: {
        verifyActivities: server.decide?.(variables.input) ?? {
          applied: variables.input.entryIds.length,
          failed: [],
        },
      },
    })),
    refetchQueries: vi.fn(async () => []),
  };
}

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

async function render(server: Server) {
  const client = fakeClient(server);
  wrapper = mount(QueueList, {
    props: { filter: DEFAULT_FILTER, people: PEOPLE },
    global: { plugins: [i18n], provide: { [DefaultApolloClient]: client } },
    attachTo: document.body,
  });
  await flushPromises();
  return { w: wrapper, client };
}

async function press(key: string, target: EventTarget = window) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  await flushPromises();
}

const entries = (w: VueWrapper) => w.findAll('[data-testid="queue-entry"]');
const entryIdsShown = (w: VueWrapper) => entries(w).map((e) => e.attributes('data-entry-id'));
const current = (w: VueWrapper) => w.find('[data-current="true"]').attributes('data-entry-id');
const selectedIds = (w: VueWrapper) =>
  entries(w)
    .filter((e) => e.attributes('data-selected') === 'true')
    .map((e) => e.attributes('data-entry-id'));
const selectedCount = (w: VueWrapper) =>
  Number(w.get('[data-testid="selected-count"]').attributes('data-count'));

function queue(): QueueRow[] {
  return [
    row(ani, '2026-11-02'),
    row(ani, '2026-11-02'),
    row(ani, '2026-11-03'),
    row(budi, '2026-11-02'),
    row(budi, '2026-11-02'),
  ];
}

describe('the queue list', () => {
  it('groups entries by person and day, with the day’s totals against the target', async () => {
    const rows = queue();
    const { w } = await render({ pages: [page(rows)] });
    expect(w.findAll('[data-testid="queue-person"]').map((p) => p.find('h3').text())).toEqual([
      expect.stringContaining('Ani Rahmawati'),
      expect.stringContaining('Budi Santoso'),
    ]);
    expect(w.findAll('[data-testid="queue-day"]').map((d) => d.attributes('data-date'))).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-02',
    ]);
    expect(w.get('[data-testid="day-totals"]').text()).toContain('90 dari target 350 menit');
    expect(entryIdsShown(w)).toEqual(rows.map((r) => r.entry.id));
    expect(w.get('[data-testid="queue-total"]').attributes('data-count')).toBe('5');
  });

  it('moves with j/k, selects with x and approves the selection with a', async () => {
    const rows = queue();
    const { w, client } = await render({ pages: [page(rows)] });
    await press('j');
    expect(current(w)).toBe(rows[0]!.entry.id);
    expect(document.activeElement?.getAttribute('data-entry-checkbox')).toBe(rows[0]!.entry.id);
    await press('j');
    await press('j');
    await press('k');
    expect(current(w)).toBe(rows[1]!.entry.id);
    await press('x');
    await press('j');
    await press('x');
    expect(selectedIds(w)).toEqual([rows[1]!.entry.id, rows[2]!.entry.id]);
    expect(selectedCount(w)).toBe(2);

    await press('a');
    expect(client.mutate).toHaveBeenCalledTimes(1);
    expect(client.mutate.mock.calls[0]![0].variables.input).toEqual({
      entryIds: [rows[1]!.entry.id, rows[2]!.entry.id],
      decision: 'APPROVE',
      note: null,
    });
    // The decided entries leave without a reload; the counts are refetched.
    expect(entryIdsShown(w)).toEqual([rows[0], rows[3], rows[4]].map((r) => r!.entry.id));
    expect(w.get('[data-testid="queue-total"]').attributes('data-count')).toBe('3');
    expect(w.get('[data-testid="result-applied"]').text()).toBe('2 entri disetujui.');
    expect(client.refetchQueries).toHaveBeenCalledWith({
      include: ['VerificationStats', 'VerificationQueuePeople'],
    });
    expect(selectedCount(w)).toBe(0);
    // The cursor moved to the entry that took the decided one's place.
    expect(current(w)).toBe(rows[3]!.entry.id);
  });

  it('approves the highlighted entry when nothing is selected', async () => {
    const rows = queue();
    const { w, client } = await render({ pages: [page(rows)] });
    await press('j');
    await press('a');
    expect(client.mutate.mock.calls[0]![0].variables.input.entryIds).toEqual([rows[0]!.entry.id]);
    expect(entryIdsShown(w)).not.toContain(rows[0]!.entry.id);
  });

  it('returns with r only with a note', async () => {
    const rows = queue();
    const { w, client } = await render({ pages: [page(rows)] });
    await press('j');
    await press('r');
    const dialog = w.get('[data-testid="decision-dialog"]');
    expect(dialog.text()).toContain('Kembalikan 1 entri untuk diperbaiki');
    // Shortcuts are off while the dialog is open.
    await press('j');
    expect(current(w)).toBe(rows[0]!.entry.id);
    await dialog.get('form').trigger('submit');
    expect(w.get('[data-testid="decision-error"]').text()).toBe(
      'Tulis alasan pengembalian atau penolakan.',
    );
    expect(client.mutate).not.toHaveBeenCalled();
    await w.get('[data-testid="decision-note"]').setValue('  Lampirkan notulen rapat.  ');
    await dialog.get('form').trigger('submit');
    await flushPromises();
    expect(client.mutate.mock.calls[0]![0].variables.input).toEqual({
      entryIds: [rows[0]!.entry.id],
      decision: 'RETURN',
      note: 'Lampirkan notulen rapat.',
    });
    expect(w.get('[data-testid="result-applied"]').text()).toBe('1 entri dikembalikan.');
  });

  it('lists what failed and why; failed entries stay, selected, the rest leave', async () => {
    const rows = queue();
    const failing = rows[1]!.entry.id;
    const { w } = await render({
      pages: [page(rows)],
      decide: (input) => ({
        applied: input.entryIds.length - 1,
        failed: [{ entryId: failing, code: 'CONFLICT', message: 'Bulan 2026-11 sudah ditutup.' }],
      }),
    });
    const day = w.findAll('[data-testid="day-select"]')[0]!;
    await day.setValue(true);
    await flushPromises();
    expect(selectedIds(w)).toEqual([rows[0]!.entry.id, failing]);
    await w.get('[data-testid="bulk-approve"]').trigger('click');
    await flushPromises();
    const failure = w.get('[data-testid="result-failure"]');
    expect(failure.attributes('data-entry-id')).toBe(failing);
    expect(failure.text()).toContain('Bulan 2026-11 sudah ditutup.');
    expect(failure.text()).toContain('Menyusun laporan');
    expect(entryIdsShown(w)).toEqual([failing, ...rows.slice(2).map((r) => r.entry.id)]);
    expect(selectedIds(w)).toEqual([failing]);
    expect(w.get(`[data-entry-id="${failing}"] [data-testid="entry-failure"]`).text()).toContain(
      'sudah ditutup',
    );
  });

  it('selects everything the filter shows without loading it, asking the server for the ids', async () => {
    const loaded = queue();
    const { w, client } = await render({
      pages: [page(loaded, { totalCount: 4000, hasNextPage: true })],
      ids: { '*': ['x1', 'x2', ...loaded.map((r) => r.entry.id)], budi: [] },
    });
    await w.get('[data-testid="select-all"]').setValue(true);
    expect(selectedCount(w)).toBe(4000);
    // Take Budi out, and one of Ani's entries.
    await w.findAll('[data-testid="person-select"]')[1]!.setValue(false);
    await w.findAll('[data-testid="entry-select"]')[0]!.setValue(false);
    expect(selectedCount(w)).toBe(4000 - 2 - 1);
    await w.get('[data-testid="bulk-approve"]').trigger('click');
    await flushPromises();
    const idsCalls = client.query.mock.calls.filter(
      ([arg]) => operation(arg.query) === 'VerificationQueueEntryIds',
    );
    expect(idsCalls.map(([arg]) => arg.variables.filter)).toEqual([
      { status: 'SUBMITTED', employeeId: 'budi' },
      { status: 'SUBMITTED' },
    ]);
    expect(client.mutate.mock.calls[0]![0].variables.input.entryIds).toEqual([
      'x1',
      'x2',
      ...loaded.slice(1).map((r) => r.entry.id),
    ]);
  });

  it('leaves the keys alone while typing, and shows the help with ?', async () => {
    const { w } = await render({ pages: [page(queue())] });
    const input = document.createElement('input');
    document.body.append(input);
    await press('j', input);
    expect(w.find('[data-current="true"]').exists()).toBe(false);
    input.remove();
    expect(w.find('[data-testid="keys-help"]').exists()).toBe(false);
    await press('?');
    expect(w.get('[data-testid="keys-help"]').text()).toContain('Entri berikutnya');
    expect(w.get('[data-testid="keys-hint"]').text()).toContain('j/k');
  });

  it('loads the next page with the cursor when the end comes near', async () => {
    const first = [row(ani, '2026-11-02'), row(ani, '2026-11-02')];
    const second = [row(budi, '2026-11-02')];
    const { w, client } = await render({
      pages: [page(first, { totalCount: 3, hasNextPage: true }), page(second, { totalCount: 3 })],
    });
    await flushPromises();
    expect(client.query.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(client.query.mock.calls[1]![0].variables.after).toBe(`cursor-${first[1]!.entry.id}`);
    expect(entryIdsShown(w)).toEqual([...first, ...second].map((r) => r.entry.id));
  });

  it('is read-only for decided statuses', async () => {
    const rows = [
      row(ani, '2026-11-02', { entry: { status: 'RETURNED', decisionNote: 'Perbaiki.' } }),
    ];
    const client = fakeClient({ pages: [page(rows)] });
    wrapper = mount(QueueList, {
      props: { filter: { ...DEFAULT_FILTER, status: 'RETURNED' }, people: PEOPLE },
      global: { plugins: [i18n], provide: { [DefaultApolloClient]: client } },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="bulk-bar"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="entry-select"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="entry-note"]').text()).toBe('Catatan: Perbaiki.');
    await press('j');
    await press('a');
    expect(client.mutate).not.toHaveBeenCalled();
  });
});
