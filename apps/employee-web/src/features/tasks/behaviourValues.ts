/** The seven BerAKHLAK values in their national order (Ber-A-K-H-L-A-K). */
export const BEHAVIOUR_VALUES = [
  'SERVICE_ORIENTED',
  'ACCOUNTABLE',
  'COMPETENT',
  'HARMONIOUS',
  'LOYAL',
  'ADAPTIVE',
  'COLLABORATIVE',
] as const;

/** The schema's BehaviourValue enum. */
export type BehaviourValue = (typeof BEHAVIOUR_VALUES)[number];

export const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface RatingDraft {
  score: number | null;
  comment: string;
}

export type RatingDrafts = Record<BehaviourValue, RatingDraft>;

export function emptyDrafts(
  existing?: readonly { value: BehaviourValue; score: number; comment?: string | null }[] | null,
): RatingDrafts {
  const drafts = Object.fromEntries(
    BEHAVIOUR_VALUES.map((v) => [v, { score: null, comment: '' }]),
  ) as RatingDrafts;
  for (const r of existing ?? []) drafts[r.value] = { score: r.score, comment: r.comment ?? '' };
  return drafts;
}

/** The values not rated yet, in order. */
export const missingValues = (drafts: RatingDrafts): BehaviourValue[] =>
  BEHAVIOUR_VALUES.filter((v) => drafts[v].score === null);
