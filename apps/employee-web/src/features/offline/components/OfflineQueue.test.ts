import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { useOfflineQueue } from '../offline.store';
import OfflineQueue from './OfflineQueue.vue';

let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

const entry = (status: 'WAITING' | 'FAILED', error: string | null = null) => ({
  clientId: `c-${status}`,
  employeeId: 'me',
  input: {
    date: '2026-11-24',
    startTime: '08:00',
    endTime: '09:00',
    itemId: 'i',
    quantity: 1,
    description: null,
  },
  itemName: 'Menyusun laporan',
  photos: [{ name: 'foto-1.jpg', type: 'image/jpeg', blob: new Blob(['x']) }],
  evidenceIds: [],
  status,
  error,
  attempts: 1,
  createdAt: '2026-11-24T01:00:00Z',
  seq: 1,
});

beforeEach(() => {
  setActivePinia(createPinia());
  i18n.global.locale.value = 'id';
});
afterEach(() => {
  online = true;
});

const render = () => mount(OfflineQueue, { global: { plugins: [i18n] } });

describe('OfflineQueue', () => {
  it('shows nothing when online with an empty queue', () => {
    expect(render().find('[data-testid="offline-queue"]').exists()).toBe(false);
  });

  it('says the device is offline and lists what waits, with the server’s refusal and actions', () => {
    online = false;
    const queue = useOfflineQueue();
    queue.items = [entry('WAITING'), entry('FAILED', 'Aktivitas ini bertumpang tindih.')];
    const wrapper = render();
    expect(wrapper.get('[data-testid="offline-indicator"]').text()).toBe('Tidak ada koneksi');
    expect(wrapper.get('[role="status"]').text()).toContain('1 aktivitas menunggu koneksi');
    const items = wrapper.findAll('[data-testid="offline-item"]');
    expect(items.map((i) => i.attributes('data-status'))).toEqual(['WAITING', 'FAILED']);
    expect(items[0]!.text()).toContain('2026-11-24 08:00–09:00 Menyusun laporan');
    expect(items[0]!.text().replace(/\s+/g, ' ')).toContain('Menunggu dikirim · 1 foto');
    expect(items[1]!.get('[role="alert"]').text()).toBe('Aktivitas ini bertumpang tindih.');
    expect(items[1]!.findAll('button').map((b) => b.text())).toEqual(['Kirim ulang', 'Buang']);
  });

  it('speaks English when switched', () => {
    i18n.global.locale.value = 'en';
    useOfflineQueue().items = [entry('WAITING')];
    expect(render().get('[role="status"]').text()).toContain('1 activity being sent');
  });
});
