/**
 * The 360° behaviour review and the peer ranking on the demo city (rules.md, "The 360° behaviour
 * review"): assignments, submissions and their validation, late marking and closed months, the
 * anonymity threshold and the rater weights, the balanced draw over a 300-person department and
 * its reproducibility from the stored seed, the ranking results and standings, who may read what,
 * and statement counts. Clock: Friday 20 November 2026, 10:00 in Jakarta (November's tasks are due
 * on 5 December; October's were due on 5 November, so they are late now).
 */
import { appearances, balancedDesign } from '@kinerja/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../../test/factories.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { behaviourScores, peerStandings } from './review-scores.reader.js';
import { ensureDraw } from './reviews.draws.js';
import { BehaviourValue } from './reviews.enums.js';

const NOW = '2026-11-20T10:00:00+07:00';
const VALUES = Object.values(BehaviourValue);

const ASSIGNMENTS = `query($p: String!) { myReviewAssignments(period: $p) {
  id rateeId kind dueDate late submitted editable ratee { id nip } ratings { value score comment } } }`;
const SUBMIT = `mutation($i: BehaviourReviewInput!) { submitBehaviourReview(input: $i) {
  rateeId kind late submitted submittedAt ratings { value score comment } } }`;
const SUMMARY = `query($e: ID!, $p: String!) { behaviourSummary(employeeId: $e, period: $p) {
  employeeId score rating lead minRaters values { value score }
  kinds { kind count score weight effectiveWeight counted shown } comments { kind value comment } } }`;
const MY_RANKING = `query($p: String!) { myPeerRanking(period: $p) {
  id period dueDate late submitted editable coworkers { id } ranking { id } best { id } } }`;
const SUBMIT_RANKING = `mutation($p: String!, $o: [ID!]!, $b: ID!) {
  submitPeerRanking(period: $p, orderedEmployeeIds: $o, bestEmployeeId: $b) {
  id submitted late ranking { id } best { id } } }`;
const RESULTS = `query($p: String!, $u: ID!) { peerRankingResults(period: $p, unitId: $u) {
  unitId assigned submitted mutualBestPairs dissentingRaters
  standings { employeeId employee { id } percentile strength standardError timesRanked bestVotes submitted flags groupSize } } }`;

let t: TestApp;
let agencyId: string;
let staffId: string;
let sectionHeadId: string;
let departmentHeadId: string;
/** Someone of another department (a teacher of Dinas Pendidikan). */
let outsider: { id: string; nip: string };
/** The head of another section of Kominfo (not in the staff's chain). */
let otherHead: { id: string; nip: string };

const ratings = (score: number, comment: string | null = null) =>
  VALUES.map((value) => ({ value, score, comment }));

async function insertReview(
  month: string,
  raterId: string,
  rateeId: string,
  kind: string,
  score: number,
  comment: string | null = null,
) {
  await t.sql(
    `insert into behaviour_review (agency_id, id, month, rater_id, ratee_id, kind, scores, comments)
     values (?, gen_random_uuid(), ?, ?, ?, ?::rater_kind, array_fill(?::smallint, array[7]),
             array_fill(?::text, array[7]))`,
    [agencyId, month, raterId, rateeId, kind, score, comment],
  );
}

/** `n` active employees of the demo city outside Kominfo, to act as anonymous raters. */
async function otherPeople(n: number, offset = 0): Promise<string[]> {
  const rows = await t.sql<{ id: string }>(
    `select e.id from employee e join position p on p.id = e.position_id
       join org_unit u on u.id = p.unit_id
      where e.active and u.code like 'DISDIK%' order by e.nip offset ? limit ?`,
    [offset, n],
  );
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>("select id from agency where code = 'kota-contoh'")).id;
  staffId = await t.idOf(persona.staff);
  sectionHeadId = await t.idOf(persona.sectionHead);
  departmentHeadId = await t.idOf(persona.departmentHead);
  outsider = await t.one(
    `select e.id, e.nip from employee e join position p on p.id = e.position_id
       join org_unit u on u.id = p.unit_id where u.code = 'DISDIK.04' order by e.nip limit 1`,
  );
  otherHead = await t.one(
    `select e.id, e.nip from employee e
       join position p on p.id = e.position_id
       join position sp on sp.id = (select position_id from employee where nip = ?)
      where p.parent_id = sp.parent_id and p.id <> sp.id and p.kind = 'STRUCTURAL'
        and exists (select 1 from position c where c.parent_id = p.id)
      order by e.nip limit 1`,
    [persona.sectionHead],
  );
  await t.sql(
    `insert into period (agency_id, id, month, closed, closed_at) values (?, gen_random_uuid(), '2026-09', true, now())`,
    [agencyId],
  );
});
afterAll(() => t.close());

describe('360° assignments and submissions', () => {
  it('lists self, the supervisor, peers of the unit and direct reports, with due dates', async () => {
    const staff = await t.as(persona.staff, ASSIGNMENTS, { p: '2026-11' });
    expect(staff.errors).toBeUndefined();
    const list = staff.data!.myReviewAssignments as {
      rateeId: string;
      kind: string;
      dueDate: string;
      late: boolean;
      submitted: boolean;
      editable: boolean;
    }[];
    expect(list[0]).toMatchObject({
      rateeId: staffId,
      kind: 'SELF',
      dueDate: '2026-12-05',
      late: false,
      submitted: false,
      editable: true,
    });
    expect(list.find((a) => a.kind === 'SUBORDINATE')?.rateeId).toBe(sectionHeadId);
    const peers = list.filter((a) => a.kind === 'PEER');
    expect(peers.length).toBeGreaterThan(0);
    expect(peers.length).toBeLessThanOrEqual(3);
    expect(list.some((a) => a.kind === 'SUPERVISOR')).toBe(false);

    const head = await t.as(persona.sectionHead, ASSIGNMENTS, { p: '2026-11' });
    const headList = head.data!.myReviewAssignments as { rateeId: string; kind: string }[];
    expect(headList.filter((a) => a.kind === 'SUPERVISOR').map((a) => a.rateeId)).toContain(
      staffId,
    );
    // The unit's REVIEW draw was made once, with a stored seed.
    const draws = await t.sql(`select seed, size from peer_draw where purpose = 'REVIEW'`);
    expect(draws.length).toBeGreaterThanOrEqual(1);
  });

  it('lists in a fixed number of statements, however many people one rates', async () => {
    await t.as(persona.departmentHead, ASSIGNMENTS, { p: '2026-11' }); // draws made
    const few = await t.countStatements(() => t.as(persona.staff, ASSIGNMENTS, { p: '2026-11' }));
    const many = await t.countStatements(() =>
      t.as(persona.departmentHead, ASSIGNMENTS, { p: '2026-11' }),
    );
    expect(many.count).toBe(few.count);
  });

  it('accepts the seven values, editable until the month closes; late after the due date', async () => {
    const res = await t.as(persona.staff, SUBMIT, {
      i: { period: '2026-11', rateeId: sectionHeadId, ratings: ratings(8, ' Sangat membantu ') },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitBehaviourReview).toMatchObject({
      rateeId: sectionHeadId,
      kind: 'SUBORDINATE',
      late: false,
      submitted: true,
    });
    const again = await t.as(persona.staff, SUBMIT, {
      i: { period: '2026-11', rateeId: sectionHeadId, ratings: ratings(9) },
    });
    expect(
      (again.data!.submitBehaviourReview as { ratings: { score: number; comment: null }[] })
        .ratings[0],
    ).toMatchObject({ score: 9, comment: null });
    const rows = await t.sql(`select kind, scores from behaviour_review where rater_id = ?`, [
      staffId,
    ]);
    expect(rows).toEqual([{ kind: 'SUBORDINATE', scores: [9, 9, 9, 9, 9, 9, 9] }]);

    const late = await t.as(persona.staff, SUBMIT, {
      i: { period: '2026-10', rateeId: staffId, ratings: ratings(7) },
    });
    expect(late.errors).toBeUndefined();
    expect(late.data!.submitBehaviourReview).toMatchObject({ kind: 'SELF', late: true });
    const listed = await t.as(persona.staff, ASSIGNMENTS, { p: '2026-10' });
    expect(
      (
        listed.data!.myReviewAssignments as { kind: string; late: boolean; submitted: boolean }[]
      )[0],
    ).toMatchObject({ kind: 'SELF', late: true, submitted: true });
  });

  it('refuses a closed month and one not yet begun (CONFLICT)', async () => {
    const closed = await t.as(persona.staff, SUBMIT, {
      i: { period: '2026-09', rateeId: staffId, ratings: ratings(7) },
    });
    expect(closed.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(closed.errors?.[0]?.message).toContain('2026-09');
    const future = await t.as(persona.staff, SUBMIT, {
      i: { period: '2026-12', rateeId: staffId, ratings: ratings(7) },
    });
    expect(future.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const list = await t.as(persona.staff, ASSIGNMENTS, { p: '2026-09' });
    expect(
      (list.data!.myReviewAssignments as { editable: boolean }[]).every((a) => !a.editable),
    ).toBe(true);
  });

  it.each([
    ['six values', ratings(8).slice(0, 6), 'belum dinilai', 'not rated yet'],
    [
      'a value twice',
      [...ratings(8).slice(0, 6), { value: VALUES[0], score: 8 }],
      'lebih dari sekali',
      'more than once',
    ],
    [
      'a score of 11',
      ratings(8).map((r, i) => (i === 2 ? { ...r, score: 11 } : r)),
      'bilangan bulat 1 sampai 10',
      'from 1 to 10',
    ],
    [
      'a comment too long',
      ratings(8).map((r, i) => (i === 0 ? { ...r, comment: 'x'.repeat(1001) } : r)),
      'paling banyak 1000',
      'at most 1000',
    ],
  ])('refuses %s (BAD_USER_INPUT, id and en)', async (_, list, id, en) => {
    const i = { period: '2026-11', rateeId: staffId, ratings: list };
    const resId = await t.as(persona.staff, SUBMIT, { i });
    expect(resId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(resId.errors?.[0]?.message).toContain(id);
    const resEn = await t.as(persona.staff, SUBMIT, { i }, { lang: 'en' });
    expect(resEn.errors?.[0]?.message).toContain(en);
  });

  it('refuses to rate someone not assigned (FORBIDDEN) or unknown (NOT_FOUND)', async () => {
    const res = await t.as(persona.staff, SUBMIT, {
      i: { period: '2026-11', rateeId: outsider.id, ratings: ratings(8) },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await t.as(persona.staff, SUBMIT, {
      i: {
        period: '2026-11',
        rateeId: '00000000-0000-4000-8000-000000000000',
        ratings: ratings(8),
      },
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('behaviour summary: anonymity and weights', () => {
  const month = '2026-08';

  it('hides two peers (their weight moves to the supervisor) and shows three', async () => {
    const [p1, p2, p3] = await otherPeople(3);
    await insertReview(month, sectionHeadId, staffId, 'SUPERVISOR', 9, 'Teliti');
    await insertReview(month, p1!, staffId, 'PEER', 5, 'Kurang responsif');
    await insertReview(month, p2!, staffId, 'PEER', 5);
    await insertReview(month, staffId, staffId, 'SELF', 10, 'Saya hebat');
    const two = await t.as(persona.staff, SUMMARY, { e: staffId, p: month });
    expect(two.errors).toBeUndefined();
    const s2 = two.data!.behaviourSummary as {
      score: number;
      rating: string;
      lead: boolean;
      kinds: { kind: string; count: number; score: number | null; shown: boolean }[];
      comments: { kind: string; comment: string }[];
    };
    expect(s2).toMatchObject({ score: 90, rating: 'ABOVE', lead: false, minRaters: 3 });
    expect(s2.kinds.find((k) => k.kind === 'PEER')).toMatchObject({
      count: 2,
      score: null,
      shown: false,
      counted: false,
    });
    expect(s2.kinds.find((k) => k.kind === 'SUPERVISOR')).toMatchObject({
      score: 90,
      effectiveWeight: 100,
    });
    expect(s2.kinds.find((k) => k.kind === 'SELF')).toMatchObject({
      score: 100,
      weight: 0,
      counted: false,
      shown: true,
    });
    expect(s2.comments.map((c) => c.comment)).not.toContain('Kurang responsif');
    expect(s2.comments.some((c) => c.kind === 'SUPERVISOR' && c.comment === 'Teliti')).toBe(true);

    await insertReview(month, p3!, staffId, 'PEER', 5);
    const three = await t.as(persona.staff, SUMMARY, { e: staffId, p: month });
    const s3 = three.data!.behaviourSummary as typeof s2;
    // Staff: supervisor 50 × 90 + peers 50 × 50 = 70.
    expect(s3).toMatchObject({ score: 70, rating: 'AS_EXPECTED' });
    expect(s3.kinds.find((k) => k.kind === 'PEER')).toMatchObject({
      count: 3,
      score: 50,
      shown: true,
    });
    expect(s3.comments.filter((c) => c.kind === 'PEER').map((c) => c.comment)).toContain(
      'Kurang responsif',
    );
    // No rater is named anywhere in the answer.
    const text = JSON.stringify(three.data);
    for (const id of [p1, p2, p3]) expect(text).not.toContain(id);
  });

  it('weighs a lead supervisor 50, peers 30, subordinates 20', async () => {
    const peers = await otherPeople(3, 10);
    const reports = await t.sql<{ id: string }>(
      `select e.id from employee e join position p on p.id = e.position_id
        where p.parent_id = (select position_id from employee where id = ?) and e.active
        order by e.nip limit 3`,
      [sectionHeadId],
    );
    expect(reports.length).toBe(3);
    const supervisor = await t.sql<{ id: string }>(
      `select e.id from employee e where e.position_id =
         (select p.parent_id from position p join employee h on h.position_id = p.id where h.id = ?)`,
      [sectionHeadId],
    );
    await insertReview(month, supervisor[0]!.id, sectionHeadId, 'SUPERVISOR', 10);
    for (const p of peers) await insertReview(month, p, sectionHeadId, 'PEER', 8);
    for (const r of reports) await insertReview(month, r.id, sectionHeadId, 'SUBORDINATE', 5);
    const res = await t.as(persona.sectionHead, SUMMARY, { e: sectionHeadId, p: month });
    expect(res.errors).toBeUndefined();
    const s = res.data!.behaviourSummary as {
      score: number;
      lead: boolean;
      kinds: { kind: string; effectiveWeight: number }[];
    };
    expect(s).toMatchObject({ score: 84, lead: true });
    expect(s.kinds.map((k) => k.effectiveWeight)).toEqual([0, 50, 30, 20]);
  });

  it('gives the report card the scores in three statements, whatever the number of people', async () => {
    const em = t.orm.em.fork();
    const one = await t.countStatements(() => behaviourScores(em, agencyId, [staffId], month));
    const ids = [staffId, sectionHeadId, ...(await otherPeople(50))];
    let scores = new Map<string, { score: number; values: { value: string; score: number }[] }>();
    const many = await t.countStatements(async () => {
      scores = await behaviourScores(em, agencyId, ids, month);
    });
    expect(one.count).toBe(3);
    expect(many.count).toBe(3);
    expect(scores.get(staffId)).toMatchObject({ score: 7000 });
    expect(scores.get(staffId)!.values).toHaveLength(7);
    expect(scores.get(sectionHeadId)?.score).toBe(8400);
    expect(scores.size).toBe(2);
  });

  it('is readable by the person, their chain, admins and executives only', async () => {
    for (const nip of [
      persona.staff,
      persona.sectionHead,
      persona.departmentHead,
      persona.sekda,
      persona.agencyAdmin,
    ]) {
      const res = await t.as(nip, SUMMARY, { e: staffId, p: month });
      expect(res.errors, nip).toBeUndefined();
    }
    const peer = await t.as(outsider.nip, SUMMARY, { e: staffId, p: month });
    expect(peer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const head = await t.as(otherHead.nip, SUMMARY, { e: staffId, p: month });
    expect(head.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const staffOnHead = await t.as(persona.staff, SUMMARY, { e: sectionHeadId, p: month });
    expect(staffOnHead.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const other = await Factory.agency(t.orm.em.fork());
    const unit = await other.unit('Dinas Lain');
    const position = await other.position('Staf', unit);
    const stranger = await other.employee('Orang Lain', position);
    const foreign = await t.as(persona.agencyAdmin, SUMMARY, { e: stranger.id, p: month });
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('peer ranking', () => {
  let coworkers: string[];

  it('gives the caller 12 coworkers of their department, reproducible from the stored seed', async () => {
    const res = await t.as(persona.staff, MY_RANKING, { p: '2026-11' });
    expect(res.errors).toBeUndefined();
    const r = res.data!.myPeerRanking as {
      dueDate: string;
      submitted: boolean;
      coworkers: { id: string }[];
    };
    expect(r).toMatchObject({ dueDate: '2026-12-05', submitted: false });
    coworkers = r.coworkers.map((c) => c.id);
    expect(coworkers).toHaveLength(12);
    expect(new Set(coworkers).size).toBe(12);
    expect(coworkers).not.toContain(staffId);

    const draw = await t.one<{ id: string; seed: string; size: number; member_ids: string[] }>(
      `select d.id, d.seed, d.size, d.member_ids from peer_draw d
        join peer_ranking_assignment a on a.draw_id = d.id where a.rater_id = ? and a.month = '2026-11'`,
      [staffId],
    );
    expect(draw.member_ids).toContain(sectionHeadId);
    expect(draw.member_ids).toContain(departmentHeadId);
    const stored = await t.sql<{ rater_id: string; coworker_ids: string[] }>(
      `select rater_id, coworker_ids from peer_ranking_assignment where draw_id = ?`,
      [draw.id],
    );
    expect(stored).toHaveLength(draw.member_ids.length);
    const design = balancedDesign(draw.member_ids, draw.size, draw.seed);
    for (const s of stored) expect(s.coworker_ids).toEqual(design.get(s.rater_id));
    // The section head of the same department gets an assignment of the same draw.
    const head = await t.as(persona.sectionHead, MY_RANKING, { p: '2026-11' });
    expect((head.data!.myPeerRanking as { coworkers: unknown[] }).coworkers).toHaveLength(12);
    expect(await t.sql(`select id from peer_draw where purpose = 'RANKING'`)).toHaveLength(1);
  });

  const cases: [string, () => { o: string[]; b: string }, string, string][] = [
    [
      'one missing',
      () => ({ o: coworkers.slice(1), b: coworkers[1]! }),
      'belum diurutkan',
      'not ranked yet',
    ],
    [
      'an extra coworker',
      () => ({ o: [...coworkers, outsider.id], b: coworkers[0]! }),
      'tidak termasuk 12 rekan kerja',
      'is not one of the 12 coworkers',
    ],
    [
      'a duplicate',
      () => ({ o: [...coworkers.slice(0, 11), coworkers[0]!], b: coworkers[0]! }),
      'lebih dari sekali',
      'more than once',
    ],
    [
      'oneself',
      () => ({ o: [staffId, ...coworkers.slice(1)], b: coworkers[1]! }),
      'diri sendiri',
      'yourself',
    ],
    [
      'a best performer outside the set',
      () => ({ o: coworkers, b: outsider.id }),
      'Rekan kerja terbaik',
      'best coworker',
    ],
  ];
  it.each(cases)('refuses %s (BAD_USER_INPUT, id and en)', async (_, make, id, en) => {
    const { o, b } = make();
    const resId = await t.as(persona.staff, SUBMIT_RANKING, { p: '2026-11', o, b });
    expect(resId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(resId.errors?.[0]?.message).toContain(id);
    const resEn = await t.as(persona.staff, SUBMIT_RANKING, { p: '2026-11', o, b }, { lang: 'en' });
    expect(resEn.errors?.[0]?.message).toContain(en);
  });

  it('accepts exactly the 12 (best need not be first), resubmitted until the month closes', async () => {
    const res = await t.as(persona.staff, SUBMIT_RANKING, {
      p: '2026-11',
      o: coworkers,
      b: coworkers[3],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitPeerRanking).toMatchObject({
      submitted: true,
      late: false,
      best: { id: coworkers[3] },
    });
    const reversed = [...coworkers].reverse();
    const again = await t.as(persona.staff, SUBMIT_RANKING, {
      p: '2026-11',
      o: reversed,
      b: reversed[0],
    });
    expect(
      (again.data!.submitPeerRanking as { ranking: { id: string }[] }).ranking.map((e) => e.id),
    ).toEqual(reversed);

    const october = await t.as(persona.staff, MY_RANKING, { p: '2026-10' });
    const oct = october.data!.myPeerRanking as { late: boolean; coworkers: { id: string }[] };
    expect(oct.late).toBe(true);
    const ids = oct.coworkers.map((c) => c.id);
    const late = await t.as(persona.staff, SUBMIT_RANKING, { p: '2026-10', o: ids, b: ids[0] });
    expect(late.data!.submitPeerRanking).toMatchObject({ submitted: true, late: true });

    const closed = await t.as(persona.staff, SUBMIT_RANKING, { p: '2026-09', o: ids, b: ids[0] });
    expect(closed.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // A closed month never gets a draw.
    expect(
      (await t.as(persona.staff, MY_RANKING, { p: '2026-09' })).data!.myPeerRanking,
    ).toBeNull();
  });

  it('draws from the unit when the policy sets the peer group to UNIT', async () => {
    // July follows a version with peerGroup UNIT; August returns to the defaults.
    await t.sql(
      `insert into performance_policy
       select (jsonb_populate_record(null::performance_policy, to_jsonb(p)
                || jsonb_build_object('id', gen_random_uuid(), 'effective_from', d.day,
                                      'review_settings', d.settings))).*
         from performance_policy p,
              (values ('2026-07-01', '{"peerGroup": "UNIT"}'::jsonb), ('2026-08-01', '{}'::jsonb))
                as d(day, settings)
        where p.effective_from = '2026-01-01'`,
    );
    const unitMates = await t.sql<{ id: string }>(
      `select e.id from employee e join position p on p.id = e.position_id
        where e.active and e.id <> ? and p.unit_id =
              (select p2.unit_id from employee e2 join position p2 on p2.id = e2.position_id where e2.id = ?)`,
      [staffId, staffId],
    );
    expect(unitMates.length).toBeGreaterThan(1);
    expect(unitMates.length).toBeLessThan(12);
    const july = await t.as(persona.staff, MY_RANKING, { p: '2026-07' });
    expect(july.errors).toBeUndefined();
    const drawn = (july.data!.myPeerRanking as { coworkers: { id: string }[] }).coworkers;
    // A unit smaller than 13: everyone else in it, nobody from the rest of the department.
    expect(drawn.map((c) => c.id).sort()).toEqual(unitMates.map((m) => m.id).sort());
  });
});

describe('a 300-person department', () => {
  let deptId: string;
  let members: string[];
  let drawId: string;

  beforeAll(async () => {
    const root = await t.one<{ id: string }>(
      `select id from org_unit where agency_id = ? and parent_id is null`,
      [agencyId],
    );
    const dept = await t.one<{ id: string }>(
      `insert into org_unit (agency_id, id, parent_id, code, name, kind)
       values (?, gen_random_uuid(), ?, 'BESAR', 'Dinas Besar', 'DEPARTMENT') returning id`,
      [agencyId, root.id],
    );
    deptId = dept.id;
    const head = await t.one<{ id: string }>(
      `insert into position (agency_id, id, unit_id, name, kind, job_class)
       values (?, gen_random_uuid(), ?, 'Kepala Dinas Besar', 'STRUCTURAL', 14) returning id`,
      [agencyId, deptId],
    );
    const staffPos = await t.one<{ id: string }>(
      `insert into position (agency_id, id, unit_id, parent_id, name, kind, job_class)
       values (?, gen_random_uuid(), ?, ?, 'Pelaksana', 'EXECUTOR', 6) returning id`,
      [agencyId, deptId, head.id],
    );
    await t.sql(
      `insert into employee (agency_id, id, nip, name, position_id)
       select ?, gen_random_uuid(), '19900101202001' || lpad(g::text, 4, '0'), 'Pegawai ' || g,
              case when g = 0 then ?::uuid else ?::uuid end
         from generate_series(0, 299) g`,
      [agencyId, head.id, staffPos.id],
    );
    members = (
      await t.sql<{ id: string }>(
        `select e.id from employee e join position p on p.id = e.position_id where p.unit_id = ? order by e.id`,
        [deptId],
      )
    ).map((r) => r.id);
    expect(members).toHaveLength(300);
  });

  it('draws once under concurrent first requests; everyone ranks 12 and appears 12 times', async () => {
    const req = {
      month: '2026-11',
      purpose: 'RANKING' as const,
      groupUnitId: deptId,
      mode: 'DEPARTMENT' as const,
      date: '2026-11-20',
      size: 12,
    };
    const [a, b] = await Promise.all([
      ensureDraw(t.orm.em.fork(), agencyId, req),
      ensureDraw(t.orm.em.fork(), agencyId, req),
    ]);
    expect(a.id).toBe(b.id);
    drawId = a.id;
    expect([...a.memberIds].sort()).toEqual(members);
    const rows = await t.sql<{ rater_id: string; coworker_ids: string[] }>(
      `select rater_id, coworker_ids from peer_ranking_assignment where draw_id = ?`,
      [drawId],
    );
    expect(rows).toHaveLength(300);
    const design = new Map(rows.map((r) => [r.rater_id, r.coworker_ids]));
    for (const [rater, others] of design) {
      expect(new Set(others).size).toBe(12);
      expect(others).not.toContain(rater);
    }
    expect(new Set(appearances(design).values())).toEqual(new Set([12]));
    // Reproducible from the stored seed.
    const recomputed = balancedDesign(a.memberIds, a.size, a.seed);
    for (const [rater, others] of design) expect(others).toEqual(recomputed.get(rater));
  });

  it('fits the rankings: standings follow the consensus, in two statements for any number', async () => {
    // Everyone ranks by NIP (the lower, the better) and names the first best.
    await t.sql(
      `update peer_ranking_assignment a
          set ordered_ids = o.ids, best_id = o.ids[1], submitted_at = now()
         from (select a2.id, array_agg(c.id order by e.nip) as ids
                 from peer_ranking_assignment a2, unnest(a2.coworker_ids) c(id)
                 join employee e on e.id = c.id
                where a2.draw_id = ? group by a2.id) o
        where a.id = o.id`,
      [drawId],
    );
    const em = t.orm.em.fork();
    const byNip = (
      await t.sql<{ id: string }>(
        `select e.id from employee e join position p on p.id = e.position_id where p.unit_id = ? order by e.nip`,
        [deptId],
      )
    ).map((r) => r.id);
    let standings = new Map<string, { percentile: number }>();
    const few = await t.countStatements(() =>
      peerStandings(em, agencyId, byNip.slice(0, 2), '2026-11'),
    );
    const many = await t.countStatements(async () => {
      standings = await peerStandings(em, agencyId, byNip, '2026-11');
    });
    expect(few.count).toBe(2);
    expect(many.count).toBe(2);
    expect(standings.size).toBe(300);
    const first = standings.get(byNip[0]!)!.percentile;
    const middle = standings.get(byNip[150]!)!.percentile;
    const last = standings.get(byNip[299]!)!.percentile;
    expect(first).toBeGreaterThan(95);
    expect(middle).toBeGreaterThan(30);
    expect(middle).toBeLessThan(70);
    expect(last).toBeLessThan(5);
  });

  it('shows the results to the admin with flags, and refuses staff and others’ units', async () => {
    // A mutual best pair and a dissenter among the department. The cyclic design seldom makes
    // two people rank each other, so y's first coworker is replaced by x.
    const x = await t.one<{ rater_id: string; coworker_ids: string[] }>(
      `select rater_id, coworker_ids from peer_ranking_assignment where draw_id = ? order by rater_id limit 1`,
      [drawId],
    );
    const y = x.coworker_ids[0]!;
    await t.sql(
      `update peer_ranking_assignment
          set coworker_ids = case when ?::uuid = any(coworker_ids) then coworker_ids
                                  else array_replace(coworker_ids, coworker_ids[1], ?::uuid) end,
              ordered_ids = case when ?::uuid = any(ordered_ids) then ordered_ids
                                 else array_replace(ordered_ids, coworker_ids[1], ?::uuid) end,
              -- y names x best in the same statement: y's former best may be the one replaced.
              best_id = ?::uuid
        where draw_id = ? and rater_id = ?`,
      [x.rater_id, x.rater_id, x.rater_id, x.rater_id, x.rater_id, drawId, y],
    );
    await t.sql(
      `update peer_ranking_assignment set best_id = ? where draw_id = ? and rater_id = ?`,
      [y, drawId, x.rater_id],
    );
    await t.sql(
      `update peer_ranking_assignment set ordered_ids = (select array_agg(u order by ordinality desc) from unnest(ordered_ids) with ordinality u)
        where draw_id = ? and rater_id = ?`,
      [drawId, x.rater_id],
    );
    const res = await t.as(persona.agencyAdmin, RESULTS, { p: '2026-11', u: deptId });
    expect(res.errors).toBeUndefined();
    const r = res.data!.peerRankingResults as {
      assigned: number;
      submitted: number;
      mutualBestPairs: number;
      dissentingRaters: number;
      standings: {
        employeeId: string;
        flags: string[] | null;
        percentile: number;
        groupSize: number;
      }[];
    };
    expect(r).toMatchObject({ assigned: 300, submitted: 300 });
    expect(r.standings).toHaveLength(300);
    expect(r.standings[0]!.groupSize).toBe(300);
    expect(r.mutualBestPairs).toBeGreaterThanOrEqual(1);
    expect(r.dissentingRaters).toBeGreaterThanOrEqual(1);
    expect(r.standings.find((s) => s.employeeId === x.rater_id)!.flags).toEqual(
      expect.arrayContaining(['MUTUAL_BEST', 'DISSENTING_RATER']),
    );

    const staff = await t.as(persona.staff, RESULTS, { p: '2026-11', u: deptId });
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const head = await t.as(persona.sectionHead, RESULTS, { p: '2026-11', u: deptId });
    expect(head.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await t.as(persona.agencyAdmin, RESULTS, {
      p: '2026-11',
      u: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('shows a supervisor their unit’s standings with counts but no per-person flags', async () => {
    const unit = await t.one<{ unit_id: string }>(
      `select p.unit_id from employee e join position p on p.id = e.position_id where e.nip = ?`,
      [persona.sectionHead],
    );
    const res = await t.as(persona.sectionHead, RESULTS, { p: '2026-11', u: unit.unit_id });
    expect(res.errors).toBeUndefined();
    const r = res.data!.peerRankingResults as {
      submitted: number;
      standings: { employeeId: string; flags: null; timesRanked: number }[];
    };
    expect(r.standings.map((s) => s.employeeId)).toContain(staffId);
    expect(r.standings.every((s) => s.flags === null)).toBe(true);
    expect(r.submitted).toBeGreaterThanOrEqual(1);
    const dept = await t.as(persona.departmentHead, RESULTS, { p: '2026-11', u: unit.unit_id });
    expect(dept.errors).toBeUndefined();
    // A fixed number of statements whether the unit has a dozen people or 300.
    await t.as(persona.agencyAdmin, RESULTS, { p: '2026-11', u: unit.unit_id });
    const small = await t.countStatements(() =>
      t.as(persona.agencyAdmin, RESULTS, { p: '2026-11', u: unit.unit_id }),
    );
    const large = await t.countStatements(() =>
      t.as(persona.agencyAdmin, RESULTS, { p: '2026-11', u: deptId }),
    );
    expect(large.count).toBe(small.count);
  });
});
