/**
 * The committed typed documents (src/gql) are what codegen makes from the committed SDL and the
 * SPAs' current documents: a query that no longer fits the schema fails here, as does a stale file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from './codegen.js';

describe('codegen', () => {
  it('src/gql is up to date (run `npm run schema` after changing the API or a document)', async () => {
    process.chdir(import.meta.dirname);
    const files = (await generate({ ...config, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = await readFile(path.join(import.meta.dirname, file.filename), 'utf8');
      expect(committed, file.filename).toBe(file.content);
    }
  }, 60_000);
});
