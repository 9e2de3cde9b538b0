/**
 * Who rates or ranks whom: a balanced random design, reproducible from a stored seed (rules.md,
 * "The 360° behaviour review": 12 coworkers for the peer ranking, 3 peers of the unit for the 360°
 * review).
 *
 * Design: the members are sorted (so the order they are given in does not matter) and laid on a
 * circle in a random order; k distinct offsets are drawn from 1 … n − 1, and each member is given
 * the members at those offsets after them. Each member then gets k distinct others, never
 * themselves, and appears in exactly k assignments (once per offset): the load is perfectly
 * balanced. With n ≤ k + 1 everyone gets everyone else. Each member's list is shuffled too, so its
 * order reveals nothing.
 *
 * The randomness is a seeded PRNG (sfc32 seeded by cyrb128 of the seed string): the same seed and
 * members always give the same design. Pure: the caller draws and stores the seed.
 */

/** A deterministic generator of numbers uniform in [0, 1). */
export type Random = () => number;

/** cyrb128: four 32-bit hashes of a string (seeds sfc32). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A seeded PRNG (sfc32): the same seed string gives the same sequence. */
export function seededRandom(seed: string): Random {
  let [a, b, c, d] = cyrb128(seed);
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next(); // let the state mix before use
  return next;
}

/** An integer uniform in 0 … n − 1 (n ≥ 1). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * For each member, `size` others (fewer when the group is smaller: min(size, n − 1)), drawn by the
 * balanced design above from `seed`. Repeated ids count once; every member is a key of the result.
 */
export function balancedDesign(
  memberIds: readonly string[],
  size: number,
  seed: string,
): Map<string, string[]> {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`size must be a non-negative integer, got ${size}`);
  }
  // Distinct ids, in UTF-16 code-unit order (the default sort of strings).
  const members = [...new Set(memberIds)].sort();
  const n = members.length;
  const k = Math.min(size, Math.max(0, n - 1));
  const random = seededRandom(seed);
  const circle = shuffle(members, random);
  const offsets = shuffle(
    Array.from({ length: Math.max(0, n - 1) }, (_, i) => i + 1),
    random,
  ).slice(0, k);
  const design = new Map<string, string[]>();
  circle.forEach((id, i) => {
    const others = offsets.map((d) => circle[(i + d) % n] as string);
    design.set(id, shuffle(others, random));
  });
  return new Map(members.map((id) => [id, design.get(id) as string[]]));
}

/**
 * How many times each member appears in the others' lists (a check of the balance); ids listed but
 * not members are counted too.
 */
export function appearances(design: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>([...design.keys()].map((id) => [id, 0]));
  for (const others of design.values()) {
    for (const id of others) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
