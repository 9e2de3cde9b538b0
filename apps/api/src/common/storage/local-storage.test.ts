import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStorage } from './local-storage.js';

let root: string;
let storage: LocalStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kinerja-storage-'));
  storage = new LocalStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('LocalStorage', () => {
  it('puts, reads back, checks and deletes an object, creating folders as needed', async () => {
    const key = 'agency-1/2026/11/abc';
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Buffer.from('halo'));
    expect(await storage.exists(key)).toBe(true);
    const got = await storage.getStream(key);
    expect(got?.size).toBe(4);
    expect(await text(got!.stream)).toBe('halo');
    expect(await readFile(path.join(root, 'agency-1', '2026', '11', 'abc'), 'utf8')).toBe('halo');
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key); // missing: no error
    expect(await storage.getStream(key)).toBeNull();
  });

  it('writes streams and replaces atomically, leaving no temporary files', async () => {
    const key = 'a/b.thumb';
    await storage.put(key, Readable.from([Buffer.from('satu '), Buffer.from('dua')]));
    await storage.put(key, Buffer.from('tiga'));
    expect(await text((await storage.getStream(key))!.stream)).toBe('tiga');
    expect(await readdir(path.join(root, 'a'))).toEqual(['b.thumb']);
  });

  it('cleans up the temporary file when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('boom'));
      },
    });
    await expect(storage.put('c/d', failing)).rejects.toThrow('boom');
    expect(await readdir(path.join(root, 'c'))).toEqual([]);
  });

  it('refuses keys that could leave the root', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a//b', 'a/../b', '', 'a/.hidden']) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/invalid storage key/);
    }
  });
});
