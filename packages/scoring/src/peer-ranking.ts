/**
 * Monthly peer ranking: each employee ranks up to 12 coworkers of their peer group from best to
 * worst and names the best performer. The rankings are pooled into one strength per person with a
 * Plackett–Luce model fitted by Hunter's (2004) MM algorithm ("MM algorithms for generalized
 * Bradley–Terry models", Ann. Statist. 32(1)), and checked for suspicious patterns.
 *
 * Prior: every person plays `priorStrength` virtual wins and `priorStrength` virtual losses against
 * a virtual reference player of strength 1 (two pairwise pseudo-rankings, one each way). This
 * shrinks people ranked only a few times towards the reference, and makes the fit exist when
 * someone always wins or always loses. The fit is done on the reference's scale; strengths are then
 * rescaled so their geometric mean is 1, and `referenceStrength` is where the reference (and anyone
 * never ranked, who only meets the reference) lands on that scale — 1 when the group is balanced,
 * close to 1 otherwise.
 *
 * Pure and deterministic: no randomness, no I/O.
 */

export interface PeerRanking {
  raterId: string;
  /** Coworkers from best to worst. Unknown ids and repeats (after the first) are ignored. */
  ordered: readonly string[];
  /** The coworker named best performer, if any. */
  best?: string | null;
}

export interface PeerRankingInput {
  /** The peer group. Repeated ids are counted once. */
  people: readonly string[];
  rankings: readonly PeerRanking[];
  /** Virtual wins and losses per person against the reference player (> 0, default 1). */
  priorStrength?: number;
  /** At least 1, default 100,000 (MM is slow when the prior is very weak). */
  maxIterations?: number;
  /** Stop when no log-strength moves by more than this in an iteration (> 0, default 1e-12). */
  tolerance?: number;
}

export interface PeerStrength {
  id: string;
  /** Plackett–Luce worth, > 0; the group's geometric mean is 1. */
  strength: number;
  logStrength: number;
  /**
   * Approximate standard error of logStrength: 1 / √(observed information), using only the
   * diagonal of the observed Fisher information of the log-likelihood plus the prior (so it
   * ignores the covariance between people and the normalisation).
   */
  standardError: number;
  /** 100 × (people with a lower strength + half of those tied, oneself included) / group size. */
  percentile: number;
  /** Rankings (with at least 2 known people) that included this person. */
  timesRanked: number;
  /** Rankings naming this person best performer. */
  bestVotes: number;
}

export interface PlackettLuceFit {
  /** Sorted by strength descending, then id. */
  people: PeerStrength[];
  /** The virtual reference player's strength on the normalised scale. */
  referenceStrength: number;
  iterations: number;
  converged: boolean;
}

export type PeerRankingFlag =
  | { kind: 'MUTUAL_BEST'; raterIds: [string, string] }
  | { kind: 'DISSENTING_RATER'; raterIds: [string]; tau: number };

export const DEFAULT_PRIOR_STRENGTH = 1;
export const DEFAULT_MAX_ITERATIONS = 100_000;
export const DEFAULT_TOLERANCE = 1e-12;
/** A rater is dissenting when Kendall's tau against the consensus is at or below this… */
export const DISSENT_TAU_THRESHOLD = -0.3;
/** …and their ranking has at least this many known people. */
export const DISSENT_MIN_PEOPLE = 4;

/** Log-strengths closer than this count as tied (percentiles, Kendall's tau). */
const TIE_TOLERANCE = 1e-9;

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function checkOption(name: string, value: number, valid: boolean): void {
  if (!valid) throw new RangeError(`${name} is out of range, got ${value}`);
}

/** Indices of the known people of a ranking, in order, each once. */
function knownIndices(ordered: readonly string[], index: ReadonlyMap<string, number>): number[] {
  const seen = new Set<number>();
  for (const id of ordered) {
    const i = index.get(id);
    if (i !== undefined) seen.add(i);
  }
  return [...seen];
}

/** at(i) for arrays whose index is known to be in range (noUncheckedIndexedAccess). */
function at(values: readonly number[], i: number): number {
  return values[i] as number;
}

/** Sums over the choice stages of each ranking: Σ 1/S and Σ 1/S² for the stages containing i. */
function stageSums(rankings: readonly number[][], gamma: readonly number[]) {
  const inverse = new Array<number>(gamma.length).fill(0);
  const inverseSquared = new Array<number>(gamma.length).fill(0);
  for (const ranking of rankings) {
    const m = ranking.length;
    const suffix = new Array<number>(m);
    let total = 0;
    for (let p = m - 1; p >= 0; p--) {
      total += at(gamma, at(ranking, p));
      suffix[p] = total;
    }
    // Stage t chooses position t among positions t..m-1; the last position is no choice.
    let cumulative = 0;
    let cumulativeSquared = 0;
    for (let p = 0; p < m; p++) {
      if (p < m - 1) {
        const s = at(suffix, p);
        cumulative += 1 / s;
        cumulativeSquared += 1 / (s * s);
      }
      const i = at(ranking, p);
      inverse[i] = at(inverse, i) + cumulative;
      inverseSquared[i] = at(inverseSquared, i) + cumulativeSquared;
    }
  }
  return { inverse, inverseSquared };
}

/** Fits strengths to the rankings (see the module comment for the model and prior). */
export function fitPlackettLuce(input: PeerRankingInput): PlackettLuceFit {
  const prior = input.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  const maxIterations = input.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  checkOption('priorStrength', prior, Number.isFinite(prior) && prior > 0);
  checkOption(
    'maxIterations',
    maxIterations,
    Number.isSafeInteger(maxIterations) && maxIterations >= 1,
  );
  checkOption('tolerance', tolerance, Number.isFinite(tolerance) && tolerance > 0);

  const ids = [...new Set(input.people)];
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));

  const rankings: number[][] = [];
  const wins = new Array<number>(n).fill(prior);
  const timesRanked = new Array<number>(n).fill(0);
  const bestVotes = new Array<number>(n).fill(0);
  for (const ranking of input.rankings) {
    const best = index.get(ranking.best ?? '');
    if (best !== undefined) bestVotes[best] = at(bestVotes, best) + 1;
    const known = knownIndices(ranking.ordered, index);
    if (known.length < 2) continue;
    rankings.push(known);
    known.forEach((i, p) => {
      timesRanked[i] = at(timesRanked, i) + 1;
      if (p < known.length - 1) wins[i] = at(wins, i) + 1;
    });
  }

  // Hunter's MM update against the reference of strength 1:
  // γᵢ ← wᵢ / (Σ_stages∋i 1/S + 2·prior/(γᵢ + 1)), with wᵢ counting the prior's virtual wins.
  let gamma = new Array<number>(n).fill(1);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const { inverse } = stageSums(rankings, gamma);
    let maxChange = 0;
    gamma = gamma.map((g, i) => {
      const next = at(wins, i) / (at(inverse, i) + (2 * prior) / (g + 1));
      maxChange = Math.max(maxChange, Math.abs(Math.log(next / g)));
      return next;
    });
    converged = maxChange <= tolerance;
  }

  // Observed information of log γᵢ: Σ p(1 − p) over its stages (p = γᵢ/S), plus the prior's
  // 2·prior·q(1 − q) with q = γᵢ/(γᵢ + 1).
  const { inverse, inverseSquared } = stageSums(rankings, gamma);
  const logs = gamma.map((g) => Math.log(g));
  const shift = n === 0 ? 0 : logs.reduce((a, b) => a + b, 0) / n;

  const people = ids.map((id, i): PeerStrength => {
    const g = at(gamma, i);
    const q = g / (g + 1);
    const information =
      g * at(inverse, i) - g * g * at(inverseSquared, i) + 2 * prior * q * (1 - q);
    const logStrength = at(logs, i) - shift;
    let lower = 0;
    let tied = 0;
    for (const other of logs) {
      const difference = other - shift - logStrength;
      if (Math.abs(difference) <= TIE_TOLERANCE) tied++;
      else if (difference < 0) lower++;
    }
    return {
      id,
      strength: Math.exp(logStrength),
      logStrength,
      standardError: 1 / Math.sqrt(information),
      percentile: roundTo((100 * (lower + tied / 2)) / n, 2),
      timesRanked: at(timesRanked, i),
      bestVotes: at(bestVotes, i),
    };
  });
  people.sort((a, b) => b.strength - a.strength || compareIds(a.id, b.id));
  return { people, referenceStrength: Math.exp(-shift), iterations, converged };
}

/**
 * Kendall's tau-b between a rater's order (first = best) and the fitted log-strengths of the same
 * people; 0 when the fit ties them all.
 */
function kendallTau(logStrengths: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiedInFit = 0;
  for (let a = 0; a < logStrengths.length; a++) {
    for (let b = a + 1; b < logStrengths.length; b++) {
      const difference = at(logStrengths, a) - at(logStrengths, b);
      if (Math.abs(difference) <= TIE_TOLERANCE) tiedInFit++;
      else if (difference > 0) concordant++;
      else discordant++;
    }
  }
  const pairs = concordant + discordant + tiedInFit;
  const untied = pairs - tiedInFit;
  return untied === 0 ? 0 : (concordant - discordant) / Math.sqrt(pairs * untied);
}

/**
 * Suspicious patterns: pairs of raters naming each other best performer (each pair once, ids
 * sorted), then rankings of at least DISSENT_MIN_PEOPLE known people whose Kendall tau against the
 * fit is at or below DISSENT_TAU_THRESHOLD (one flag per such ranking, in input order).
 */
export function peerRankingFlags(input: PeerRankingInput, fit: PlackettLuceFit): PeerRankingFlag[] {
  const flags: PeerRankingFlag[] = [];

  const picks = new Map<string, Set<string>>();
  for (const r of input.rankings) {
    if (r.best == null || r.best === r.raterId) continue;
    const named = picks.get(r.raterId) ?? new Set<string>();
    picks.set(r.raterId, named.add(r.best));
  }
  const mutual: [string, string][] = [];
  for (const [a, named] of picks) {
    for (const b of named) {
      if (a < b && picks.get(b)?.has(a)) mutual.push([a, b]);
    }
  }
  mutual.sort(([a1, b1], [a2, b2]) => compareIds(a1, a2) || compareIds(b1, b2));
  for (const raterIds of mutual) flags.push({ kind: 'MUTUAL_BEST', raterIds });

  const index = new Map(fit.people.map((p, i) => [p.id, i]));
  const logs = fit.people.map((p) => p.logStrength);
  for (const r of input.rankings) {
    const known = knownIndices(r.ordered, index).map((i) => at(logs, i));
    if (known.length < DISSENT_MIN_PEOPLE) continue;
    const tau = kendallTau(known);
    if (tau <= DISSENT_TAU_THRESHOLD + 1e-12) {
      flags.push({ kind: 'DISSENTING_RATER', raterIds: [r.raterId], tau: roundTo(tau, 3) });
    }
  }
  return flags;
}
