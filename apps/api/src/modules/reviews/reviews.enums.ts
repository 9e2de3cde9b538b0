import { BEHAVIOUR_VALUES } from '@kinerja/scoring';
import { registerEnumType } from 'type-graphql';

/** The seven BerAKHLAK core values (national), in the order of rules.md. */
export enum BehaviourValue {
  SERVICE_ORIENTED = 'SERVICE_ORIENTED',
  ACCOUNTABLE = 'ACCOUNTABLE',
  COMPETENT = 'COMPETENT',
  HARMONIOUS = 'HARMONIOUS',
  LOYAL = 'LOYAL',
  ADAPTIVE = 'ADAPTIVE',
  COLLABORATIVE = 'COLLABORATIVE',
}

/** The values in scoring order (the index of a score in behaviour_review.scores). */
export const VALUE_ORDER: readonly BehaviourValue[] = BEHAVIOUR_VALUES.map(
  (v) => BehaviourValue[v],
);

/** The rater's relation to the person rated. */
export enum RaterKind {
  SELF = 'SELF',
  SUPERVISOR = 'SUPERVISOR',
  PEER = 'PEER',
  SUBORDINATE = 'SUBORDINATE',
}

/** A suspicious pattern in the peer rankings (@kinerja/scoring peerRankingFlags). */
export enum PeerRankingFlagKind {
  MUTUAL_BEST = 'MUTUAL_BEST',
  DISSENTING_RATER = 'DISSENTING_RATER',
}

registerEnumType(BehaviourValue, {
  name: 'BehaviourValue',
  description:
    'BerAKHLAK: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.',
});
registerEnumType(RaterKind, {
  name: 'RaterKind',
  description:
    'The rater’s relation to the person rated: SUPERVISOR when a supervisor rates their report, SUBORDINATE when a report rates their supervisor.',
});
registerEnumType(PeerRankingFlagKind, {
  name: 'PeerRankingFlagKind',
  description:
    'MUTUAL_BEST: two people named each other best performer; DISSENTING_RATER: a ranking far from the consensus.',
});
