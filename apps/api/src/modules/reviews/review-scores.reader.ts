/**
 * The month's 360° behaviour scores and peer-ranking standings of many employees at once, for the
 * report card and the summaries: a fixed number of statements whatever the number of employees
 * (the scores are computed in memory by @kinerja/scoring).
 *
 * - behaviourScores: 3 statements (the submitted reviews, the policy on the month's first day,
 *   who has direct reports on the month's last day — the lead weights apply to them). Only
 *   employees with a score are keys.
 * - peerStandings: 2 statements (the month's RANKING draws holding any of the employees, the
 *   submitted rankings of those draws); the model is fitted per draw (peer group). Only employees
 *   ranked at least once are keys: someone no one ranked has no standing (the prior alone would put
 *   them in the middle).
 */
import {
  behaviourScore,
  fitPlackettLuce,
  peerRankingFlags,
  type BehaviourResult,
  type PeerRanking,
  type PeerRankingFlag,
  type PlackettLuceFit,
} from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { Hierarchy } from '../organisation/hierarchy.js';
import type { PolicyValues } from '../policy/performance-policy.entity.js';
import { policyOn } from '../policy/policy.service.js';
import { lastDayOf } from '../periods/months.js';
import { type RaterKind, VALUE_ORDER } from './reviews.enums.js';

export interface ReviewRow {
  raterId: string;
  rateeId: string;
  kind: RaterKind;
  scores: number[];
  comments: (string | null)[];
}

export interface BehaviourDetail {
  result: BehaviourResult;
  lead: boolean;
  reviews: ReviewRow[];
}

/** The month's behaviour results of each employee (every employee asked for is a key). */
export async function behaviourDetails(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  month: string,
): Promise<{ policy: PolicyValues; details: Map<string, BehaviourDetail> }> {
  const policy = await policyOn(em, agencyId, `${month}-01`);
  const details = new Map<string, BehaviourDetail>();
  if (employeeIds.length === 0) return { policy, details };
  const rows = await query<{
    rater_id: string;
    ratee_id: string;
    kind: RaterKind;
    scores: number[];
    comments: (string | null)[];
  }>(
    em,
    `select rater_id, ratee_id, kind, scores, comments from behaviour_review
      where agency_id = $1 and month = $2 and ratee_id = any($3::uuid[])`,
    [agencyId, month, employeeIds],
  );
  const reports = await new Hierarchy(em, agencyId).directReportCounts(
    employeeIds,
    lastDayOf(month),
  );
  const byRatee = new Map<string, ReviewRow[]>();
  for (const r of rows) {
    const list = byRatee.get(r.ratee_id) ?? [];
    list.push({
      raterId: r.rater_id,
      rateeId: r.ratee_id,
      kind: r.kind,
      scores: r.scores.map(Number),
      comments: r.comments,
    });
    byRatee.set(r.ratee_id, list);
  }
  const settings = policy.reviewSettings;
  for (const id of new Set(employeeIds)) {
    const reviews = byRatee.get(id) ?? [];
    const lead = (reports.get(id) ?? 0) > 0;
    const result = behaviourScore({
      ratings: reviews.map((r) => ({ kind: r.kind, scores: r.scores })),
      lead,
      weights: settings.weights,
      minRaters: settings.minRaters,
    });
    details.set(id, { result, lead, reviews });
  }
  return { policy, details };
}

/** The month's behaviour score (hundredths) and per-value scores of each employee who has one. */
export async function behaviourScores(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  month: string,
): Promise<Map<string, { score: number; values: { value: string; score: number }[] }>> {
  const { details } = await behaviourDetails(em, agencyId, employeeIds, month);
  const out = new Map<string, { score: number; values: { value: string; score: number }[] }>();
  for (const [id, d] of details) {
    if (d.result.score === null) continue;
    out.set(id, {
      score: d.result.score,
      values: d.result.values.map((v, i) => ({ value: VALUE_ORDER[i] as string, score: v.score })),
    });
  }
  return out;
}

export interface RankingDraw {
  id: string;
  groupUnitId: string;
  memberIds: string[];
}

export interface FittedDraw {
  draw: RankingDraw;
  rankings: PeerRanking[];
  fit: PlackettLuceFit;
  flags: PeerRankingFlag[];
}

/** The submitted rankings of these draws, fitted per draw. One statement. */
export async function fitDraws(
  em: EntityManager,
  agencyId: string,
  draws: readonly RankingDraw[],
): Promise<Map<string, FittedDraw>> {
  const out = new Map<string, FittedDraw>();
  if (draws.length === 0) return out;
  const rows = await query<{
    draw_id: string;
    rater_id: string;
    ordered_ids: string[];
    best_id: string | null;
  }>(
    em,
    `select draw_id, rater_id, ordered_ids, best_id from peer_ranking_assignment
      where agency_id = $1 and draw_id = any($2::uuid[]) and submitted_at is not null
      order by draw_id, rater_id`,
    [agencyId, draws.map((d) => d.id)],
  );
  const byDraw = new Map<string, PeerRanking[]>();
  for (const r of rows) {
    const list = byDraw.get(r.draw_id) ?? [];
    list.push({ raterId: r.rater_id, ordered: r.ordered_ids, best: r.best_id });
    byDraw.set(r.draw_id, list);
  }
  for (const draw of draws) {
    const rankings = byDraw.get(draw.id) ?? [];
    const input = { people: draw.memberIds, rankings };
    const fit = fitPlackettLuce(input);
    out.set(draw.id, { draw, rankings, fit, flags: peerRankingFlags(input, fit) });
  }
  return out;
}

/** Each employee's percentile in their peer group for the month (only those ranked at least once). */
export async function peerStandings(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  month: string,
): Promise<Map<string, { percentile: number }>> {
  const out = new Map<string, { percentile: number }>();
  if (employeeIds.length === 0) return out;
  const draws = await query<{ id: string; group_unit_id: string; member_ids: string[] }>(
    em,
    `select id, group_unit_id, member_ids from peer_draw
      where agency_id = $1 and month = $2 and purpose = 'RANKING' and member_ids && $3::uuid[]
      order by created_at, id`,
    [agencyId, month, employeeIds],
  );
  const fitted = await fitDraws(
    em,
    agencyId,
    draws.map((d) => ({ id: d.id, groupUnitId: d.group_unit_id, memberIds: d.member_ids })),
  );
  const wanted = new Set(employeeIds);
  for (const { fit } of fitted.values()) {
    for (const p of fit.people) {
      if (wanted.has(p.id) && p.timesRanked > 0 && !out.has(p.id)) {
        out.set(p.id, { percentile: p.percentile });
      }
    }
  }
  return out;
}
