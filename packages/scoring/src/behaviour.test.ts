import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BEHAVIOUR_VALUES,
  behaviourScore,
  kindWeights,
  raterScore,
  type BehaviourInput,
  type BehaviourRaterScores,
  type RaterKind,
} from './behaviour.js';

const WEIGHTS = {
  staff: { supervisor: 50, peer: 50 },
  lead: { supervisor: 50, peer: 30, subordinate: 20 },
  self: 0,
};

const all = (score: number) => BEHAVIOUR_VALUES.map(() => score);
const rating = (kind: RaterKind, scores: number[]): BehaviourRaterScores => ({ kind, scores });
const many = (kind: RaterKind, n: number, score: number) =>
  Array.from({ length: n }, () => rating(kind, all(score)));

const input = (ratings: BehaviourRaterScores[], lead = false, minRaters = 3): BehaviourInput => ({
  ratings,
  lead,
  weights: WEIGHTS,
  minRaters,
});

const kind = (r: ReturnType<typeof behaviourScore>, k: RaterKind) =>
  r.kinds.find((x) => x.kind === k)!;

describe('the seven values', () => {
  it('are the BerAKHLAK values in the order of rules.md', () => {
    expect(BEHAVIOUR_VALUES).toEqual([
      'SERVICE_ORIENTED',
      'ACCOUNTABLE',
      'COMPETENT',
      'HARMONIOUS',
      'LOYAL',
      'ADAPTIVE',
      'COLLABORATIVE',
    ]);
  });
});

describe('raterScore', () => {
  it('is the mean × 10 in hundredths, half up', () => {
    expect(raterScore(all(10))).toBe(10000);
    expect(raterScore(all(1))).toBe(1000);
    // (8+8+9+7+8+9+8) = 57 → 57/7 × 10 = 81.428… → 81.43
    expect(raterScore([8, 8, 9, 7, 8, 9, 8])).toBe(8143);
    // 53/7 × 10 = 75.714… → 75.71
    expect(raterScore([7, 8, 7, 8, 7, 8, 8])).toBe(7571);
  });

  it('refuses a rating without exactly seven integer scores of 1–10', () => {
    expect(() => raterScore([8, 8, 8])).toThrow(RangeError);
    expect(() => raterScore([0, 8, 8, 8, 8, 8, 8])).toThrow(RangeError);
    expect(() => raterScore([11, 8, 8, 8, 8, 8, 8])).toThrow(RangeError);
    expect(() => raterScore([7.5, 8, 8, 8, 8, 8, 8])).toThrow(RangeError);
  });
});

describe('kindWeights', () => {
  it('gives staff no subordinate weight and leads all three, in hundredths', () => {
    expect(kindWeights(WEIGHTS, false)).toEqual({
      SELF: 0,
      SUPERVISOR: 5000,
      PEER: 5000,
      SUBORDINATE: 0,
    });
    expect(kindWeights(WEIGHTS, true)).toEqual({
      SELF: 0,
      SUPERVISOR: 5000,
      PEER: 3000,
      SUBORDINATE: 2000,
    });
  });
});

describe('behaviourScore', () => {
  it('weighs a staff member supervisor 50, peers 50, self shown beside with weight 0', () => {
    const r = behaviourScore(
      input([rating('SUPERVISOR', all(9)), ...many('PEER', 3, 7), rating('SELF', all(10))]),
    );
    expect(r.score).toBe(8000);
    expect(kind(r, 'SUPERVISOR')).toMatchObject({
      count: 1,
      score: 9000,
      effectiveWeight: 5000,
      counted: true,
      shown: true,
    });
    expect(kind(r, 'PEER')).toMatchObject({ count: 3, score: 7000, counted: true, shown: true });
    expect(kind(r, 'SELF')).toMatchObject({
      count: 1,
      score: 10000,
      weight: 0,
      effectiveWeight: 0,
      counted: false,
      shown: true,
    });
    expect(kind(r, 'SUBORDINATE')).toMatchObject({ count: 0, score: null, shown: false });
    expect(r.values).toHaveLength(7);
    expect(r.values.every((v) => v.score === 8000)).toBe(true);
  });

  it('moves the peers’ weight to the supervisor and hides them below the threshold', () => {
    const r = behaviourScore(input([rating('SUPERVISOR', all(9)), ...many('PEER', 2, 5)]));
    expect(r.score).toBe(9000);
    expect(kind(r, 'PEER')).toMatchObject({
      count: 2,
      score: 5000,
      counted: false,
      shown: false,
      effectiveWeight: 0,
    });
    expect(kind(r, 'SUPERVISOR').effectiveWeight).toBe(10000);
    // With three, they count and are shown.
    const three = behaviourScore(input([rating('SUPERVISOR', all(9)), ...many('PEER', 3, 5)]));
    expect(three.score).toBe(7000);
    expect(kind(three, 'PEER').shown).toBe(true);
  });

  it('weighs a lead supervisor 50, peers 30, subordinates 20', () => {
    const r = behaviourScore(
      input(
        [rating('SUPERVISOR', all(10)), ...many('PEER', 3, 8), ...many('SUBORDINATE', 4, 5)],
        true,
      ),
    );
    // 0.5 × 100 + 0.3 × 80 + 0.2 × 50 = 84
    expect(r.score).toBe(8400);
    expect(r.kinds.map((k) => k.effectiveWeight)).toEqual([0, 5000, 3000, 2000]);
    // Too few subordinates: their 20 moves to the supervisor.
    const few = behaviourScore(
      input(
        [rating('SUPERVISOR', all(10)), ...many('PEER', 3, 8), ...many('SUBORDINATE', 2, 5)],
        true,
      ),
    );
    expect(few.score).toBe(9400);
    expect(kind(few, 'SUBORDINATE')).toMatchObject({ shown: false, counted: false });
  });

  it('renormalises over the kinds present when the supervisor did not rate', () => {
    const r = behaviourScore(input([...many('PEER', 3, 8), ...many('SUBORDINATE', 3, 6)], true));
    // (30 × 80 + 20 × 60) / 50 = 72
    expect(r.score).toBe(7200);
    expect(kind(r, 'PEER').effectiveWeight).toBe(6000);
    expect(kind(r, 'SUPERVISOR')).toMatchObject({ count: 0, counted: false, shown: false });
  });

  it('is null with no counted kind (no ratings, only self, or only hidden peers)', () => {
    expect(behaviourScore(input([]))).toEqual(expect.objectContaining({ score: null, values: [] }));
    expect(behaviourScore(input([rating('SELF', all(10))])).score).toBeNull();
    expect(behaviourScore(input(many('PEER', 2, 8))).score).toBeNull();
  });

  it('counts self with a positive self weight', () => {
    const r = behaviourScore({
      ...input([rating('SUPERVISOR', all(8)), ...many('PEER', 3, 8), rating('SELF', all(10))]),
      weights: { ...WEIGHTS, self: 10 },
    });
    // (50 × 80 + 50 × 80 + 10 × 100) / 110 = 81.818… → 81.82
    expect(r.score).toBe(8182);
    expect(kind(r, 'SELF')).toMatchObject({ counted: true, effectiveWeight: 909 });
  });

  it('gives staff’s subordinate ratings no weight, but shows them from the threshold', () => {
    const r = behaviourScore(input([rating('SUPERVISOR', all(8)), ...many('SUBORDINATE', 3, 2)]));
    expect(r.score).toBe(8000);
    expect(kind(r, 'SUBORDINATE')).toMatchObject({ counted: false, shown: true, score: 2000 });
  });

  it('scores each value with the same weights, from the exact means', () => {
    const r = behaviourScore(
      input([
        rating('SUPERVISOR', [10, 9, 8, 7, 6, 5, 4]),
        rating('PEER', [1, 2, 3, 4, 5, 6, 7]),
        rating('PEER', [2, 2, 3, 4, 5, 6, 7]),
        rating('PEER', [2, 2, 3, 4, 5, 6, 8]),
      ]),
    );
    // value 1: 0.5 × 100 + 0.5 × (5/3 × 10) = 58.333… → 58.33; value 7: 0.5 × 40 + 0.5 × 73.33… = 56.67
    expect(r.values[0]).toEqual({ value: 'SERVICE_ORIENTED', score: 5833 });
    expect(r.values[6]).toEqual({ value: 'COLLABORATIVE', score: 5667 });
    // supervisor 49/7 × 10 = 70; peers (28 + 29 + 30) / 21 × 10 = 41.428…; 0.5 each → 55.714… → 55.71
    expect(r.score).toBe(5571);
    expect(kind(r, 'PEER').score).toBe(4143);
  });

  it('refuses bad input', () => {
    expect(() => behaviourScore(input([], false, 0))).toThrow(RangeError);
    expect(() => behaviourScore(input([rating('PEER', [1, 2])]))).toThrow(RangeError);
    expect(() => behaviourScore(input([rating('BOSS' as RaterKind, all(5))]))).toThrow(RangeError);
    expect(() => behaviourScore({ ...input([]), weights: { ...WEIGHTS, self: -1 } })).toThrow(
      RangeError,
    );
  });

  const arbitraryRatings = fc.array(
    fc.record({
      kind: fc.constantFrom<RaterKind>('SELF', 'SUPERVISOR', 'PEER', 'SUBORDINATE'),
      scores: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 7, maxLength: 7 }),
    }),
    { maxLength: 12 },
  );

  it('stays within the counted kinds’ scores, and 10–100 (property)', () => {
    fc.assert(
      fc.property(arbitraryRatings, fc.boolean(), fc.integer({ min: 1, max: 4 }), (rs, lead, m) => {
        const r = behaviourScore(input(rs, lead, m));
        if (r.score === null) return r.kinds.every((k) => !k.counted);
        const counted = r.kinds.filter((k) => k.counted).map((k) => k.score as number);
        const weights = r.kinds.reduce((a, k) => a + k.effectiveWeight, 0);
        return (
          r.score >= Math.min(...counted) - 1 &&
          r.score <= Math.max(...counted) + 1 &&
          r.score >= 1000 &&
          r.score <= 10000 &&
          Math.abs(weights - 10000) <= 4
        );
      }),
    );
  });

  it('never shows or counts an anonymous kind below the threshold (property)', () => {
    fc.assert(
      fc.property(arbitraryRatings, fc.boolean(), fc.integer({ min: 1, max: 4 }), (rs, lead, m) => {
        const r = behaviourScore(input(rs, lead, m));
        return r.kinds
          .filter((k) => (k.kind === 'PEER' || k.kind === 'SUBORDINATE') && k.count < m)
          .every((k) => !k.shown && !k.counted);
      }),
    );
  });

  it('does not change when a hidden kind’s ratings change (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (sup, a, b) => {
          const one = behaviourScore(
            input([rating('SUPERVISOR', all(sup)), ...many('PEER', 2, a)]),
          );
          const two = behaviourScore(
            input([rating('SUPERVISOR', all(sup)), ...many('PEER', 2, b)]),
          );
          return one.score === two.score && one.score === sup * 1000;
        },
      ),
    );
  });
});
