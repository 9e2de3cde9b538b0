/**
 * Where uploaded bytes live. The API talks to this interface only, so a deployment can swap the
 * local filesystem (local-storage.ts) for an S3-compatible object store without touching callers.
 * Keys are relative, slash-separated paths of safe segments, e.g. `<agency>/2026/11/<id>.thumb`.
 */
import type { Readable } from 'node:stream';

export interface StoredObject {
  /** The bytes; the caller must consume or destroy it. */
  stream: Readable;
  size: number;
}

export interface Storage {
  /** Stores the whole object under `key`, replacing any; readers never see a partial object. */
  put(key: string, body: Buffer | Readable): Promise<void>;
  /** The object's bytes as a stream, or null when nothing is stored under `key`. */
  getStream(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Throws unless `key` is a relative path of safe segments (no `..`, no absolute paths). */
export function assertStorageKey(key: string): void {
  const segments = key.split('/');
  if (!key || segments.some((s) => !SEGMENT.test(s) || s.includes('..')))
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
