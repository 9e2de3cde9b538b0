/**
 * SKP before the supervisor's plan (issue 10) on the demo city's Dinas Sosial, where nobody has a
 * plan: a staff member drafts and submits a plan while their section head has none, the head
 * approves it and the alignment view flags the unaligned result; once the head's plan exists
 * (and is approved), the result is aligned later, by the owner or the head, without a new
 * approval; a peer or a manager further up may not; parents outside the head's plan and changes
 * to an aligned result of an approved plan are refused (id and en); every alignment is audited.
 * Clock: Friday 20 November 2026, Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

const NOW = '2026-11-20T10:00:00+07:00';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const PLAN_FIELDS = `id year status supervisorPlanStatus supportableResults { id title }
  results { id title parentResultId }`;
const PLAN = `query($year: Int!, $e: ID) { performancePlan(year: $year, employeeId: $e) { ${PLAN_FIELDS} } }`;
const SAVE = `mutation($i: PerformancePlanInput!) { savePerformancePlan(input: $i) { ${PLAN_FIELDS} } }`;
const SUBMIT = `mutation($year: Int!) { submitPerformancePlan(year: $year) { id status } }`;
const DECIDE = `mutation($id: ID!, $d: PlanDecision!) {
  decidePerformancePlan(planId: $id, decision: $d) { id status } }`;
const ALIGN = `mutation($id: ID!, $links: [ResultAlignmentInput!]!) {
  alignPlannedResults(planId: $id, links: $links) { ${PLAN_FIELDS} } }`;
const ALIGNMENT = `query($u: ID!, $year: Int!) { alignment(unitId: $u, year: $year) {
  counts { people plans approvedPlans results supportsNothing unsupported }
  nodes { depth flags planStatus owner { nip } result { id title } } } }`;
const PENDING = `query { pendingIkiDecisions(first: 50) { totalCount
  edges { node { plan { id supervisorPlanStatus supportableResults { id } } } } } }`;

type Plan = {
  id: string;
  status: string;
  supervisorPlanStatus: string | null;
  supportableResults: { id: string; title: string }[];
  results: { id: string; title: string; parentResultId: string | null }[];
};
type Node = { flags: string[]; planStatus: string; owner: { nip: string }; result: { id: string } };

let t: TestApp;
let staffNip: string;
let peerNip: string;
let headNip: string;
let divisionHeadNip: string;
let sectionUnit: string;
let staffPlan: Plan;
let headPlan: Plan;

const indicator = (name: string) => ({ kind: 'QUANTITY', name, target: 12, unit: 'laporan' });

async function ok<T>(nip: string, query: string, vars: Record<string, unknown>): Promise<T> {
  const res = await t.as(nip, query, vars);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

const holderOf = async (position: string) =>
  await t.one<{ nip: string; unit_id: string }>(
    `select e.nip, p.unit_id from employee e join position p on p.id = e.position_id
        where p.name = ? and e.active order by e.nip limit 1`,
    [position],
  );

const nodesOf = async (nip: string) =>
  (
    await ok<{ alignment: { nodes: Node[]; counts: Record<string, number> } }>(nip, ALIGNMENT, {
      u: sectionUnit,
      year: 2026,
    })
  ).alignment;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  const staff = await holderOf('Pengolah Data Kesejahteraan Sosial');
  staffNip = staff.nip;
  sectionUnit = staff.unit_id;
  peerNip = (await holderOf('Penyuluh Sosial Ahli Pertama')).nip;
  headNip = (await holderOf('Kepala Seksi Jaminan Sosial Keluarga')).nip;
  divisionHeadNip = (await holderOf('Kepala Bidang Perlindungan dan Jaminan Sosial')).nip;
  const { n } = await t.one<{ n: number }>(
    `select count(*)::int as n from performance_plan where year = 2026 and employee_id in
       (select id from employee where nip in (?, ?))`,
    [staffNip, headNip],
  );
  expect(n).toBe(0);
});
afterAll(() => t?.close());

describe('a plan before the supervisor’s plan', () => {
  it('is drafted with nothing to support, and says the supervisor has no plan yet', async () => {
    staffPlan = (
      await ok<{ savePerformancePlan: Plan }>(staffNip, SAVE, {
        i: {
          year: 2026,
          results: [
            {
              title: 'Tersedianya data kesejahteraan sosial keluarga yang mutakhir',
              indicators: [indicator('Laporan pemutakhiran data')],
            },
            {
              title: 'Tersalurkannya bantuan jaminan sosial tepat sasaran',
              indicators: [indicator('Laporan penyaluran bantuan')],
            },
          ],
        },
      })
    ).savePerformancePlan;
    expect(staffPlan).toMatchObject({
      status: 'DRAFT',
      supervisorPlanStatus: null,
      supportableResults: [],
      results: [{ parentResultId: null }, { parentResultId: null }],
    });
  });

  it('is submitted and approved by the supervisor, who has no plan either', async () => {
    await ok(staffNip, SUBMIT, { year: 2026 });
    await t.as(headNip, PENDING); // signs in
    const one = await t.countStatements(() => t.as(headNip, PENDING));
    // A peer submits too: the supervisor's plan of both is read in the same statements.
    await ok(peerNip, SAVE, {
      i: {
        year: 2026,
        results: [
          {
            title: 'Terlaksananya penyuluhan sosial keluarga',
            indicators: [indicator('Laporan penyuluhan')],
          },
        ],
      },
    });
    await ok(peerNip, SUBMIT, { year: 2026 });
    const two = await t.countStatements(() => t.as(headNip, PENDING));
    expect(two.count).toBe(one.count);
    expect(two.sql.filter((s) => s.includes('unnest'))).toHaveLength(1);

    const pending = await ok<{
      pendingIkiDecisions: { edges: { node: { plan: Plan | null } }[] };
    }>(headNip, PENDING, {});
    const plans = pending.pendingIkiDecisions.edges.map((e) => e.node.plan);
    expect(plans).toHaveLength(2);
    expect(plans).toContainEqual({
      id: staffPlan.id,
      supervisorPlanStatus: null,
      supportableResults: [],
    });
    const decided = await ok<{ decidePerformancePlan: { status: string } }>(headNip, DECIDE, {
      id: staffPlan.id,
      d: 'APPROVE',
    });
    expect(decided.decidePerformancePlan.status).toBe('APPROVED');
  });

  it('is flagged by the alignment view: its results support nothing', async () => {
    const a = await nodesOf(headNip);
    const own = a.nodes.filter((n) => n.owner.nip === staffNip);
    expect(own).toHaveLength(2);
    for (const n of own)
      expect(n).toMatchObject({ flags: ['SUPPORTS_NOTHING'], planStatus: 'APPROVED' });
    // The peer's plan (submitted, one result) is flagged too.
    expect(a.counts).toMatchObject({ plans: 2, approvedPlans: 1, results: 3, supportsNothing: 3 });
  });

  it('cannot be aligned while the supervisor has no plan (id and en)', async () => {
    const links = [{ resultId: staffPlan.results[0]!.id, parentResultId: UNKNOWN }];
    const id = await t.as(staffNip, ALIGN, { id: staffPlan.id, links });
    expect(id.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'links.0.parentResultId',
    });
    expect(id.errors?.[0]?.message).toBe(
      'Atasan langsung pemilik SKP belum menyusun SKP tahun 2026; keselarasan hasil kerja "Tersedianya data kesejahteraan sosial keluarga yang mutakhir" dapat ditambahkan setelah SKP atasan disusun.',
    );
    const en = await t.as(staffNip, ALIGN, { id: staffPlan.id, links }, { lang: 'en' });
    expect(en.errors?.[0]?.message).toBe(
      'The owner’s direct supervisor has no plan for 2026 yet; result "Tersedianya data kesejahteraan sosial keluarga yang mutakhir" can be aligned once that plan exists.',
    );
  });
});

describe('aligning later', () => {
  it('offers the supervisor’s results once their plan exists, and flags them unsupported', async () => {
    headPlan = (
      await ok<{ savePerformancePlan: Plan }>(headNip, SAVE, {
        i: {
          year: 2026,
          results: [
            {
              title: 'Terlaksananya pendataan dan penyaluran jaminan sosial keluarga',
              indicators: [indicator('Laporan jaminan sosial keluarga')],
            },
            {
              title: 'Terkelolanya pengaduan jaminan sosial',
              indicators: [indicator('Laporan pengaduan')],
            },
          ],
        },
      })
    ).savePerformancePlan;
    await ok(headNip, SUBMIT, { year: 2026 });
    await ok(divisionHeadNip, DECIDE, { id: headPlan.id, d: 'APPROVE' });

    const seen = (await ok<{ performancePlan: Plan }>(staffNip, PLAN, { year: 2026 }))
      .performancePlan;
    expect(seen.supervisorPlanStatus).toBe('APPROVED');
    expect(seen.supportableResults.map((r) => r.id)).toEqual(headPlan.results.map((r) => r.id));

    const a = await nodesOf(headNip);
    const head = a.nodes.filter((n) => n.owner.nip === headNip);
    // The division head has no plan: the head's results support nothing, and nobody supports them.
    for (const n of head) expect(n.flags).toEqual(['SUPPORTS_NOTHING', 'UNSUPPORTED']);
    expect(a.counts).toMatchObject({ plans: 3, results: 5, supportsNothing: 5, unsupported: 2 });
  });

  it('is refused to a peer and to a manager further up (FORBIDDEN), and for unknown plans', async () => {
    const links = [{ resultId: staffPlan.results[0]!.id, parentResultId: headPlan.results[0]!.id }];
    for (const nip of [peerNip, divisionHeadNip, persona.agencyAdmin]) {
      const res = await t.as(nip, ALIGN, { id: staffPlan.id, links }, { lang: 'en' });
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe(
        'Only the plan’s owner and their direct supervisor may align this plan’s results.',
      );
    }
    for (const id of [UNKNOWN, 'not-an-id']) {
      const res = await t.as(staffNip, ALIGN, { id, links });
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a parent outside the supervisor’s plan and a result outside the plan', async () => {
    const otherResult = headPlan.results[0]!.id; // the head's own result: not of the staff's plan
    const foreign = await t.as(staffNip, ALIGN, {
      id: staffPlan.id,
      links: [{ resultId: staffPlan.results[0]!.id, parentResultId: staffPlan.results[1]!.id }],
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'links.0.parentResultId',
    });
    expect(foreign.errors?.[0]?.message).toBe(
      'Hasil kerja "Tersedianya data kesejahteraan sosial keluarga yang mutakhir" hanya dapat mendukung hasil kerja pada SKP tahun 2026 milik atasan langsung pemilik SKP.',
    );
    const outside = await t.as(
      staffNip,
      ALIGN,
      { id: staffPlan.id, links: [{ resultId: otherResult, parentResultId: otherResult }] },
      { lang: 'en' },
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'links.0.resultId',
    });
    const none = await t.as(staffNip, ALIGN, { id: staffPlan.id, links: [] }, { lang: 'en' });
    expect(none.errors?.[0]?.message).toBe('Name 1 to 30 results to align.');
  });

  it('lets the owner align an approved plan’s result, with no new approval, audited', async () => {
    const aligned = (
      await ok<{ alignPlannedResults: Plan }>(staffNip, ALIGN, {
        id: staffPlan.id,
        links: [{ resultId: staffPlan.results[0]!.id, parentResultId: headPlan.results[0]!.id }],
      })
    ).alignPlannedResults;
    expect(aligned.status).toBe('APPROVED');
    expect(aligned.results.map((r) => r.parentResultId)).toEqual([headPlan.results[0]!.id, null]);
    const audit = await t.sql<{ actor: string; data: { links: unknown[]; status: string } }>(
      `select (select nip from employee where id = a.actor_id) as actor, a.data
         from audit_event a where a.action = 'plan.align' and a.entity_id = ?`,
      [staffPlan.id],
    );
    expect(audit).toEqual([
      {
        actor: staffNip,
        data: expect.objectContaining({
          status: 'APPROVED',
          links: [
            {
              resultId: staffPlan.results[0]!.id,
              before: null,
              after: headPlan.results[0]!.id,
            },
          ],
        }),
      },
    ]);
  });

  it('lets the supervisor align the other result; the view no longer flags them', async () => {
    const before = await nodesOf(headNip);
    expect(before.nodes.find((n) => n.result.id === staffPlan.results[1]!.id)!.flags).toEqual([
      'SUPPORTS_NOTHING',
    ]);
    expect(before.nodes.find((n) => n.result.id === staffPlan.results[0]!.id)!.flags).toEqual([]);

    await ok(headNip, ALIGN, {
      id: staffPlan.id,
      links: [{ resultId: staffPlan.results[1]!.id, parentResultId: headPlan.results[1]!.id }],
    });
    const after = await nodesOf(headNip);
    for (const r of staffPlan.results)
      expect(after.nodes.find((n) => n.result.id === r.id)).toMatchObject({ flags: [] });
    for (const r of headPlan.results)
      expect(after.nodes.find((n) => n.result.id === r.id)!.flags).toEqual(['SUPPORTS_NOTHING']);
    expect(after.counts).toMatchObject({ supportsNothing: 3, unsupported: 0 });
    const plan = (await ok<{ performancePlan: Plan }>(staffNip, PLAN, { year: 2026 }))
      .performancePlan;
    expect(plan.status).toBe('APPROVED');
  });

  it('refuses to change an aligned result of an approved plan (CONFLICT); the same link is a no-op', async () => {
    const change = await t.as(
      staffNip,
      ALIGN,
      {
        id: staffPlan.id,
        links: [{ resultId: staffPlan.results[0]!.id, parentResultId: headPlan.results[1]!.id }],
      },
      { lang: 'en' },
    );
    expect(change.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(change.errors?.[0]?.message).toBe(
      'Result "Tersedianya data kesejahteraan sosial keluarga yang mutakhir" is already aligned; its alignment cannot be changed on a plan that is approved.',
    );
    const same = await t.as(staffNip, ALIGN, {
      id: staffPlan.id,
      links: [{ resultId: staffPlan.results[0]!.id, parentResultId: headPlan.results[0]!.id }],
    });
    expect(same.errors).toBeUndefined();
    const { n } = await t.one<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'plan.align' and entity_id = ?`,
      [staffPlan.id],
    );
    expect(n).toBe(2);
  });
});
