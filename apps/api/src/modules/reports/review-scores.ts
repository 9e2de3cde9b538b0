/**
 * The seam for the month's review scores (IKI, SKP, the 360° behaviour score, the peer-ranking
 * standing). They arrive with the SKP and review issue; until then no one has any, and the report
 * card rates work results by achievement and behaviour as AS_EXPECTED (rules.md). That issue
 * implements ReviewScoreReader with one statement per source and passes it to ReportFacts.
 */
import type { ReportInput } from '@kinerja/scoring';

export interface ReviewScores {
  iki: ReportInput['iki'];
  skpScore: ReportInput['skpScore'];
  behaviour: ReportInput['behaviour'];
  peerStanding: ReportInput['peerStanding'];
}

export interface ReviewScoreReader {
  /** The scores of each employee for the month (`YYYY-MM`); absent: none yet. */
  scores(employeeIds: readonly string[], period: string): Promise<Map<string, ReviewScores>>;
}

/** No review scores yet (the SKP and review issue replaces this). */
export const NO_REVIEW_SCORES: ReviewScoreReader = {
  scores: () => Promise.resolve(new Map()),
};
