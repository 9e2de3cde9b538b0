import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeOfflineDb, entriesOf } from './offline.db';
import { useOfflineQueue } from './offline.store';
import { RefusedError, type OfflineTransport } from './offline.transport';

const ME = 'employee-1';
const input = (startTime: string, endTime: string) => ({
  date: '2026-11-24',
  startTime,
  endTime,
  itemId: 'item-1',
  quantity: 1,
  description: 'Rapat',
});

let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

/** A transport that records what reached the "server" and fails on demand. */
function fakeServer() {
  const logged = new Map<string, { evidenceIds: string[] }>();
  const uploads: string[] = [];
  const fail = { upload: 0, log: 0, refuse: null as string | null };
  const transport: OfflineTransport = {
    async upload(photo) {
      if (fail.upload > 0) {
        fail.upload -= 1;
        throw new TypeError('Failed to fetch');
      }
      uploads.push(photo.name);
      return `evidence-${uploads.length}`;
    },
    async log(entry) {
      if (fail.refuse) throw new RefusedError(fail.refuse);
      if (fail.log > 0) {
        fail.log -= 1;
        // The server logged it, but the answer never arrived.
        logged.set(entry.clientId, { evidenceIds: entry.evidenceIds });
        throw new TypeError('Failed to fetch');
      }
      // Idempotent by client id, as the API is.
      if (!logged.has(entry.clientId))
        logged.set(entry.clientId, { evidenceIds: entry.evidenceIds });
    },
  };
  return { transport, logged, uploads, fail };
}

beforeEach(() => {
  setActivePinia(createPinia());
  online = true;
});
afterEach(async () => {
  const queue = useOfflineQueue();
  await vi.waitFor(() => expect(queue.flushing).toBe(false));
  queue.stop();
  await closeOfflineDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('kinerja-offline');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
});

describe('the offline queue', () => {
  it('keeps an entry made offline on the device, across a restart, until the network returns', async () => {
    const server = fakeServer();
    const queue = useOfflineQueue();
    await queue.start(ME, server.transport);
    online = false;
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    const clientId = await queue.enqueueEntry(input('08:00', '09:00'), [photo], 'Menyusun laporan');
    expect(queue.items).toMatchObject([
      { clientId, status: 'WAITING', itemName: 'Menyusun laporan' },
    ]);
    expect(server.logged.size).toBe(0);

    // The app is closed and opened again, still offline: the entry is read back from IndexedDB.
    queue.stop();
    setActivePinia(createPinia());
    const reopened = useOfflineQueue();
    await reopened.start(ME, server.transport);
    expect(reopened.items.map((i) => i.clientId)).toEqual([clientId]);
    // (A browser's IndexedDB keeps the Blob itself; the test's in-memory one keeps its fields.)
    expect(reopened.items[0]!.photos).toMatchObject([{ name: 'foto-1.jpg', type: 'image/jpeg' }]);

    online = true;
    const sent = vi.fn();
    await reopened.start(ME, server.transport, sent);
    expect(server.logged.get(clientId)).toEqual({ evidenceIds: ['evidence-1'] });
    expect(reopened.items).toEqual([]);
    expect(await entriesOf(ME)).toEqual([]);
    expect(sent).toHaveBeenCalledOnce();
  });

  it('never sends twice: a lost answer is retried with the same client id, photos uploaded once', async () => {
    const server = fakeServer();
    const queue = useOfflineQueue();
    await queue.start(ME, server.transport);
    server.fail.log = 1;
    const clientId = await queue.enqueueEntry(input('09:00', '10:00'), [
      new Blob(['a'], { type: 'image/jpeg' }),
      new Blob(['b'], { type: 'image/webp' }),
    ]);
    await vi.waitFor(() => expect(queue.flushing).toBe(false));
    expect(queue.items).toMatchObject([
      { clientId, status: 'WAITING', evidenceIds: ['evidence-1', 'evidence-2'] },
    ]);

    expect(await queue.flush()).toBe(1);
    expect(server.uploads).toEqual(['foto-1.jpg', 'foto-2.webp']);
    expect([...server.logged.keys()]).toEqual([clientId]);
    expect(queue.items).toEqual([]);
  });

  it('sends link evidence stored before the network went with the photos uploaded later', async () => {
    const server = fakeServer();
    const queue = useOfflineQueue();
    await queue.start(ME, server.transport);
    online = false;
    const clientId = await queue.enqueueEntry(
      { ...input('13:00', '14:00'), linkEvidenceIds: ['link-7'] },
      [new Blob(['a'], { type: 'image/jpeg' })],
    );
    online = true;
    await queue.start(ME, server.transport);
    await vi.waitFor(() => expect(server.logged.get(clientId)).toBeDefined());
    expect(server.logged.get(clientId)).toEqual({ evidenceIds: ['link-7', 'evidence-1'] });
  });

  it('stops at a network failure and keeps the order; sends the rest next time', async () => {
    const server = fakeServer();
    const queue = useOfflineQueue();
    await queue.start(ME, server.transport);
    online = false;
    const first = await queue.enqueueEntry(input('07:30', '08:00'), [new Blob(['x'])]);
    const second = await queue.enqueueEntry(input('08:00', '08:30'));
    online = true;
    server.fail.upload = 1;
    expect(await queue.flush()).toBe(0);
    expect(queue.items.map((i) => [i.clientId, i.status])).toEqual([
      [first, 'WAITING'],
      [second, 'WAITING'],
    ]);
    expect(await queue.flush()).toBe(2);
    expect([...server.logged.keys()]).toEqual([first, second]);
  });

  it('marks an entry the server refuses, with its message; it can be sent again or discarded', async () => {
    const server = fakeServer();
    const queue = useOfflineQueue();
    await queue.start(ME, server.transport);
    server.fail.refuse = 'Aktivitas ini bertumpang tindih dengan aktivitas 08:00–09:00.';
    const clientId = await queue.enqueueEntry(input('08:30', '09:30'));
    await vi.waitFor(() => expect(queue.items[0]?.status).toBe('FAILED'));
    expect(queue.items[0]!.error).toContain('bertumpang tindih');
    expect(queue.failed).toBe(1);
    expect(await queue.flush()).toBe(0);

    server.fail.refuse = null;
    await queue.retry(clientId);
    await vi.waitFor(() => expect(queue.items).toEqual([]));
    expect(server.logged.has(clientId)).toBe(true);

    server.fail.refuse = 'Periode 2026-10 sudah ditutup.';
    const refused = await queue.enqueueEntry(input('10:00', '11:00'));
    await vi.waitFor(() => expect(queue.items[0]?.status).toBe('FAILED'));
    await queue.discard(refused);
    expect(queue.items).toEqual([]);
    expect(await entriesOf(ME)).toEqual([]);
  });

  it('sends only the signed-in employee’s entries, and one flush at a time', async () => {
    const server = fakeServer();
    const queue = useOfflineQueue();
    online = false;
    await queue.start('someone-else', server.transport);
    const theirs = await queue.enqueueEntry(input('08:00', '09:00'));
    await queue.start(ME, server.transport);
    const mine = await queue.enqueueEntry(input('08:00', '09:00'));
    online = true;
    const [a, b] = await Promise.all([queue.flush(), queue.flush()]);
    expect(a + b).toBe(1);
    expect([...server.logged.keys()]).toEqual([mine]);
    expect((await entriesOf('someone-else')).map((e) => e.clientId)).toEqual([theirs]);
  });

  it('refuses to queue without a session', async () => {
    await expect(useOfflineQueue().enqueueEntry(input('08:00', '09:00'))).rejects.toThrow(
      /not started/,
    );
  });
});
