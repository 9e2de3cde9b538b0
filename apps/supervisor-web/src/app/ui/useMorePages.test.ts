import { describe, expect, it } from 'vitest';
import { appendEdges } from './useMorePages';

describe('appendEdges', () => {
  it('appends the next page’s edges, keeping the new page info and count', () => {
    const previous = {
      auditEvents: {
        edges: [{ id: 1 }, { id: 2 }],
        pageInfo: { endCursor: 'b', hasNextPage: true },
      },
    };
    const next = {
      auditEvents: { edges: [{ id: 3 }], pageInfo: { endCursor: 'c', hasNextPage: false } },
    };
    expect(appendEdges('auditEvents')(previous, { fetchMoreResult: next })).toEqual({
      auditEvents: {
        edges: [{ id: 1 }, { id: 2 }, { id: 3 }],
        pageInfo: { endCursor: 'c', hasNextPage: false },
      },
    });
  });
});
