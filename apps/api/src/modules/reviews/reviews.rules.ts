/**
 * The pure rules of a 360° rating's and a peer ranking's input (tests call them directly).
 *
 * A ranking must hold exactly the coworkers drawn for the rater, each once; the best performer must
 * be one of them but need not be the one ranked first: the ranking orders the month's overall
 * contribution as the rater saw it, the best-performer vote is a separate nomination (the model
 * and the flags use them separately).
 */
import type { Problem } from '../policy/policy.rules.js';
import { VALUE_ORDER, type BehaviourValue } from './reviews.enums.js';
import { MAX_COMMENT } from './reviews.inputs.js';

export interface RatingDraft {
  value: BehaviourValue;
  score: number;
  comment?: string | null;
}

/** The first problem of a rating's seven values, or null. */
export function ratingsProblem(ratings: readonly RatingDraft[]): Problem | null {
  const seen = new Set<BehaviourValue>();
  for (const r of ratings) {
    if (seen.has(r.value))
      return { key: 'reviews.valueDuplicate', field: 'ratings', params: { value: r.value } };
    seen.add(r.value);
    if (!Number.isInteger(r.score) || r.score < 1 || r.score > 10)
      return {
        key: 'reviews.scoreRange',
        field: 'ratings',
        params: { value: r.value, score: r.score },
      };
    if ((r.comment?.trim().length ?? 0) > MAX_COMMENT)
      return { key: 'reviews.commentTooLong', field: 'ratings', params: { max: MAX_COMMENT } };
  }
  const missing = VALUE_ORDER.filter((v) => !seen.has(v));
  if (missing.length > 0)
    return {
      key: 'reviews.valuesMissing',
      field: 'ratings',
      params: { missing: missing.join(', ') },
    };
  return null;
}

/** Scores and comments in VALUE_ORDER (comments trimmed; empty → null). */
export function orderedRatings(ratings: readonly RatingDraft[]): {
  scores: number[];
  comments: (string | null)[];
} {
  const byValue = new Map(ratings.map((r) => [r.value, r]));
  const scores: number[] = [];
  const comments: (string | null)[] = [];
  for (const v of VALUE_ORDER) {
    const r = byValue.get(v) as RatingDraft;
    scores.push(r.score);
    comments.push(r.comment?.trim() || null);
  }
  return { scores, comments };
}

/** The first problem of a ranking against the coworkers drawn for `raterId`, or null. */
export function rankingProblem(
  raterId: string,
  assigned: readonly string[],
  ordered: readonly string[],
  best: string,
): Problem | null {
  const allowed = new Set(assigned);
  const seen = new Set<string>();
  for (const id of ordered) {
    if (id === raterId)
      return { key: 'reviews.rankingSelf', field: 'orderedEmployeeIds', params: {} };
    if (seen.has(id))
      return { key: 'reviews.rankingDuplicate', field: 'orderedEmployeeIds', params: { id } };
    if (!allowed.has(id))
      return {
        key: 'reviews.rankingNotAssigned',
        field: 'orderedEmployeeIds',
        params: { id, size: allowed.size },
      };
    seen.add(id);
  }
  const missing = assigned.filter((id) => !seen.has(id));
  if (missing.length > 0)
    return {
      key: 'reviews.rankingMissing',
      field: 'orderedEmployeeIds',
      params: { size: allowed.size, missing: missing.length },
    };
  if (!allowed.has(best))
    return { key: 'reviews.bestNotInSet', field: 'bestEmployeeId', params: {} };
  return null;
}
