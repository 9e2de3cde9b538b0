import { mount, RouterLinkStub } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import type { DayEntry } from '../../entries/entries.types';
import type { QueuedEntry } from '../../offline/offline.db';
import DayTimeline from './DayTimeline.vue';

const entry = (
  id: string,
  startTime: string,
  status: DayEntry['status'],
  note: string | null = null,
): DayEntry => ({
  id,
  date: '2026-11-24',
  startTime,
  endTime: `${startTime.slice(0, 2)}:45`,
  quantity: 1,
  description: null,
  creditedMinutes: 45,
  status,
  decisionNote: note,
  item: {
    id: 'i',
    code: 'K1',
    name: `Kegiatan ${id}`,
    outputUnit: 'dokumen',
    standardMinutes: 60,
    requiresEvidence: false,
    isFavourite: false,
  },
  evidence: [],
});

const queued: QueuedEntry = {
  clientId: 'c1',
  employeeId: 'me',
  input: {
    date: '2026-11-24',
    startTime: '09:00',
    endTime: '09:30',
    itemId: 'i',
    quantity: 1,
    description: null,
  },
  itemName: 'Kegiatan luring',
  photos: [],
  evidenceIds: [],
  status: 'WAITING',
  error: null,
  attempts: 0,
  createdAt: '2026-11-24T01:00:00Z',
  seq: 1,
};

beforeEach(() => {
  i18n.global.locale.value = 'id';
});

const render = (entries: DayEntry[], waiting: QueuedEntry[] = []) =>
  mount(DayTimeline, {
    props: { date: '2026-11-24', entries, queued: waiting },
    global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } },
  });

describe('DayTimeline', () => {
  it('orders entries and queued entries by time, each with its status', () => {
    const wrapper = render(
      [entry('b', '10:00', 'APPROVED'), entry('a', '08:00', 'DRAFT')],
      [queued],
    );
    const rows = wrapper.findAll('[data-testid="timeline-entry"]');
    expect(rows.map((r) => r.attributes('data-status'))).toEqual(['DRAFT', 'QUEUED', 'APPROVED']);
    expect(rows[1]!.text()).toContain('Kegiatan luring');
    expect(rows[1]!.text()).toContain('Menunggu dikirim');
    expect(rows[2]!.text()).toContain('Disetujui');
  });

  it('highlights a returned entry with the supervisor’s note and links it to the form', () => {
    const wrapper = render([entry('r', '08:00', 'RETURNED', 'Mohon lengkapi uraian kegiatan')]);
    const row = wrapper.get('[data-testid="timeline-entry"]');
    expect(row.classes()).toContain('timeline__row--returned');
    expect(row.get('[data-testid="timeline-note"]').text()).toBe(
      'Catatan atasan: Mohon lengkapi uraian kegiatan',
    );
    expect(row.text()).toContain('Perbaiki lalu kirim ulang');
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toEqual({
      name: 'entry-edit',
      params: { id: 'r' },
      query: { date: '2026-11-24' },
    });
  });

  it('says when the day is empty', () => {
    expect(render([]).get('[data-testid="timeline-empty"]').text()).toBe(
      'Belum ada aktivitas pada hari ini.',
    );
  });
});
