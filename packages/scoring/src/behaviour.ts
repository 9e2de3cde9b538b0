/**
 * The 360° behaviour score (rules.md, "The 360° behaviour review"). Each rater gives the seven
 * BerAKHLAK values (national) a score of 1–10; a rater's score is their mean × 10 (0–100). The
 * raters of a person are of four kinds — SELF, SUPERVISOR, PEER, SUBORDINATE (the rater's relation
 * to the person rated) — and the behaviour score weighs the kinds' aggregates by the policy's
 * weights: staff (no direct reports) supervisor 50, peers 50; leads supervisor 50, peers 30,
 * subordinates 20; self 0 (shown beside).
 *
 * Decisions (where the rules are silent, or to protect anonymity):
 * - A kind's aggregate is the exact mean of its raters' exact scores (Σ value scores × 10 / 7 per
 *   rater), rounded half up to hundredths once; the behaviour score is computed from the exact
 *   aggregates and rounded once too.
 * - PEER and SUBORDINATE with fewer than `minRaters` raters are **never counted**: their weight
 *   moves to the supervisor, and their aggregate is not shown to the person rated (`shown` false).
 *   Counting them in any other way would let the person infer a single rater's score.
 * - With no supervisor rating (the top of the hierarchy, or the supervisor did not rate), the
 *   weights of the kinds that are counted are renormalised to 100 % (weight moved to the absent
 *   supervisor is lost with it). With no kind counted, the score is null (the report card then
 *   rates behaviour AS_EXPECTED, rules.md).
 * - SELF counts with the policy's self weight (0 by default: shown beside, never counted).
 * - A kind whose weight is 0 (e.g. subordinates of someone rated as staff) is not counted.
 * - Per-value scores use the same effective weights as the behaviour score, so the seven value
 *   scores average (up to rounding) to the behaviour score.
 *
 * Pure: no I/O.
 */
import { divideHalfUp, percentToHundredths, type Hundredths } from './rounding.js';

/** The seven BerAKHLAK values, in the order of rules.md (national). */
export const BEHAVIOUR_VALUES = [
  'SERVICE_ORIENTED', // Berorientasi Pelayanan
  'ACCOUNTABLE', // Akuntabel
  'COMPETENT', // Kompeten
  'HARMONIOUS', // Harmonis
  'LOYAL', // Loyal
  'ADAPTIVE', // Adaptif
  'COLLABORATIVE', // Kolaboratif
] as const;

export type BehaviourValueName = (typeof BEHAVIOUR_VALUES)[number];

/** The rater's relation to the person rated. */
export type RaterKind = 'SELF' | 'SUPERVISOR' | 'PEER' | 'SUBORDINATE';

export const RATER_KINDS: readonly RaterKind[] = ['SELF', 'SUPERVISOR', 'PEER', 'SUBORDINATE'];

/** Kinds whose raters are anonymous to the person rated, shown only from `minRaters` raters. */
export const ANONYMOUS_KINDS: readonly RaterKind[] = ['PEER', 'SUBORDINATE'];

export const MIN_VALUE_SCORE = 1;
export const MAX_VALUE_SCORE = 10;

/** Weights (percent) of the rater kinds, as the policy stores them. */
export interface BehaviourWeightSettings {
  staff: { supervisor: number; peer: number };
  lead: { supervisor: number; peer: number; subordinate: number };
  self: number;
}

export interface BehaviourRaterScores {
  kind: RaterKind;
  /** One score of 1–10 per value, in BEHAVIOUR_VALUES order. */
  scores: readonly number[];
}

export interface BehaviourInput {
  ratings: readonly BehaviourRaterScores[];
  /** Whether the person rated has direct reports (the lead weights apply). */
  lead: boolean;
  weights: BehaviourWeightSettings;
  /** Fewest PEER (or SUBORDINATE) raters for that kind to count and be shown (≥ 1). */
  minRaters: number;
}

export interface BehaviourKindSummary {
  kind: RaterKind;
  count: number;
  /** The kind's aggregate (mean rater score) in hundredths; null when no one of the kind rated. */
  score: Hundredths | null;
  /** The policy's weight of the kind for this person, in hundredths of a percent. */
  weight: Hundredths;
  /** The weight it has in the score after moves and renormalisation (hundredths, half up). */
  effectiveWeight: Hundredths;
  /** Whether it counts in the behaviour score. */
  counted: boolean;
  /** Whether the person rated may see its aggregate (anonymous kinds: from minRaters raters). */
  shown: boolean;
}

export interface BehaviourValueScore {
  value: BehaviourValueName;
  score: Hundredths;
}

export interface BehaviourResult {
  /** The behaviour score in hundredths (0–10000), or null when no kind counts. */
  score: Hundredths | null;
  /** Per value, weighted as the score is; empty when the score is null. */
  values: BehaviourValueScore[];
  /** One entry per rater kind, in RATER_KINDS order. */
  kinds: BehaviourKindSummary[];
}

function assertScores(scores: readonly number[]): void {
  if (scores.length !== BEHAVIOUR_VALUES.length) {
    throw new RangeError(`a rating has ${BEHAVIOUR_VALUES.length} scores, got ${scores.length}`);
  }
  for (const s of scores) {
    if (!Number.isInteger(s) || s < MIN_VALUE_SCORE || s > MAX_VALUE_SCORE) {
      throw new RangeError(`a value score is an integer from 1 to 10, got ${s}`);
    }
  }
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** One rater's score: the mean of the seven value scores × 10, in hundredths (half up). */
export function raterScore(scores: readonly number[]): Hundredths {
  assertScores(scores);
  return Number(divideHalfUp(BigInt(sum(scores)) * 1000n, BigInt(BEHAVIOUR_VALUES.length)));
}

/** The policy's weight of each kind for a staff member or a lead, in hundredths of a percent. */
export function kindWeights(
  weights: BehaviourWeightSettings,
  lead: boolean,
): Record<RaterKind, Hundredths> {
  const w = (name: string, value: number) => percentToHundredths(name, value);
  return lead
    ? {
        SELF: w('self', weights.self),
        SUPERVISOR: w('lead.supervisor', weights.lead.supervisor),
        PEER: w('lead.peer', weights.lead.peer),
        SUBORDINATE: w('lead.subordinate', weights.lead.subordinate),
      }
    : {
        SELF: w('self', weights.self),
        SUPERVISOR: w('staff.supervisor', weights.staff.supervisor),
        PEER: w('staff.peer', weights.staff.peer),
        SUBORDINATE: 0,
      };
}

interface KindTotals {
  count: number;
  /** Σ over raters of each value's score. */
  perValue: number[];
}

/**
 * Σ_k w_k × (Σ_r x_r × 1000 / (7 n_k)) / W, i.e. the weighted mean of the kinds' exact means of
 * `x` (a rater's sum of seven scores, or 7 × one value's score) in hundredths, rounded half up.
 */
function weightedMean(
  parts: readonly { weight: number; total: number; count: number }[],
  valuesPerRater: number,
): Hundredths {
  const denominator = parts.reduce((l, p) => l * BigInt(p.count), 1n);
  let numerator = 0n;
  let totalWeight = 0n;
  for (const p of parts) {
    numerator += BigInt(p.weight) * BigInt(p.total) * 1000n * (denominator / BigInt(p.count));
    totalWeight += BigInt(p.weight);
  }
  return Number(divideHalfUp(numerator, denominator * totalWeight * BigInt(valuesPerRater)));
}

/** The behaviour score, its per-value scores and what each rater kind contributed. */
export function behaviourScore(input: BehaviourInput): BehaviourResult {
  if (!Number.isSafeInteger(input.minRaters) || input.minRaters < 1) {
    throw new RangeError(`minRaters must be a positive integer, got ${input.minRaters}`);
  }
  const nominal = kindWeights(input.weights, input.lead);
  const totals = new Map<RaterKind, KindTotals>(
    RATER_KINDS.map((k) => [k, { count: 0, perValue: BEHAVIOUR_VALUES.map(() => 0) }]),
  );
  for (const rating of input.ratings) {
    assertScores(rating.scores);
    const t = totals.get(rating.kind);
    if (!t) throw new RangeError(`unknown rater kind ${String(rating.kind)}`);
    t.count++;
    rating.scores.forEach((s, i) => (t.perValue[i] = (t.perValue[i] as number) + s));
  }
  const count = (k: RaterKind) => (totals.get(k) as KindTotals).count;

  // Anonymous kinds below the threshold never count; their weight moves to the supervisor.
  const effective: Record<RaterKind, number> = { ...nominal };
  const shown = new Map<RaterKind, boolean>();
  for (const kind of RATER_KINDS) shown.set(kind, true);
  for (const kind of ANONYMOUS_KINDS) {
    if (count(kind) < input.minRaters) {
      shown.set(kind, false);
      effective.SUPERVISOR += effective[kind];
      effective[kind] = 0;
    }
  }
  const counted = RATER_KINDS.filter((k) => count(k) > 0 && effective[k] > 0);
  const totalWeight = sum(counted.map((k) => effective[k]));

  const kinds = RATER_KINDS.map((kind): BehaviourKindSummary => {
    const t = totals.get(kind) as KindTotals;
    const isCounted = counted.includes(kind);
    return {
      kind,
      count: t.count,
      score:
        t.count === 0
          ? null
          : weightedMean([{ weight: 1, total: sum(t.perValue), count: t.count }], 7),
      weight: nominal[kind],
      effectiveWeight: isCounted
        ? Number(divideHalfUp(BigInt(effective[kind]) * 10_000n, BigInt(totalWeight)))
        : 0,
      counted: isCounted,
      shown: (shown.get(kind) as boolean) && t.count > 0,
    };
  });
  if (counted.length === 0) return { score: null, values: [], kinds };

  const partsFor = (total: (t: KindTotals) => number) =>
    counted.map((k) => {
      const t = totals.get(k) as KindTotals;
      return { weight: effective[k], total: total(t), count: t.count };
    });
  return {
    score: weightedMean(
      partsFor((t) => sum(t.perValue)),
      7,
    ),
    values: BEHAVIOUR_VALUES.map((value, i) => ({
      value,
      score: weightedMean(
        partsFor((t) => t.perValue[i] as number),
        1,
      ),
    })),
    kinds,
  };
}
