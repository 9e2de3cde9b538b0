import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIOR_STRENGTH,
  fitPlackettLuce,
  peerRankingFlags,
  type PeerRanking,
  type PeerRankingInput,
  type PlackettLuceFit,
} from './peer-ranking.js';

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Simulation {
  input: PeerRankingInput;
  trueLog: Map<string, number>;
}

/** 30 people with log-strengths spread over [-1.5, 1.5]; each of 30 raters ranks 12 of them. */
function simulate(seed: number, people = 30, raters = 30, perRanking = 12): Simulation {
  const random = mulberry32(seed);
  const ids = Array.from({ length: people }, (_, k) => `p${String(k).padStart(2, '0')}`);
  const trueLog = new Map(ids.map((id, k) => [id, -1.5 + (3 * k) / (people - 1)]));
  const rankings: PeerRanking[] = Array.from({ length: raters }, (_, r) => {
    const drawn = shuffled(ids, random).slice(0, perRanking);
    // Plackett–Luce sampling via the Gumbel trick: sort by log-strength + Gumbel noise.
    const keyed = drawn.map((id) => ({
      id,
      key: (trueLog.get(id) as number) - Math.log(-Math.log(random() || 1e-12)),
    }));
    keyed.sort((a, b) => b.key - a.key);
    return { raterId: `r${r}`, ordered: keyed.map((k) => k.id), best: keyed[0]?.id ?? null };
  });
  return { input: { people: ids, rankings }, trueLog };
}

function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    for (let k = start; k <= end; k++) ranks[(order[k] as { i: number }).i] = (start + end) / 2;
    start = end + 1;
  }
  return ranks;
}

function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  rx.forEach((x, i) => {
    const y = ry[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

function byId(fit: PlackettLuceFit) {
  return new Map(fit.people.map((p) => [p.id, p]));
}

function person(fit: PlackettLuceFit, id: string) {
  const found = byId(fit).get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function correlationWith(fit: PlackettLuceFit, truth: ReadonlyMap<string, number>): number {
  const ids = [...truth.keys()];
  return spearman(
    ids.map((id) => truth.get(id) as number),
    ids.map((id) => person(fit, id).logStrength),
  );
}

describe('fitPlackettLuce — recovering a known order', () => {
  it.each([1, 2, 3, 42])('seed %i: Spearman of fitted vs true strengths > 0.8', (seed) => {
    const { input, trueLog } = simulate(seed);
    const fit = fitPlackettLuce(input);
    expect(fit.converged).toBe(true);
    expect(correlationWith(fit, trueLog)).toBeGreaterThan(0.8);
  });

  it('normalises strengths to a geometric mean of 1 and sorts them descending', () => {
    const fit = fitPlackettLuce(simulate(7).input);
    const meanLog = fit.people.reduce((a, p) => a + p.logStrength, 0) / fit.people.length;
    expect(meanLog).toBeCloseTo(0, 12);
    for (let k = 1; k < fit.people.length; k++) {
      expect(fit.people[k - 1]!.strength).toBeGreaterThanOrEqual(fit.people[k]!.strength);
    }
    for (const p of fit.people) expect(p.strength).toBeCloseTo(Math.exp(p.logStrength), 12);
  });

  it('counts times ranked and best votes', () => {
    const { input } = simulate(5);
    const fit = fitPlackettLuce(input);
    const total = fit.people.reduce((a, p) => a + p.timesRanked, 0);
    expect(total).toBe(30 * 12);
    expect(fit.people.reduce((a, p) => a + p.bestVotes, 0)).toBe(30);
  });

  it('is deterministic', () => {
    const { input } = simulate(9);
    expect(fitPlackettLuce(input)).toEqual(fitPlackettLuce(input));
  });
});

describe('fitPlackettLuce — invariance and stability', () => {
  it('gives the same strengths per person when ids are renamed and reordered', () => {
    const { input } = simulate(11);
    const base = fitPlackettLuce(input);
    const rename = (id: string) => `emp-${id.split('').reverse().join('')}`;
    const random = mulberry32(99);
    const renamed: PeerRankingInput = {
      people: shuffled(input.people.map(rename), random),
      rankings: shuffled(
        input.rankings.map((r) => ({ ...r, ordered: r.ordered.map(rename) })),
        random,
      ),
    };
    const fit = byId(fitPlackettLuce(renamed));
    for (const p of base.people) {
      const q = fit.get(rename(p.id))!;
      expect(Math.abs(q.strength - p.strength)).toBeLessThan(1e-9);
      expect(q.percentile).toBe(p.percentile);
    }
  });

  it('property: permuting people and rankings does not change any strength', () => {
    const { input } = simulate(13, 10, 12, 5);
    const base = byId(fitPlackettLuce(input));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const random = mulberry32(seed);
        const fit = fitPlackettLuce({
          people: shuffled(input.people, random),
          rankings: shuffled(input.rankings, random),
        });
        for (const p of fit.people) {
          expect(Math.abs(p.strength - base.get(p.id)!.strength)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 50 },
    );
  });

  it.each([1, 4, 8])('seed %i: dropping 20% of rankings keeps Spearman > 0.7', (seed) => {
    const { input } = simulate(seed);
    const full = fitPlackettLuce(input);
    const random = mulberry32(seed + 1000);
    const kept = shuffled(input.rankings, random).slice(0, input.rankings.length * 0.8);
    const partial = fitPlackettLuce({ ...input, rankings: kept });
    const fullLog = new Map(full.people.map((p) => [p.id, p.logStrength]));
    expect(correlationWith(partial, fullLog)).toBeGreaterThan(0.7);
  });
});

describe('fitPlackettLuce — the prior', () => {
  const { input } = simulate(21);
  const once: PeerRankingInput = {
    people: [...input.people, 'newcomer', 'last'],
    rankings: [
      ...input.rankings,
      { raterId: 'r-extra', ordered: ['newcomer', 'p29', 'p15', 'p00'] },
      { raterId: 'r-extra2', ordered: ['p00', 'p01', 'last'] },
    ],
  };

  it.each(['newcomer', 'last'])('someone ranked once (%s) is not pushed to an extreme', (id) => {
    const weakFit = fitPlackettLuce({ ...once, priorStrength: 0.01 });
    expect(weakFit.converged).toBe(true);
    const weak = person(weakFit, id);
    const withPrior = person(fitPlackettLuce(once), id);
    expect(withPrior.timesRanked).toBe(1);
    expect(Math.abs(withPrior.logStrength)).toBeLessThan(Math.abs(weak.logStrength));
    expect(Math.abs(withPrior.logStrength)).toBeLessThan(2);
    expect(withPrior.standardError).toBeGreaterThan(
      person(fitPlackettLuce(once), 'p15').standardError,
    );
  });

  it('someone always winning or losing still has a finite fit', () => {
    const fit = fitPlackettLuce({
      people: ['a', 'b', 'c'],
      rankings: [
        { raterId: 'x', ordered: ['a', 'b', 'c'] },
        { raterId: 'y', ordered: ['a', 'c', 'b'] },
      ],
    });
    expect(fit.converged).toBe(true);
    expect(fit.people.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(person(fit, 'b').strength).toBeCloseTo(person(fit, 'c').strength, 9);
    for (const p of fit.people) expect(Number.isFinite(p.strength) && p.strength > 0).toBe(true);
  });

  it('a stronger prior pulls strengths together', () => {
    const spread = (fit: PlackettLuceFit) =>
      fit.people[0]!.logStrength - fit.people.at(-1)!.logStrength;
    expect(spread(fitPlackettLuce({ ...input, priorStrength: 10 }))).toBeLessThan(
      spread(fitPlackettLuce(input)),
    );
  });

  it('someone never ranked gets strength 1 (balanced group) and a consistent percentile', () => {
    // Pairwise A > B, B > C, A > C is symmetric (A ↔ C, reversed), so the geometric mean is the
    // reference's level and the unranked person sits exactly at 1, tied with B.
    const fit = fitPlackettLuce({
      people: ['ghost', 'A', 'B', 'C'],
      rankings: [
        { raterId: 'x', ordered: ['A', 'B'] },
        { raterId: 'y', ordered: ['B', 'C'] },
        { raterId: 'z', ordered: ['A', 'C'] },
      ],
    });
    const ghost = person(fit, 'ghost');
    expect(ghost.strength).toBeCloseTo(1, 9);
    expect(fit.referenceStrength).toBeCloseTo(1, 9);
    expect(ghost.timesRanked).toBe(0);
    expect(ghost.percentile).toBe(50);
    expect(person(fit, 'B').percentile).toBe(50);
    expect(person(fit, 'A').percentile).toBe(87.5);
    expect(person(fit, 'C').percentile).toBe(12.5);
    expect(ghost.standardError).toBeCloseTo(Math.sqrt(2 / DEFAULT_PRIOR_STRENGTH), 9);
  });

  it('someone never ranked sits at the reference level in any group', () => {
    const { input: sim } = simulate(31);
    const fit = fitPlackettLuce({ ...sim, people: [...sim.people, 'ghost'] });
    const ghost = person(fit, 'ghost');
    expect(ghost.strength).toBeCloseTo(fit.referenceStrength, 9);
    expect(Math.abs(Math.log(ghost.strength))).toBeLessThan(0.2);
    const lower = fit.people.filter((p) => p.strength < ghost.strength - 1e-9).length;
    expect(ghost.percentile).toBeCloseTo((100 * (lower + 0.5)) / fit.people.length, 2);
  });

  it('with no rankings at all everyone is 1, tied at the 50th percentile, sorted by id', () => {
    const fit = fitPlackettLuce({ people: ['c', 'a', 'b'], rankings: [], priorStrength: 2 });
    expect(fit.people.map((p) => [p.id, p.strength, p.percentile])).toEqual([
      ['a', 1, 50],
      ['b', 1, 50],
      ['c', 1, 50],
    ]);
    expect(fit.people[0]!.standardError).toBeCloseTo(1, 12);
  });
});

describe('fitPlackettLuce — input handling', () => {
  it('ignores unknown ids, repeats, and rankings with fewer than 2 known people', () => {
    const fit = fitPlackettLuce({
      people: ['a', 'b', 'c', 'a'],
      rankings: [
        { raterId: 'x', ordered: ['a', 'zz', 'b', 'a'], best: 'a' },
        { raterId: 'y', ordered: ['c', 'zz'], best: 'c' },
        { raterId: 'z', ordered: [], best: 'nobody' },
        { raterId: 'w', ordered: ['b', 'c'], best: null },
        { raterId: 'v', ordered: ['b', 'c'] },
      ],
    });
    expect(fit.people).toHaveLength(3);
    const a = person(fit, 'a');
    const c = person(fit, 'c');
    expect([a.timesRanked, person(fit, 'b').timesRanked, c.timesRanked]).toEqual([1, 3, 2]);
    // A best-performer pick counts even when the order beside it is too short to fit.
    expect([a.bestVotes, c.bestVotes]).toEqual([1, 1]);
    expect(fit.people.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('fits an empty group', () => {
    expect(fitPlackettLuce({ people: [], rankings: [] })).toEqual({
      people: [],
      referenceStrength: 1,
      iterations: 1,
      converged: true,
    });
  });

  it('reports when it stops before converging', () => {
    const fit = fitPlackettLuce({ ...simulate(3).input, maxIterations: 1 });
    expect(fit).toMatchObject({ iterations: 1, converged: false });
  });

  it('honours a looser tolerance with fewer iterations', () => {
    const { input } = simulate(3);
    expect(fitPlackettLuce({ ...input, tolerance: 1e-3 }).iterations).toBeLessThan(
      fitPlackettLuce(input).iterations,
    );
  });

  it.each([
    ['priorStrength', { priorStrength: 0 }],
    ['priorStrength', { priorStrength: -1 }],
    ['priorStrength', { priorStrength: Number.NaN }],
    ['priorStrength', { priorStrength: Number.POSITIVE_INFINITY }],
    ['maxIterations', { maxIterations: 0 }],
    ['maxIterations', { maxIterations: 2.5 }],
    ['tolerance', { tolerance: 0 }],
    ['tolerance', { tolerance: Number.NaN }],
  ] as const)('rejects a bad %s (%o)', (name, options) => {
    expect(() => fitPlackettLuce({ people: ['a'], rankings: [], ...options })).toThrow(
      new RegExp(`^${name} is out of range`),
    );
  });

  it('property: strengths positive and finite, percentiles in [0, 100]', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const ranking = fc.record({
      raterId: fc.constantFrom(...ids),
      ordered: fc.array(fc.constantFrom(...ids, 'unknown'), { maxLength: 8 }),
      best: fc.option(fc.constantFrom(...ids), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 }),
        fc.array(ranking, { maxLength: 12 }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        (people, rankings, priorStrength) => {
          const fit = fitPlackettLuce({ people, rankings, priorStrength });
          expect(fit.people).toHaveLength(people.length);
          expect(fit.converged).toBe(true);
          let sumLog = 0;
          for (const p of fit.people) {
            expect(Number.isFinite(p.strength) && p.strength > 0).toBe(true);
            expect(Number.isFinite(p.standardError) && p.standardError > 0).toBe(true);
            expect(p.percentile).toBeGreaterThanOrEqual(0);
            expect(p.percentile).toBeLessThanOrEqual(100);
            sumLog += p.logStrength;
          }
          expect(sumLog / people.length).toBeCloseTo(0, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('peerRankingFlags', () => {
  const people = ['a', 'b', 'c', 'd', 'e', 'f'];
  const consensus = ['a', 'b', 'c', 'd', 'e', 'f'];
  const base: PeerRanking[] = [
    { raterId: 'a', ordered: ['b', 'c', 'd', 'e', 'f'] },
    { raterId: 'b', ordered: ['a', 'c', 'd', 'e', 'f'] },
    { raterId: 'c', ordered: consensus.filter((id) => id !== 'c') },
    { raterId: 'd', ordered: consensus.filter((id) => id !== 'd') },
    ...['g', 'h', 'i', 'j', 'k', 'l'].map((raterId) => ({ raterId, ordered: consensus })),
  ];

  function flagsFor(rankings: PeerRanking[]) {
    const input = { people, rankings };
    return peerRankingFlags(input, fitPlackettLuce(input));
  }

  it('finds nothing in an agreeing group', () => {
    expect(flagsFor(base)).toEqual([]);
  });

  it.each([
    ['a reversed order', ['f', 'e', 'd', 'c', 'b', 'a'], -1],
    ['a mostly reversed order', ['e', 'f', 'd', 'c', 'a', 'b'], -0.733],
    ['four reversed people', ['unknown', 'd', 'c', 'b', 'a'], -1],
  ] as const)('flags %s', (_, ordered, tau) => {
    expect(flagsFor([...base, { raterId: 'e', ordered }])).toEqual([
      { kind: 'DISSENTING_RATER', raterIds: ['e'], tau },
    ]);
  });

  it.each([
    ['three reversed people (too few)', ['c', 'b', 'a']],
    ['mild disagreement', ['b', 'a', 'c', 'd', 'f']],
    ['no order', []],
  ])('does not flag %s', (_, ordered) => {
    expect(flagsFor([...base, { raterId: 'e', ordered }])).toEqual([]);
  });

  it('gives tau 0 when the fit ties everyone a rater ranked', () => {
    // A Latin square: each person is in each position once, so the fit ties all four.
    const rankings = [
      { raterId: 'w', ordered: ['a', 'b', 'c', 'd'] },
      { raterId: 'x', ordered: ['b', 'c', 'd', 'a'] },
      { raterId: 'y', ordered: ['c', 'd', 'a', 'b'] },
      { raterId: 'z', ordered: ['d', 'a', 'b', 'c'] },
    ];
    const input = { people: ['a', 'b', 'c', 'd'], rankings };
    const fit = fitPlackettLuce(input);
    expect(fit.people.every((p) => Math.abs(p.logStrength) < 1e-9)).toBe(true);
    expect(peerRankingFlags(input, fit)).toEqual([]);
  });

  it('flags mutual best-performer picks once per pair, ids sorted', () => {
    const flags = flagsFor([
      { raterId: 'b', ordered: [], best: 'a' },
      { raterId: 'a', ordered: [], best: 'b' },
      { raterId: 'a', ordered: [], best: 'b' }, // a repeated pick
      { raterId: 'c', ordered: [], best: 'a' }, // one-sided
      { raterId: 'd', ordered: [], best: 'f' },
      { raterId: 'f', ordered: [], best: 'd' },
      { raterId: 'a', ordered: [], best: 'd' }, // a also picks d, and d picks a
      { raterId: 'd', ordered: [], best: 'a' },
      { raterId: 'e', ordered: [], best: 'e' }, // a self-pick is no pair
      { raterId: 'e', ordered: [], best: null },
      { raterId: 'e', ordered: [] },
    ]);
    expect(flags).toEqual([
      { kind: 'MUTUAL_BEST', raterIds: ['a', 'b'] },
      { kind: 'MUTUAL_BEST', raterIds: ['a', 'd'] },
      { kind: 'MUTUAL_BEST', raterIds: ['d', 'f'] },
    ]);
  });

  it('lists mutual picks before dissenting raters', () => {
    const flags = flagsFor([
      ...base,
      { raterId: 'e', ordered: ['f', 'e', 'd', 'c', 'b', 'a'], best: 'f' },
      { raterId: 'f', ordered: [], best: 'e' },
    ]);
    expect(flags.map((f) => f.kind)).toEqual(['MUTUAL_BEST', 'DISSENTING_RATER']);
  });

  it('flags a reversed rater in a simulated group', () => {
    const { input } = simulate(17);
    const truth = [...input.people].reverse(); // p29 is strongest
    const dissenter = { raterId: 'troll', ordered: [...truth.slice(0, 12)].reverse() };
    const withTroll = { ...input, rankings: [...input.rankings, dissenter] };
    const flags = peerRankingFlags(withTroll, fitPlackettLuce(withTroll));
    expect(flags.filter((f) => f.kind === 'DISSENTING_RATER').map((f) => f.raterIds[0])).toContain(
      'troll',
    );
  });
});
