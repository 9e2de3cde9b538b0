import { describe, expect, it } from 'vitest';
import { anyBelowThreshold, kindView, type KindSummary } from './raterKinds';

const kind = (over: Partial<KindSummary>): KindSummary => ({
  kind: 'PEER',
  count: 3,
  score: 82.86,
  shown: true,
  counted: true,
  effectiveWeight: 50,
  ...over,
});

describe('kindView', () => {
  it('shows a score the server shows', () => {
    expect(kindView(kind({}), 3)).toEqual({ state: 'shown', score: 82.86 });
    expect(kindView(kind({ kind: 'SELF', count: 1, counted: false }), 3).state).toBe('shown');
  });

  it('explains peers and subordinates hidden below the anonymity threshold', () => {
    const peers = kind({ count: 2, score: null, shown: false, counted: false });
    expect(kindView(peers, 3)).toEqual({ state: 'belowThreshold', count: 2, min: 3 });
    const subs = kind({ kind: 'SUBORDINATE', count: 1, score: null, shown: false });
    expect(kindView(subs, 3)).toEqual({ state: 'belowThreshold', count: 1, min: 3 });
    expect(anyBelowThreshold([kind({}), peers], 3)).toBe(true);
    expect(anyBelowThreshold([kind({})], 3)).toBe(false);
  });

  it('tells nobody rated apart from hidden for another reason', () => {
    expect(kindView(kind({ kind: 'SUPERVISOR', count: 0, score: null, shown: false }), 3)).toEqual({
      state: 'none',
    });
    expect(kindView(kind({ kind: 'SUPERVISOR', count: 1, score: null, shown: false }), 3)).toEqual({
      state: 'hidden',
      count: 1,
    });
  });
});
