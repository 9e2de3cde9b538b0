/**
 * The offline queue (issue 8: "entries saved while offline are kept on the device and sent when
 * the network returns, with a visible queue, never lost or sent twice").
 *
 * - An entry made without a network is written to IndexedDB first (offline.db.ts) with a fresh
 *   client id; only then is it shown as waiting. Nothing is kept in memory only.
 * - flush() sends the signed-in employee's entries one by one, oldest first: photos (each uploaded
 *   once: its evidence id is stored before the next step), then logActivity with the client id. The
 *   server answers a client id it already has with that entry, so a send repeated after a lost
 *   answer, a reload or a second tab never makes two. Only then is the record deleted.
 * - No network (or a server error): the entry waits and is tried again when the browser is back
 *   online, when the app starts, and every 30 s while anything waits. A refusal (an overlap, a
 *   closed month) marks it FAILED with the server's message; the person fixes or discards it.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  deleteEntry,
  entriesOf,
  putEntry,
  type QueuedEntry,
  type QueuedEntryInput,
} from './offline.db';
import { RefusedError, type OfflineTransport } from './offline.transport';

export const RETRY_MS = 30_000;

let lastSeq = 0;
/** Milliseconds since the epoch, made strictly increasing (two entries in one millisecond keep their order). */
function nextSeq(): number {
  lastSeq = Math.max(Date.now(), lastSeq + 1);
  return lastSeq;
}

export const useOfflineQueue = defineStore('offline-queue', () => {
  const items = ref<QueuedEntry[]>([]);
  const employeeId = ref<string | null>(null);
  const flushing = ref(false);
  let transport: OfflineTransport | null = null;
  let onSent: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const count = computed(() => items.value.length);
  const waiting = computed(() => items.value.filter((i) => i.status !== 'FAILED').length);
  const failed = computed(() => items.value.filter((i) => i.status === 'FAILED').length);

  async function reload(): Promise<void> {
    items.value = employeeId.value ? await entriesOf(employeeId.value) : [];
  }

  /**
   * Starts the queue for the signed-in employee (null: signed out, nothing is sent), with how to
   * reach the API and what to do after an entry is sent (refresh the day).
   */
  async function start(
    employee: string | null,
    how: OfflineTransport,
    afterSend: () => void = () => {},
  ): Promise<void> {
    employeeId.value = employee;
    transport = how;
    onSent = afterSend;
    await reload();
    if (timer === null && typeof setInterval === 'function')
      timer = setInterval(() => {
        if (waiting.value > 0) void flush();
      }, RETRY_MS);
    await flush();
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
    employeeId.value = null;
    items.value = [];
  }

  /** Keeps an entry on the device to be sent later; its client id. */
  async function enqueueEntry(
    input: QueuedEntryInput,
    photos: Blob[] = [],
    itemName: string | null = null,
  ): Promise<string> {
    if (!employeeId.value) throw new Error('The offline queue is not started (no session).');
    const entry: QueuedEntry = {
      clientId: crypto.randomUUID(),
      employeeId: employeeId.value,
      input: { ...input },
      itemName,
      photos: photos.map((blob, i) => ({
        name: blob instanceof File ? blob.name : `foto-${i + 1}.${extension(blob.type)}`,
        type: blob.type,
        blob,
      })),
      evidenceIds: [],
      status: 'WAITING',
      error: null,
      attempts: 0,
      createdAt: new Date().toISOString(),
      seq: nextSeq(),
    };
    await putEntry(entry);
    await reload();
    if (isOnline()) void flush();
    return entry.clientId;
  }

  /** Sends what waits (one flush at a time); returns how many entries were sent. */
  async function flush(): Promise<number> {
    if (flushing.value || !transport || !employeeId.value || !isOnline()) return 0;
    flushing.value = true;
    let sent = 0;
    try {
      for (const entry of await entriesOf(employeeId.value)) {
        if (entry.status === 'FAILED') continue;
        const outcome = await send(entry, transport);
        if (outcome === 'SENT') sent += 1;
        if (outcome === 'OFFLINE') break;
      }
    } finally {
      flushing.value = false;
      await reload();
    }
    if (sent > 0) onSent?.();
    return sent;
  }

  async function send(entry: QueuedEntry, how: OfflineTransport) {
    const update = async (changes: Partial<QueuedEntry>) => {
      Object.assign(entry, changes);
      await putEntry(entry);
      await reload();
    };
    await update({ status: 'SENDING', attempts: entry.attempts + 1 });
    try {
      while (entry.evidenceIds.length < entry.photos.length) {
        const id = await how.upload(entry.photos[entry.evidenceIds.length]!);
        await update({ evidenceIds: [...entry.evidenceIds, id] });
      }
      const { linkEvidenceIds = [], ...input } = entry.input;
      await how.log({
        ...input,
        clientId: entry.clientId,
        evidenceIds: [...linkEvidenceIds, ...entry.evidenceIds],
      });
      await deleteEntry(entry.clientId);
      return 'SENT' as const;
    } catch (error) {
      if (error instanceof RefusedError) {
        await update({ status: 'FAILED', error: error.message });
        return 'REFUSED' as const;
      }
      await update({ status: 'WAITING' });
      return 'OFFLINE' as const;
    }
  }

  /** Puts a refused entry back in line (after the cause was fixed elsewhere, e.g. an overlap). */
  async function retry(clientId: string): Promise<void> {
    const entry = items.value.find((i) => i.clientId === clientId);
    if (!entry) return;
    await putEntry({ ...structuredCloneEntry(entry), status: 'WAITING', error: null });
    await reload();
    void flush();
  }

  /** Drops an entry from the device (the person decided not to send it). */
  async function discard(clientId: string): Promise<void> {
    await deleteEntry(clientId);
    await reload();
  }

  return {
    items,
    count,
    waiting,
    failed,
    flushing,
    start,
    stop,
    enqueueEntry,
    flush,
    retry,
    discard,
  };
});

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function extension(type: string): string {
  return type === 'image/webp' ? 'webp' : type === 'image/png' ? 'png' : 'jpg';
}

/** A plain copy of a reactive entry (IndexedDB cannot store Vue proxies); Blobs are kept as they are. */
function structuredCloneEntry(entry: QueuedEntry): QueuedEntry {
  return {
    ...entry,
    input: { ...entry.input },
    photos: entry.photos.map((p) => ({ ...p })),
    evidenceIds: [...entry.evidenceIds],
  };
}
