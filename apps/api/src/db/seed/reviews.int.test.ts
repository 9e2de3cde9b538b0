/**
 * The demo 360° reviews and peer rankings: the three months before today's month, most tasks done
 * (some late, some left undone), the current month untouched, deterministic and idempotent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { behaviourScores, peerStandings } from '../../modules/reviews/review-scores.reader.js';
import { seedDemoReviews, type ReviewSeedSummary } from './reviews.js';

const AS_OF = '2026-11-20';
let t: TestApp;
let first: ReviewSeedSummary;
let agencyId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-20T10:00:00+07:00' });
  agencyId = (await t.one<{ id: string }>("select id from agency where code = 'kota-contoh'")).id;
  first = await seedDemoReviews(t.orm.em.fork(), AS_OF);
}, 120_000);
afterAll(() => t?.close());

describe('seedDemoReviews', () => {
  it('fills most tasks of the three previous months and none of the current one', async () => {
    expect(first.months).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(first.reviews).toBeGreaterThan(1000);
    expect(first.rankings).toBeGreaterThan(500);
    const byMonth = await t.sql<{ month: string; done: string; total: string; late: string }>(
      `select month, count(*) filter (where submitted_at is not null) as done, count(*) as total,
              count(*) filter (where late) as late
         from peer_ranking_assignment group by month order by month`,
    );
    expect(byMonth.map((r) => r.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    for (const r of byMonth) {
      expect(Number(r.done) / Number(r.total)).toBeGreaterThan(0.8);
      expect(Number(r.done)).toBeLessThan(Number(r.total));
      expect(Number(r.late)).toBeGreaterThan(0);
    }
    const kinds = await t.sql<{ kind: string }>(
      `select distinct kind from behaviour_review order by kind`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(['SELF', 'SUPERVISOR', 'PEER', 'SUBORDINATE']);
    expect(await t.sql(`select 1 from behaviour_review where month = '2026-11'`)).toEqual([]);
  });

  it('gives the staff persona a behaviour score and a standing', async () => {
    const staffId = await t.idOf(persona.staff);
    const em = t.orm.em.fork();
    const scores = await behaviourScores(em, agencyId, [staffId], '2026-10');
    expect(scores.get(staffId)?.score).toBeGreaterThan(5000);
    const people = (await t.sql<{ id: string }>(`select id from employee where active`)).map(
      (r) => r.id,
    );
    const standings = await peerStandings(em, agencyId, people, '2026-10');
    expect(standings.size).toBeGreaterThan(200);
  });

  it('is idempotent and deterministic', async () => {
    const before = await t.sql(
      `select count(*) as n, sum(hashtext(array_to_string(scores, ','))) as h from behaviour_review`,
    );
    const again = await seedDemoReviews(t.orm.em.fork(), AS_OF);
    expect(again.reviews).toBe(0);
    expect(again.rankings).toBe(0);
    expect(
      await t.sql(
        `select count(*) as n, sum(hashtext(array_to_string(scores, ','))) as h from behaviour_review`,
      ),
    ).toEqual(before);
    const seeds = await t.sql<{ seed: string }>(`select seed from peer_draw limit 1`);
    expect(seeds[0]!.seed).toMatch(/^demo:/);
  });
});
