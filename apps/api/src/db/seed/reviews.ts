/**
 * Demo 360° reviews and peer rankings: for the three months before `asOf`'s month (the months the
 * demo history covers), the month's draws (with fixed seeds, so a re-seed draws the same) and most
 * of the tasks done with plausible ratings: each person has a steady "quality" that raters see
 * with some noise (self-ratings a little kinder); about one task in nine is left undone, and some
 * are late. The current month's tasks are left undone. Deterministic and idempotent: existing
 * draws, reviews and submitted rankings are kept, and the same tasks are left out each time.
 */
import { seededRandom, BEHAVIOUR_VALUES } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { Hierarchy } from '../../modules/organisation/hierarchy.js';
import { dayOfNextMonth } from '../../modules/periods/months.js';
import { policyOn } from '../../modules/policy/policy.service.js';
import { drawsOf, ensureDraw, groupsOf, reviewPeers } from '../../modules/reviews/reviews.draws.js';
import { buildDemoCity } from './demo-city.data.js';

export interface ReviewSeedSummary {
  months: string[];
  reviews: number;
  rankings: number;
}

const COMMENTS = [
  'Selalu siap membantu rekan kerja.',
  'Laporan tepat waktu dan rapi.',
  'Perlu lebih aktif dalam rapat koordinasi.',
  'Cepat beradaptasi dengan aplikasi baru.',
  'Komunikasi dengan masyarakat sangat baik.',
  'Kadang terlambat menindaklanjuti disposisi.',
];

/** The `count` months before `asOf`'s month, oldest first. */
function monthsBefore(asOf: string, count: number): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** A person's steady quality on the 1–10 scale (6–9.5). */
const quality = (id: string) => 6 + 3.5 * seededRandom(`quality:${id}`)();

const BIAS: Record<string, number> = { SELF: 0.8, SUPERVISOR: -0.2, PEER: 0, SUBORDINATE: 0.3 };

/** When (and whether late) a task was submitted: mostly before the due date, some days after. */
function submission(month: string, dueDay: number, random: () => number) {
  const day = 1 + Math.floor(random() * (dueDay + 3));
  const late = day > dueDay;
  const date = dayOfNextMonth(month, day);
  return {
    at: `${date}T${String(8 + Math.floor(random() * 9)).padStart(2, '0')}:15:00+07:00`,
    late,
  };
}

export async function seedDemoReviews(em: EntityManager, asOf: string): Promise<ReviewSeedSummary> {
  const summary: ReviewSeedSummary = { months: [], reviews: 0, rankings: 0 };
  const [agency] = await query<{ id: string }>(em, 'select id from agency where code = $1', [
    buildDemoCity().agency.code,
  ]);
  if (!agency) return summary;
  const agencyId = agency.id;

  for (const month of monthsBefore(asOf, 3)) {
    summary.months.push(month);
    const date = `${month}-01`;
    const policy = await policyOn(em, agencyId, date);
    const settings = policy.reviewSettings;
    const dueDay = settings.tasksDueDay;
    const people = (
      await query<{ id: string }>(
        em,
        `select id from employee where agency_id = $1 and active and position_id is not null
          and (joined_on is null or joined_on <= $2::date) and (left_on is null or left_on >= $2::date)
          order by id`,
        [agencyId, date],
      )
    ).map((r) => r.id);

    // The month's draws, with fixed seeds.
    const draw = (
      purpose: 'RANKING' | 'REVIEW',
      groupUnitId: string,
      mode: 'DEPARTMENT' | 'UNIT',
    ) =>
      ensureDraw(em, agencyId, {
        month,
        purpose,
        groupUnitId,
        mode,
        date,
        size: purpose === 'RANKING' ? settings.rankingSize : settings.reviewPeers,
        seed: `demo:${month}:${purpose}:${groupUnitId}`,
      });
    const rankingGroups = await groupsOf(em, agencyId, people, settings.peerGroup);
    for (const g of new Set(rankingGroups.values())) await draw('RANKING', g, settings.peerGroup);
    const units = await groupsOf(em, agencyId, people, 'UNIT');
    for (const u of new Set(units.values())) await draw('REVIEW', u, 'UNIT');
    const reviewDraws = await drawsOf(em, agencyId, month, 'REVIEW', [...new Set(units.values())]);

    // 360° reviews: self, supervisor, drawn peers, direct reports.
    const supervisors = await new Hierarchy(em, agencyId).supervisorsOf(people, date);
    const reports = new Map<string, string[]>();
    for (const [id, sup] of supervisors) reports.set(sup, [...(reports.get(sup) ?? []), id]);
    const peersByUnit = new Map<string, Map<string, string[]>>();
    for (const d of reviewDraws.values()) peersByUnit.set(d.groupUnitId, reviewPeers(d));

    const rows: { rater: string; ratee: string; kind: string }[] = [];
    for (const rater of people) {
      const sup = supervisors.get(rater);
      const mine = reports.get(rater) ?? [];
      const related = new Set([rater, ...mine, ...(sup ? [sup] : [])]);
      rows.push({ rater, ratee: rater, kind: 'SELF' });
      if (sup) rows.push({ rater, ratee: sup, kind: 'SUBORDINATE' });
      for (const peer of peersByUnit.get(units.get(rater) ?? '')?.get(rater) ?? []) {
        if (!related.has(peer)) rows.push({ rater, ratee: peer, kind: 'PEER' });
      }
      for (const r of mine) rows.push({ rater, ratee: r, kind: 'SUPERVISOR' });
    }
    const reviews = rows.flatMap(({ rater, ratee, kind }) => {
      const random = seededRandom(`review:${month}:${rater}:${ratee}`);
      if (random() < 0.11) return [];
      const q = quality(ratee) + (BIAS[kind] as number);
      const scores = BEHAVIOUR_VALUES.map(() =>
        Math.max(1, Math.min(10, Math.round(q + (random() - 0.5) * 2))),
      );
      const commented = random() < 0.2;
      const { at, late } = submission(month, dueDay, random);
      return [
        {
          rater,
          ratee,
          kind,
          scores: scores.join(','),
          commentIndex: commented ? 1 + Math.floor(random() * 7) : 0,
          comment: commented ? (COMMENTS[Math.floor(random() * COMMENTS.length)] as string) : '',
          at,
          late,
        },
      ];
    });
    for (let i = 0; i < reviews.length; i += 5000) {
      const chunk = reviews.slice(i, i + 5000);
      const inserted = await query(
        em,
        `insert into behaviour_review
           (agency_id, id, month, rater_id, ratee_id, kind, scores, comments, submitted_at, late)
         select $1, r.id, $2, r.rater, r.ratee, r.kind::rater_kind,
                string_to_array(r.scores, ',')::smallint[],
                (select array_agg(case when g = r.ci then nullif(r.comment, '') end order by g)
                   from generate_series(1, 7) g),
                r.at, r.late
           from unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::int[],
                       $9::text[], $10::timestamptz[], $11::boolean[])
                as r(id, rater, ratee, kind, scores, ci, comment, at, late)
         on conflict (agency_id, month, rater_id, ratee_id) do nothing
         returning id`,
        [
          agencyId,
          month,
          chunk.map(() => uuidv7()),
          chunk.map((r) => r.rater),
          chunk.map((r) => r.ratee),
          chunk.map((r) => r.kind),
          chunk.map((r) => r.scores),
          chunk.map((r) => r.commentIndex),
          chunk.map((r) => r.comment),
          chunk.map((r) => r.at),
          chunk.map((r) => r.late),
        ],
      );
      summary.reviews += inserted.length;
    }

    // Peer rankings: the coworkers ordered by quality seen with noise; the first named best.
    const open = await query<{ id: string; rater_id: string; coworker_ids: string[] }>(
      em,
      `select id, rater_id, coworker_ids from peer_ranking_assignment
        where agency_id = $1 and month = $2 and submitted_at is null and cardinality(coworker_ids) > 0`,
      [agencyId, month],
    );
    const rankings = open.flatMap((a) => {
      const random = seededRandom(`ranking:${month}:${a.rater_id}`);
      if (random() < 0.1) return [];
      const ordered = a.coworker_ids
        .map((id) => ({ id, key: quality(id) + (random() - 0.5) * 2.5 }))
        .sort((x, y) => y.key - x.key)
        .map((x) => x.id);
      return [
        {
          id: a.id,
          ordered: ordered.join(','),
          best: ordered[0]!,
          ...submission(month, dueDay, random),
        },
      ];
    });
    if (rankings.length > 0) {
      const updated = await query(
        em,
        `update peer_ranking_assignment a
            set ordered_ids = string_to_array(r.ordered, ',')::uuid[], best_id = r.best,
                submitted_at = r.at, late = r.late, updated_at = now()
           from unnest($2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::boolean[])
                as r(id, ordered, best, at, late)
          where a.agency_id = $1 and a.id = r.id
          returning a.id`,
        [
          agencyId,
          rankings.map((r) => r.id),
          rankings.map((r) => r.ordered),
          rankings.map((r) => r.best),
          rankings.map((r) => r.at),
          rankings.map((r) => r.late),
        ],
      );
      summary.rankings += updated.length;
    }
  }
  return summary;
}
