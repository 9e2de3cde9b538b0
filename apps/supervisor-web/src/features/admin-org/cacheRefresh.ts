import type { ApolloCache } from '@apollo/client/core';

/**
 * A mutation's `update` that drops root fields from the cache, so the pages showing them fetch
 * again (only those on screen: naming a query in refetchQueries warns when it is not active).
 */
export function evictRootFields(...fieldNames: string[]) {
  return (cache: ApolloCache<unknown>): void => {
    for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
    cache.gc();
  };
}
