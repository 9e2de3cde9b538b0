/**
 * The device's queue of entries made without a network, in IndexedDB (kept across reloads and
 * restarts, never in the gallery): one record per entry, keyed by the client id the server will
 * see, with the photos as Blobs until they are uploaded.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface QueuedEntryInput {
  date: string;
  startTime: string;
  endTime: string;
  itemId: string;
  quantity: number;
  description: string | null;
  /** Link evidence stored before the network went (links are added online only): sent as is. */
  linkEvidenceIds?: string[];
}

export type QueueStatus = 'WAITING' | 'SENDING' | 'FAILED';

export interface QueuedEntry {
  clientId: string;
  /** The signed-in employee who made it: only they send it. */
  employeeId: string;
  input: QueuedEntryInput;
  /** The activity-bank item's name, to show while it waits. */
  itemName: string | null;
  photos: { name: string; type: string; blob: Blob }[];
  /** Evidence ids of photos already uploaded (a retry does not upload them again). */
  evidenceIds: string[];
  status: QueueStatus;
  /** The server's message when it refused the entry (status FAILED). */
  error: string | null;
  attempts: number;
  createdAt: string;
  /** Strictly increasing on this device: the order entries were made in (and are sent in). */
  seq: number;
}

interface OfflineSchema extends DBSchema {
  entries: { key: string; value: QueuedEntry; indexes: { byEmployee: string } };
}

const DB_NAME = 'kinerja-offline';
let db: Promise<IDBPDatabase<OfflineSchema>> | null = null;

function open(): Promise<IDBPDatabase<OfflineSchema>> {
  db ??= openDB<OfflineSchema>(DB_NAME, 1, {
    upgrade(database) {
      const store = database.createObjectStore('entries', { keyPath: 'clientId' });
      store.createIndex('byEmployee', 'employeeId');
    },
  });
  return db;
}

export async function putEntry(entry: QueuedEntry): Promise<void> {
  await (await open()).put('entries', entry);
}

export async function deleteEntry(clientId: string): Promise<void> {
  await (await open()).delete('entries', clientId);
}

/** An employee's queued entries, oldest first. */
export async function entriesOf(employeeId: string): Promise<QueuedEntry[]> {
  const all = await (await open()).getAllFromIndex('entries', 'byEmployee', employeeId);
  return all.sort((a, b) => a.seq - b.seq);
}

/** Closes the connection (tests delete the database between cases). */
export async function closeOfflineDb(): Promise<void> {
  if (db) (await db).close();
  db = null;
}
