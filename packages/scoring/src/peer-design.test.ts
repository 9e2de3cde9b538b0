import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appearances, balancedDesign, randomInt, seededRandom, shuffle } from './peer-design.js';

const ids = (n: number, prefix = 'e') =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, another for another seed, in [0, 1)', () => {
    const a = seededRandom('2026-11:dept-1');
    const b = seededRandom('2026-11:dept-1');
    const c = seededRandom('2026-11:dept-2');
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: each tenth holds 100 ± 40 of 1000 draws.
    const tenths = new Array<number>(10).fill(0);
    for (const x of xs) tenths[Math.floor(x * 10)]! += 1;
    for (const n of tenths) expect(Math.abs(n - 100)).toBeLessThan(40);
  });

  it('draws integers in range and shuffles into a permutation', () => {
    const random = seededRandom('x');
    for (let i = 0; i < 200; i++) {
      const v = randomInt(random, 7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
    }
    const items = ids(50);
    const shuffled = shuffle(items, random);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(shuffle([], random)).toEqual([]);
  });
});

describe('balancedDesign', () => {
  it('gives each of 300 members 12 distinct others and everyone appears exactly 12 times', () => {
    const members = ids(300);
    const design = balancedDesign(members, 12, 'seed-300');
    expect([...design.keys()]).toEqual(members);
    for (const [id, others] of design) {
      expect(others).toHaveLength(12);
      expect(new Set(others).size).toBe(12);
      expect(others).not.toContain(id);
      for (const o of others) expect(design.has(o)).toBe(true);
    }
    expect(new Set(appearances(design).values())).toEqual(new Set([12]));
  });

  it('is reproducible from the seed and differs with another seed', () => {
    const members = ids(40);
    const a = balancedDesign(members, 12, 'stored-seed');
    expect(balancedDesign(members, 12, 'stored-seed')).toEqual(a);
    expect(balancedDesign(members, 12, 'other-seed')).not.toEqual(a);
  });

  it('does not depend on the order (or repeats) of the members given', () => {
    const members = ids(30);
    const a = balancedDesign(members, 5, 's');
    const b = balancedDesign([...members].reverse().concat(members.slice(0, 3)), 5, 's');
    expect(b).toEqual(a);
  });

  it('gives everyone everyone else in small groups (n ≤ k + 1)', () => {
    for (const n of [2, 5, 13]) {
      const members = ids(n);
      const design = balancedDesign(members, 12, `small-${n}`);
      for (const [id, others] of design) {
        expect([...others].sort()).toEqual(members.filter((m) => m !== id));
      }
    }
    expect(balancedDesign(['only'], 12, 's')).toEqual(new Map([['only', []]]));
    expect(balancedDesign([], 12, 's')).toEqual(new Map());
    expect(balancedDesign(ids(5), 0, 's')).toEqual(new Map(ids(5).map((id) => [id, []])));
  });

  it('counts appearances of listed ids that are not members too', () => {
    expect(
      appearances(
        new Map([
          ['a', ['b', 'z']],
          ['b', []],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
        ['z', 1],
      ]),
    );
  });

  it('refuses a negative or fractional size', () => {
    expect(() => balancedDesign(ids(3), -1, 's')).toThrow(RangeError);
    expect(() => balancedDesign(ids(3), 1.5, 's')).toThrow(RangeError);
  });

  it('relabels consistently: an order-preserving renaming of the members renames the design', () => {
    const members = ids(25);
    const renamed = ids(25, 'x');
    const rename = new Map(members.map((id, i) => [id, renamed[i] as string]));
    const a = balancedDesign(members, 6, 'relabel');
    const b = balancedDesign(renamed, 6, 'relabel');
    for (const [id, others] of a) {
      expect(b.get(rename.get(id) as string)).toEqual(others.map((o) => rename.get(o)));
    }
  });

  it('is balanced, self-free and distinct for any group size, size and seed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 15 }),
        fc.string(),
        (n, size, seed) => {
          const design = balancedDesign(ids(n), size, seed);
          const k = Math.min(size, Math.max(0, n - 1));
          for (const [id, others] of design) {
            if (others.length !== k || new Set(others).size !== k || others.includes(id))
              return false;
          }
          return [...appearances(design).values()].every((c) => c === k);
        },
      ),
    );
  });

  it('spreads who meets whom: over many seeds every pair is drawn about equally often', () => {
    const members = ids(8);
    const pairs = new Map<string, number>();
    for (let s = 0; s < 400; s++) {
      for (const [id, others] of balancedDesign(members, 3, `s${s}`)) {
        for (const o of others) pairs.set(`${id}>${o}`, (pairs.get(`${id}>${o}`) ?? 0) + 1);
      }
    }
    // 400 draws × 3 of 7 others: each ordered pair about 171 times.
    expect(pairs.size).toBe(56);
    for (const n of pairs.values()) expect(Math.abs(n - 171)).toBeLessThan(60);
  });
});
