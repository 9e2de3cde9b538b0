/**
 * How each kind of rater of a 360° result is shown to a supervisor: the server decides what may
 * be seen (peers and subordinates only from the policy's anonymity threshold, `minRaters`); this
 * says why an aggregate is missing. Message keys are under `team.behaviour.kind`.
 */

export interface KindSummary {
  kind: string;
  count: number;
  score: number | null;
  shown: boolean;
  counted: boolean;
  effectiveWeight: number;
}

export type KindView =
  | { state: 'shown'; score: number }
  /** Nobody of this kind rated (or nobody of this kind exists, e.g. staff have no subordinates). */
  | { state: 'none' }
  /** Fewer raters than the anonymity threshold: the aggregate would expose them. */
  | { state: 'belowThreshold'; count: number; min: number }
  /** Rated, but not shown (no score could be formed). */
  | { state: 'hidden'; count: number };

const ANONYMOUS = new Set(['PEER', 'SUBORDINATE']);

export function kindView(k: KindSummary, minRaters: number): KindView {
  if (k.shown && k.score !== null) return { state: 'shown', score: k.score };
  if (k.count === 0) return { state: 'none' };
  if (ANONYMOUS.has(k.kind) && k.count < minRaters)
    return { state: 'belowThreshold', count: k.count, min: minRaters };
  return { state: 'hidden', count: k.count };
}

/** Whether any anonymous kind is hidden by the threshold (the summary then explains it). */
export function anyBelowThreshold(kinds: readonly KindSummary[], minRaters: number): boolean {
  return kinds.some((k) => kindView(k, minRaters).state === 'belowThreshold');
}
