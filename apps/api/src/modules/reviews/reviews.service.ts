/**
 * The monthly 360° behaviour review and peer ranking (rules.md, "The 360° behaviour review").
 *
 * 360° assignments of a person for a month (on the draw date, reviews.draws.ts): themselves
 * (SELF), their supervisor (they rate as SUBORDINATE), `reviewPeers` peers of their own unit drawn
 * by the unit's REVIEW draw (PEER; a drawn peer who is their supervisor or direct report is rated in
 * that capacity instead), and every direct report (SUPERVISOR). Ratings already submitted stay
 * listed (and editable) even if the hierarchy changed since. The reverse relations follow from the
 * others' assignments. Submissions are accepted until the month is closed, marked late after the
 * due date (periods/monthly-tasks.ts).
 *
 * Anonymity: peers and subordinates are never named to the person rated — nor to anyone else:
 * behaviourSummary is the only reader of others' ratings, it shows each anonymous kind's aggregate
 * and comments only from the policy's minRaters raters, and nobody (admins included) gets raw
 * ratings through the API. Submissions are therefore not written to the audit log either (it
 * would name the rater next to the person rated).
 *
 * Peer ranking: every member of a peer group gets `rankingSize` coworkers of the group from the
 * month's RANKING draw, ranks exactly them and names one of them best. Results (fitted per peer
 * group by @kinerja/scoring) are for the supervisors of the unit (its people's standings and the
 * counts of suspicious patterns), and for admins in scope and executives, who also see each
 * person's flags — a DISSENTING_RATER flag is about how someone ranked, so supervisors do not get it.
 */
import { behaviourRating } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { conflict, forbidden, notFound, refuse } from '../../common/errors/app-error.js';
import { uuidv7 } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { Access } from '../organisation/access.js';
import type { Hierarchy } from '../organisation/hierarchy.js';
import { Role } from '../organisation/organisation.enums.js';
import type { OrganisationService } from '../organisation/organisation.service.js';
import { assertMonth } from '../periods/months.js';
import {
  assertMonthlyTaskOpen,
  monthlyTaskWindow,
  type MonthlyTaskWindow,
} from '../periods/monthly-tasks.js';
import type { PolicyValues } from '../policy/performance-policy.entity.js';
import { policyOn } from '../policy/policy.service.js';
import { WorkRating } from '../reports/reports.types.js';
import { behaviourDetails, fitDraws, type ReviewRow } from './review-scores.reader.js';
import {
  drawDate,
  drawsOf,
  ensureDraw,
  groupMembers,
  groupsOf,
  reviewPeers,
  type DrawRow,
} from './reviews.draws.js';
import { PeerRankingFlagKind, RaterKind, VALUE_ORDER } from './reviews.enums.js';
import type { BehaviourReviewInput } from './reviews.inputs.js';
import { orderedRatings, rankingProblem, ratingsProblem } from './reviews.rules.js';
import type {
  BehaviourSummary,
  PeerRankingAssignment,
  PeerRankingResults,
  PeerStanding,
  ReviewAssignment,
} from './reviews.types.js';

/** Order of a person's assignments: self, their supervisor, peers, their reports. */
const KIND_ORDER: Record<RaterKind, number> = {
  [RaterKind.SELF]: 0,
  [RaterKind.SUBORDINATE]: 1,
  [RaterKind.PEER]: 2,
  [RaterKind.SUPERVISOR]: 3,
};

const percent = (hundredths: number) => hundredths / 100;

interface ReviewSqlRow {
  id: string;
  ratee_id: string;
  kind: RaterKind;
  scores: number[];
  comments: (string | null)[];
  submitted_at: Date;
  late: boolean;
}

interface AssignmentSqlRow {
  id: string;
  month: string;
  coworker_ids: string[];
  ordered_ids: string[] | null;
  best_id: string | null;
  submitted_at: Date | null;
  late: boolean;
}

export class ReviewsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly access: Access,
    private readonly organisation: OrganisationService,
    private readonly hierarchy: Hierarchy,
    private readonly today: string,
    private readonly now: () => Date,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private get me() {
    return this.viewer.employeeId;
  }

  /** The month's window; reading a month not yet begun is refused like submitting. */
  private async window(month: string): Promise<MonthlyTaskWindow> {
    assertMonth(month);
    const window = await monthlyTaskWindow(this.em, this.agencyId, month, this.today);
    if (!window.started) throw conflict('tasks.notStarted', { month });
    return window;
  }

  // ── 360° review ────────────────────────────────────────────────────────────────────────────

  /** Whom the caller rates in `month`, with their relation to each. */
  private async reviewTargets(
    month: string,
    window: MonthlyTaskWindow,
    policy: PolicyValues,
  ): Promise<{ targets: Map<string, RaterKind>; mine: Map<string, ReviewSqlRow> }> {
    const date = drawDate(month, this.today);
    const targets = new Map<string, RaterKind>([[this.me, RaterKind.SELF]]);
    const supervisor = (await this.hierarchy.supervisorsOf([this.me], date)).get(this.me);
    const reports = await this.hierarchy.subtreePage(this.me, date, {
      depth: 1,
      first: 10_000,
      after: null,
    });
    const related = new Set<string>([this.me, ...reports.rows.map((r) => r.id)]);
    if (supervisor) related.add(supervisor);

    const unit = (await groupsOf(this.em, this.agencyId, [this.me], 'UNIT')).get(this.me);
    let draw: DrawRow | undefined;
    if (unit) {
      draw = (await drawsOf(this.em, this.agencyId, month, 'REVIEW', [unit])).get(unit);
      if (!draw && !window.closed) {
        draw = await ensureDraw(this.em, this.agencyId, {
          month,
          purpose: 'REVIEW',
          groupUnitId: unit,
          mode: 'UNIT',
          date,
          size: policy.reviewSettings.reviewPeers,
        });
      }
    }
    for (const peer of draw ? (reviewPeers(draw).get(this.me) ?? []) : []) {
      if (!related.has(peer)) targets.set(peer, RaterKind.PEER);
    }
    if (supervisor) targets.set(supervisor, RaterKind.SUBORDINATE);
    for (const r of reports.rows) targets.set(r.id, RaterKind.SUPERVISOR);

    const rows = await query<ReviewSqlRow>(
      this.em,
      `select id, ratee_id, kind, scores, comments, submitted_at, late from behaviour_review
        where agency_id = $1 and month = $2 and rater_id = $3`,
      [this.agencyId, month, this.me],
    );
    const mine = new Map(rows.map((r) => [r.ratee_id, r]));
    for (const r of rows) if (!targets.has(r.ratee_id)) targets.set(r.ratee_id, r.kind);
    return { targets, mine };
  }

  private assignment(
    month: string,
    window: MonthlyTaskWindow,
    rateeId: string,
    kind: RaterKind,
    row: ReviewSqlRow | undefined,
  ): ReviewAssignment {
    return {
      id: `${month}:${rateeId}`,
      period: month,
      rateeId,
      kind,
      dueDate: window.dueDate,
      late: row ? row.late : window.late,
      submitted: !!row,
      submittedAt: row ? new Date(row.submitted_at) : null,
      editable: !window.closed,
      ratings: row
        ? VALUE_ORDER.map((value, i) => ({
            value,
            score: Number(row.scores[i]),
            comment: row.comments[i] ?? null,
          }))
        : null,
    };
  }

  async myReviewAssignments(month: string): Promise<ReviewAssignment[]> {
    const window = await this.window(month);
    const policy = await policyOn(this.em, this.agencyId, `${month}-01`);
    const { targets, mine } = await this.reviewTargets(month, window, policy);
    return [...targets]
      .sort(([a, ka], [b, kb]) => KIND_ORDER[ka] - KIND_ORDER[kb] || (a < b ? -1 : 1))
      .map(([id, kind]) => this.assignment(month, window, id, kind, mine.get(id)));
  }

  async submitBehaviourReview(input: BehaviourReviewInput): Promise<ReviewAssignment> {
    assertMonth(input.period);
    const month = input.period;
    const problem = ratingsProblem(input.ratings);
    if (problem) throw refuse(problem);
    const window = await assertMonthlyTaskOpen(this.em, this.agencyId, month, this.today);
    const ratee = await this.organisation.employee(input.rateeId);
    const policy = await policyOn(this.em, this.agencyId, `${month}-01`);
    const { targets } = await this.reviewTargets(month, window, policy);
    const kind = targets.get(ratee.id);
    if (!kind) throw forbidden('reviews.notAssigned', { month });
    const { scores, comments } = orderedRatings(input.ratings);
    const [row] = await query<ReviewSqlRow>(
      this.em,
      `insert into behaviour_review
         (agency_id, id, month, rater_id, ratee_id, kind, scores, comments, submitted_at, late)
       values ($1, $2, $3, $4, $5, $6::rater_kind, $7::smallint[], $8::text[], $9, $10)
       on conflict (agency_id, month, rater_id, ratee_id) do update
         set scores = excluded.scores, comments = excluded.comments,
             submitted_at = excluded.submitted_at, late = excluded.late, updated_at = now()
       returning id, ratee_id, kind, scores, comments, submitted_at, late`,
      [
        this.agencyId,
        uuidv7(),
        month,
        this.me,
        ratee.id,
        kind,
        scores,
        comments,
        this.now(),
        window.late,
      ],
    );
    return this.assignment(month, window, ratee.id, kind, row);
  }

  async behaviourSummary(employeeId: string, month: string): Promise<BehaviourSummary> {
    assertMonth(month);
    const employee = await this.organisation.employee(employeeId);
    await this.access.assertMayReadPrivate(employee.id);
    const { policy, details } = await behaviourDetails(
      this.em,
      this.agencyId,
      [employee.id],
      month,
    );
    const d = details.get(employee.id)!;
    const shown = new Set(d.result.kinds.filter((k) => k.shown).map((k) => k.kind));
    return {
      employeeId: employee.id,
      period: month,
      score: d.result.score === null ? null : percent(d.result.score),
      rating: WorkRating[behaviourRating(d.result.score, policy.ratingThresholds)],
      lead: d.lead,
      minRaters: policy.reviewSettings.minRaters,
      values: d.result.values.map((v, i) => ({
        value: VALUE_ORDER[i]!,
        score: percent(v.score),
      })),
      kinds: d.result.kinds.map((k) => ({
        kind: RaterKind[k.kind],
        count: k.count,
        score: k.shown && k.score !== null ? percent(k.score) : null,
        weight: percent(k.weight),
        effectiveWeight: percent(k.effectiveWeight),
        counted: k.counted,
        shown: k.shown,
      })),
      comments: commentsOf(d.reviews, shown),
    };
  }

  // ── peer ranking ───────────────────────────────────────────────────────────────────────────

  /** The caller's ranking assignment of the month (drawing the group if needed), or null. */
  private async rankingRow(
    month: string,
    window: MonthlyTaskWindow,
  ): Promise<AssignmentSqlRow | null> {
    const policy = await policyOn(this.em, this.agencyId, `${month}-01`);
    const mode = policy.reviewSettings.peerGroup;
    const group = (await groupsOf(this.em, this.agencyId, [this.me], mode)).get(this.me);
    if (group && !window.closed) {
      await ensureDraw(this.em, this.agencyId, {
        month,
        purpose: 'RANKING',
        groupUnitId: group,
        mode,
        date: drawDate(month, this.today),
        size: policy.reviewSettings.rankingSize,
      });
    }
    const [row] = await query<AssignmentSqlRow>(
      this.em,
      `select id, month, coworker_ids, ordered_ids, best_id, submitted_at, late
         from peer_ranking_assignment where agency_id = $1 and month = $2 and rater_id = $3`,
      [this.agencyId, month, this.me],
    );
    return row ?? null;
  }

  private rankingOf(row: AssignmentSqlRow, window: MonthlyTaskWindow): PeerRankingAssignment {
    return {
      id: row.id,
      period: row.month,
      dueDate: window.dueDate,
      late: row.submitted_at ? row.late : window.late,
      submitted: row.submitted_at !== null,
      submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
      editable: !window.closed,
      coworkerIds: row.coworker_ids,
      orderedIds: row.ordered_ids,
      bestId: row.best_id,
    };
  }

  async myPeerRanking(month: string): Promise<PeerRankingAssignment | null> {
    const window = await this.window(month);
    const row = await this.rankingRow(month, window);
    return row ? this.rankingOf(row, window) : null;
  }

  async submitPeerRanking(
    month: string,
    orderedEmployeeIds: readonly string[],
    bestEmployeeId: string,
  ): Promise<PeerRankingAssignment> {
    assertMonth(month);
    const window = await assertMonthlyTaskOpen(this.em, this.agencyId, month, this.today);
    const row = await this.rankingRow(month, window);
    if (!row) throw notFound('reviews.noRankingTask', { month });
    const problem = rankingProblem(this.me, row.coworker_ids, orderedEmployeeIds, bestEmployeeId);
    if (problem) throw refuse(problem);
    const [updated] = await query<AssignmentSqlRow>(
      this.em,
      `update peer_ranking_assignment
          set ordered_ids = $3::uuid[], best_id = $4, submitted_at = $5, late = $6, updated_at = now()
        where agency_id = $1 and id = $2
        returning id, month, coworker_ids, ordered_ids, best_id, submitted_at, late`,
      [this.agencyId, row.id, orderedEmployeeIds, bestEmployeeId, this.now(), window.late],
    );
    return this.rankingOf(updated!, window);
  }

  /**
   * The standings of a unit's people (its whole subtree) in their peer groups. For the unit's
   * heads (every position of the unit lies under one the viewer holds or acts in, and they have
   * direct reports: Hierarchy.headsUnit), admins in scope and executives.
   */
  async peerRankingResults(month: string, unitId: string): Promise<PeerRankingResults> {
    assertMonth(month);
    const unit = await this.organisation.unit(unitId);
    const detailed = await this.assertMayReadResults(unit.id);
    const policy = await policyOn(this.em, this.agencyId, `${month}-01`);
    const mode = policy.reviewSettings.peerGroup;
    const people = await groupMembers(
      this.em,
      this.agencyId,
      unit.id,
      'SUBTREE',
      drawDate(month, this.today),
    );
    const inUnit = await this.peopleOfUnitDraws(month, people, mode);
    const fitted = await fitDraws(this.em, this.agencyId, [...inUnit.draws.values()]);

    const standings: PeerStanding[] = [];
    let assigned = 0;
    let submitted = 0;
    let mutualBestPairs = 0;
    let dissentingRaters = 0;
    for (const { draw, rankings, fit, flags } of fitted.values()) {
      const members = inUnit.byDraw.get(draw.id) ?? new Set<string>();
      const submittedBy = new Set(rankings.map((r) => r.raterId));
      const flagsOf = new Map<string, PeerRankingFlagKind[]>();
      for (const f of flags) {
        const involved = f.raterIds.filter((id) => members.has(id));
        if (involved.length === 0) continue;
        if (f.kind === 'MUTUAL_BEST') mutualBestPairs++;
        else dissentingRaters++;
        for (const id of involved) {
          flagsOf.set(id, [...(flagsOf.get(id) ?? []), PeerRankingFlagKind[f.kind]]);
        }
      }
      for (const p of fit.people) {
        if (!members.has(p.id)) continue;
        assigned += inUnit.assigned.has(p.id) ? 1 : 0;
        submitted += submittedBy.has(p.id) ? 1 : 0;
        standings.push({
          employeeId: p.id,
          groupUnitId: draw.groupUnitId,
          groupSize: draw.memberIds.length,
          strength: p.strength,
          standardError: p.standardError,
          percentile: p.percentile,
          timesRanked: p.timesRanked,
          bestVotes: p.bestVotes,
          submitted: submittedBy.has(p.id),
          flags: detailed ? [...new Set(flagsOf.get(p.id) ?? [])] : null,
        });
      }
    }
    standings.sort((a, b) => b.percentile - a.percentile || (a.employeeId < b.employeeId ? -1 : 1));
    return {
      period: month,
      unitId: unit.id,
      standings,
      assigned,
      submitted,
      mutualBestPairs,
      dissentingRaters,
    };
  }

  /** The month's RANKING draws of the unit's people, and who of them is in which draw. */
  private async peopleOfUnitDraws(
    month: string,
    people: readonly string[],
    mode: PolicyValues['reviewSettings']['peerGroup'],
  ) {
    const groups = await groupsOf(this.em, this.agencyId, people, mode);
    const draws = await drawsOf(this.em, this.agencyId, month, 'RANKING', [...groups.values()]);
    const rows =
      draws.size === 0
        ? []
        : await query<{ rater_id: string }>(
            this.em,
            `select rater_id from peer_ranking_assignment
              where agency_id = $1 and month = $2 and rater_id = any($3::uuid[])`,
            [this.agencyId, month, people],
          );
    const byDraw = new Map<string, Set<string>>();
    for (const id of people) {
      const draw = draws.get(groups.get(id) ?? '');
      if (!draw || !draw.memberIds.includes(id)) continue;
      byDraw.set(draw.id, (byDraw.get(draw.id) ?? new Set()).add(id));
    }
    return {
      draws: new Map([...draws.values()].map((d) => [d.id, d])),
      byDraw,
      assigned: new Set(rows.map((r) => r.rater_id)),
    };
  }

  /**
   * Throws FORBIDDEN unless the viewer may read the unit's results; returns whether they see each
   * person's flags (admins in scope and executives) or only the counts (supervisors).
   */
  private async assertMayReadResults(unitId: string): Promise<boolean> {
    const v = this.viewer;
    if (isAgencyWide(v)) return true;
    if (
      v.roles.has(Role.DEPARTMENT_ADMIN) &&
      v.adminUnitId &&
      (await this.hierarchy.unitWithin(unitId, v.adminUnitId))
    )
      return true;
    if (!(await this.hierarchy.headsUnit(this.me, unitId, this.today)))
      throw forbidden('reviews.resultsForbidden');
    const reports = await this.hierarchy.directReportCounts([this.me], this.today);
    if ((reports.get(this.me) ?? 0) === 0) throw forbidden('reviews.resultsForbidden');
    return false;
  }
}

/** Comments of the shown kinds, without raters, ordered by kind, value and text. */
function commentsOf(reviews: readonly ReviewRow[], shown: ReadonlySet<string>) {
  const out: { kind: RaterKind; value: (typeof VALUE_ORDER)[number]; comment: string }[] = [];
  for (const r of reviews) {
    if (!shown.has(r.kind)) continue;
    r.comments.forEach((c, i) => {
      if (c) out.push({ kind: r.kind, value: VALUE_ORDER[i]!, comment: c });
    });
  }
  return out.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      VALUE_ORDER.indexOf(a.value) - VALUE_ORDER.indexOf(b.value) ||
      (a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : 0),
  );
}
