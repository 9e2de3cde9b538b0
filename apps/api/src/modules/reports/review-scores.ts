/**
 * The month's review scores for the report card: the IKI and SKP scores (approved monthly IKI
 * reports, modules/plans), the 360° behaviour score with its value averages and the peer-ranking
 * standing (modules/reviews). Each source is read for all the people at once, in a fixed number
 * of statements; someone with none of a source gets null for it (rules.md then rates work results
 * by achievement and behaviour as AS_EXPECTED).
 */
import type { ReportInput } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { concurrently } from '../../common/sql.js';
import { ikiScores } from '../plans/iki.reader.js';
import { behaviourScores, peerStandings } from '../reviews/review-scores.reader.js';

/** A BerAKHLAK value's average score (hundredths of a point, 0–100 scale). */
export interface BehaviourValueScore {
  value: string;
  score: number;
}

export interface ReviewScores {
  iki: ReportInput['iki'];
  skpScore: ReportInput['skpScore'];
  behaviour: ReportInput['behaviour'];
  /** The per-value averages behind the behaviour score (empty without one). */
  behaviourValues: BehaviourValueScore[];
  peerStanding: ReportInput['peerStanding'];
}

export interface ReviewScoreReader {
  /** The scores of each employee for the month (`YYYY-MM`); absent: none at all. */
  scores(employeeIds: readonly string[], period: string): Promise<Map<string, ReviewScores>>;
}

/** The stored scores: approved IKI reports, submitted 360° reviews and peer rankings. */
export function storedReviewScores(em: EntityManager, agencyId: string): ReviewScoreReader {
  return {
    async scores(employeeIds, period) {
      const result = new Map<string, ReviewScores>();
      if (employeeIds.length === 0) return result;
      const [iki, behaviour, standing] = await concurrently(em, [
        () => ikiScores(em, agencyId, employeeIds, period),
        () => behaviourScores(em, agencyId, employeeIds, period),
        () => peerStandings(em, agencyId, employeeIds, period),
      ] as const);
      for (const id of employeeIds) {
        const i = iki.get(id);
        const b = behaviour.get(id);
        const p = standing.get(id);
        if (!i && !b && !p) continue;
        result.set(id, {
          iki: i?.iki ?? null,
          skpScore: i?.skpScore ?? null,
          behaviour: b ? { score: b.score } : null,
          behaviourValues: b?.values ?? [],
          peerStanding: p ? { percentile: p.percentile } : null,
        });
      }
      return result;
    },
  };
}
