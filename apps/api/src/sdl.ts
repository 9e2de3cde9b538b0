import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema.js';

/** Where the committed SDL lives. */
export const SDL_PATH = path.resolve(
  import.meta.dirname,
  '../../../packages/schema/schema.graphql',
);

const HEADER =
  '# Emitted from apps/api (type-graphql) by `npm run schema`. Do not edit by hand.\n\n';

/** The SDL of the code's schema, sorted so that it diffs cleanly. */
export async function currentSdl(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
