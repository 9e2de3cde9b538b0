/**
 * SKP plans and monthly IKI on the demo city (issue 7): drafting, validation, submission and the
 * supervisor's decision; the alignment tree and its flags; IKI reports with evidence, late marking,
 * closing, approval and scoring; the teachers' template; who may do what; statement counts.
 * Clock: Friday 20 November 2026, Jakarta (October's IKI was due on 5 November: late now).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../../test/factories.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { ikiScores } from './iki.reader.js';

const NOW = '2026-11-20T10:00:00+07:00';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const PLAN_FIELDS = `id year status employeeId templateCode decisionNote decisionSource skpScore
  results { id title parentResultId parentResult { id title } indicators { id kind name target unit practiceId } }`;
const PLAN = `query($year: Int!, $e: ID) { performancePlan(year: $year, employeeId: $e) { ${PLAN_FIELDS} } }`;
const SAVE = `mutation($i: PerformancePlanInput!) { savePerformancePlan(input: $i) { ${PLAN_FIELDS} } }`;
const SUBMIT = `mutation($year: Int!) { submitPerformancePlan(year: $year) { id status } }`;
const DECIDE = `mutation($id: ID!, $d: PlanDecision!, $note: String) {
  decidePerformancePlan(planId: $id, decision: $d, note: $note) { id status decisionNote decisionSource } }`;
const SUPPORTABLE = `query($year: Int!) { supportableResults(year: $year) { id title } }`;
const ALIGNMENT = `query($u: ID!, $year: Int!) { alignment(unitId: $u, year: $year) {
  counts { people plans approvedPlans results supportsNothing unsupported }
  nodes { depth inUnit flags supporters planStatus owner { nip } result { id title parentResultId } }
  roots { result { title } children { result { title } } } } }`;
const IKI = `query($p: String!, $e: ID) { ikiReport(period: $p, employeeId: $e) {
  period status dueDate closed late canSubmit score skpScore report { id status late score }
  lines { indicator { id kind name target unit } result { title } realisation { realisation observation note score } evidence { id } } } }`;
const SCORES = `query($p: String!, $e: ID) { ikiReport(period: $p, employeeId: $e) {
  score computedScore lines { score realisation { score } } } }`;
const SUBMIT_IKI = `mutation($p: String!, $r: [IkiRealisationInput!]!) { submitIkiReport(period: $p, realisations: $r) {
  status late report { id status late } lines { realisation { realisation } evidence { id } } } }`;
const DECIDE_IKI = `mutation($id: ID!, $d: PlanDecision!, $note: String) {
  decideIkiReport(reportId: $id, decision: $d, note: $note) { id status score decisionNote } }`;
const PENDING = `query($first: Int, $after: String) { pendingIkiDecisions(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { kind id decisionSource employee { nip name } plan { year } report { month } } } } }`;
const PRACTICES = `query { teachingPractices { id code name } }`;
const ADD_PRACTICE = `mutation($i: TeachingPracticeInput!) { addTeachingPractice(input: $i) { id code name active } }`;
const TEMPLATE = `mutation($year: Int!, $p: ID!) { createPlanFromTemplate(year: $year, practiceId: $p) { ${PLAN_FIELDS} } }`;

let t: TestApp;
let agencyId: string;
let staffId: string;
let sectionUnit: string;
let peerNip: string;
let divisionHeadNip: string;
let otherHeadNip: string;
let teacherNip: string;

type Plan = {
  id: string;
  status: string;
  results: { id: string; title: string; indicators: { id: string; kind: string }[] }[];
};

const indicator = (over: Record<string, unknown> = {}) => ({
  kind: 'QUANTITY',
  name: 'Aplikasi layanan yang dikembangkan',
  target: 2,
  unit: 'aplikasi',
  ...over,
});

/** A save as `nip`; returns the plan (or throws with the errors). */
async function save(nip: string, results: unknown[], year = 2026): Promise<Plan> {
  const res = await t.as(nip, SAVE, { i: { year, results } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.savePerformancePlan as Plan;
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>(`select id from agency where code = 'kota-contoh'`)).id;
  staffId = await t.idOf(persona.staff);
  sectionUnit = (
    await t.one<{ unit_id: string }>(
      `select p.unit_id from employee e join position p on p.id = e.position_id where e.nip = ?`,
      [persona.staff],
    )
  ).unit_id;
  peerNip = (
    await t.one<{ nip: string }>(
      `select nip from employee where position_id = (select position_id from employee where nip = ?)
          and nip <> ? order by nip limit 1`,
      [persona.staff, persona.staff],
    )
  ).nip;
  const byPosition = async (name: string) =>
    (
      await t.one<{ nip: string }>(
        `select e.nip from employee e join position p on p.id = e.position_id
          where p.name = ? and e.active order by e.nip limit 1`,
        [name],
      )
    ).nip;
  divisionHeadNip = await byPosition('Kepala Bidang Aplikasi Informatika');
  otherHeadNip = await byPosition('Kepala Dinas Sosial');
  teacherNip = (
    await t.one<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
         join org_unit u on u.id = p.unit_id where u.code = 'DISDIK.04' and p.name like 'Guru%'
        order by e.nip limit 1`,
    )
  ).nip;
});
afterAll(() => t?.close());

let sectionPlan: Plan;
let staffPlan: Plan;

describe('drafting a plan', () => {
  it('lets staff draft a plan before the supervisor has one (no parent: allowed)', async () => {
    expect(
      (await t.as(persona.staff, SUPPORTABLE, { year: 2026 })).data!.supportableResults,
    ).toEqual([]);
    staffPlan = await save(persona.staff, [
      { title: 'Tersedianya aplikasi layanan publik', indicators: [indicator()] },
    ]);
    expect(staffPlan).toMatchObject({ status: 'DRAFT', results: [{ parentResultId: null }] });
  });

  it('links results to the supervisor’s results once they exist, keeping ids', async () => {
    sectionPlan = await save(persona.sectionHead, [
      {
        title: 'Terselenggaranya pengembangan aplikasi layanan publik',
        indicators: [indicator({ name: 'Aplikasi yang diluncurkan', target: 4 })],
      },
      {
        title: 'Terlaksananya pengamanan aplikasi',
        indicators: [
          indicator({ kind: 'TIME', name: 'Waktu penanganan insiden', target: 2, unit: 'hari' }),
        ],
      },
    ]);
    const supportable = (await t.as(persona.staff, SUPPORTABLE, { year: 2026 })).data!
      .supportableResults as { id: string }[];
    expect(supportable.map((r) => r.id)).toEqual(sectionPlan.results.map((r) => r.id));

    const kept = staffPlan.results[0]!;
    const saved = await save(persona.staff, [
      {
        id: kept.id,
        title: 'Tersedianya aplikasi layanan publik',
        parentResultId: sectionPlan.results[0]!.id,
        indicators: [
          {
            id: kept.indicators[0]!.id,
            ...indicator({ target: 12, unit: 'dokumen', name: 'Dokumen pengujian aplikasi' }),
          },
          indicator({
            kind: 'QUALITY',
            name: 'Kepuasan pengguna aplikasi',
            target: 100,
            unit: '%',
          }),
          indicator({
            kind: 'TIME',
            name: 'Waktu penyelesaian laporan bulanan',
            target: 5,
            unit: 'hari',
          }),
        ],
      },
      {
        title: 'Terkelolanya arsip kegiatan seksi',
        indicators: [indicator({ name: 'Arsip yang ditata', target: 10, unit: 'berkas' })],
      },
    ]);
    expect(saved.results[0]).toMatchObject({
      id: kept.id,
      parentResultId: sectionPlan.results[0]!.id,
      parentResult: { title: 'Terselenggaranya pengembangan aplikasi layanan publik' },
    });
    expect(saved.results[0]!.indicators[0]).toMatchObject({
      id: kept.indicators[0]!.id,
      target: 12,
    });
    expect(saved.results[0]!.indicators.map((i) => i.kind)).toEqual([
      'QUANTITY',
      'QUALITY',
      'TIME',
    ]);
    staffPlan = saved;
    const audit = await t.sql(
      `select action from audit_event where entity_type = 'PerformancePlan' and entity_id = ?`,
      [saved.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['plan.save', 'plan.save']);
  });

  it.each([
    [
      'a parent outside the supervisor’s plan',
      () => [
        {
          title: 'Hasil kerja',
          parentResultId: staffPlan.results[1]!.id,
          indicators: [indicator()],
        },
      ],
      'atasan langsung',
      'direct supervisor',
      'results.0.parentResultId',
    ],
    [
      'a result without indicators',
      () => [{ title: 'Hasil kerja', indicators: [] }],
      'indikator',
      'indicators',
      'results.0.indicators',
    ],
    [
      'a target of zero',
      () => [{ title: 'Hasil kerja', indicators: [indicator({ target: 0 })] }],
      'target harus lebih dari 0',
      'target must be greater than 0',
      'results.0.indicators.0.target',
    ],
    [
      'a title too short',
      () => [{ title: 'ab', indicators: [indicator()] }],
      'uraian harus',
      'title must be',
      'results.0.title',
    ],
    ['no results', () => [], 'SKP harus memuat', 'A plan holds', 'results'],
  ])('refuses %s (BAD_USER_INPUT, id and en)', async (_, results, id, en, field) => {
    const resId = await t.as(persona.staff, SAVE, { i: { year: 2026, results: results() } });
    expect(resId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(resId.errors?.[0]?.message).toContain(id);
    const resEn = await t.as(
      persona.staff,
      SAVE,
      { i: { year: 2026, results: results() } },
      { lang: 'en' },
    );
    expect(resEn.errors?.[0]?.message).toContain(en);
  });

  it('shows the plan to the owner and everyone above, not to a peer or an outsider', async () => {
    for (const nip of [
      persona.staff,
      persona.sectionHead,
      divisionHeadNip,
      persona.departmentHead,
      persona.sekda,
      persona.agencyAdmin,
    ]) {
      const res = await t.as(nip, PLAN, { year: 2026, e: staffId });
      expect(res.errors, nip).toBeUndefined();
      expect(res.data!.performancePlan.results).toHaveLength(2);
    }
    for (const nip of [peerNip, otherHeadNip]) {
      const res = await t.as(nip, PLAN, { year: 2026, e: staffId });
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
    }
    const unknown = await t.as(persona.agencyAdmin, PLAN, { year: 2026, e: UNKNOWN });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await t.as(peerNip, PLAN, { year: 2026 })).data!.performancePlan).toBeNull();

    // Another agency's employee and unit do not exist for this one.
    const other = await Factory.agency(t.orm.em.fork());
    const unit = await other.unit('Dinas Lain');
    const stranger = await other.employee('Orang Lain', await other.position('Staf', unit));
    for (const [query, vars] of [
      [PLAN, { year: 2026, e: stranger.id }],
      [IKI, { p: '2026-10', e: stranger.id }],
      [ALIGNMENT, { u: unit.id, year: 2026 }],
    ] as const) {
      const foreign = await t.as(persona.agencyAdmin, query, vars);
      expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('submitting and deciding a plan', () => {
  it('lets only the direct supervisor decide; RETURN needs a note', async () => {
    expect(
      (await t.as(persona.staff, SUBMIT, { year: 2026 })).data!.submitPerformancePlan.status,
    ).toBe('SUBMITTED');
    const again = await t.as(persona.staff, SAVE, {
      i: { year: 2026, results: [{ title: 'Hasil kerja', indicators: [indicator()] }] },
    });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('diajukan');

    for (const nip of [persona.staff, peerNip, divisionHeadNip, otherHeadNip]) {
      const res = await t.as(nip, DECIDE, { id: staffPlan.id, d: 'APPROVE' });
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
    }
    const unknown = await t.as(persona.sectionHead, DECIDE, { id: UNKNOWN, d: 'APPROVE' });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const noNote = await t.as(
      persona.sectionHead,
      DECIDE,
      { id: staffPlan.id, d: 'RETURN' },
      { lang: 'en' },
    );
    expect(noNote.errors?.[0]).toMatchObject({
      message: 'A note is required when returning.',
      extensions: { code: 'BAD_USER_INPUT', field: 'note' },
    });

    const pending = await t.as(persona.sectionHead, PENDING, {});
    expect(pending.data!.pendingIkiDecisions).toMatchObject({
      totalCount: 1,
      edges: [
        {
          node: {
            kind: 'PLAN',
            id: staffPlan.id,
            decisionSource: 'SUPERVISOR',
            employee: { nip: persona.staff },
            plan: { year: 2026 },
          },
        },
      ],
    });

    const returned = await t.as(persona.sectionHead, DECIDE, {
      id: staffPlan.id,
      d: 'RETURN',
      note: 'Tambahkan target kualitas.',
    });
    expect(returned.data!.decidePerformancePlan).toMatchObject({
      status: 'RETURNED',
      decisionNote: 'Tambahkan target kualitas.',
      decisionSource: 'SUPERVISOR',
    });
    const twice = await t.as(persona.sectionHead, DECIDE, { id: staffPlan.id, d: 'APPROVE' });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');

    // Returned: edited (same content) and submitted again, then approved.
    await save(
      persona.staff,
      staffPlan.results.map((r) => ({
        id: r.id,
        title: r.title,
        parentResultId: (r as unknown as { parentResultId: string | null }).parentResultId,
        indicators: (r.indicators as unknown as Record<string, unknown>[]).map(
          ({ id, kind, name, target, unit }) => ({ id, kind, name, target, unit }),
        ),
      })),
    );
    await t.as(persona.staff, SUBMIT, { year: 2026 });
    const approved = await t.as(persona.sectionHead, DECIDE, { id: staffPlan.id, d: 'APPROVE' });
    expect(approved.data!.decidePerformancePlan.status).toBe('APPROVED');
    const audit = await t.sql(`select action from audit_event where entity_id = ? order by at`, [
      staffPlan.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual([
      'plan.save',
      'plan.save',
      'plan.submit',
      'plan.decide',
      'plan.save',
      'plan.submit',
      'plan.decide',
    ]);
    const locked = await t.as(persona.staff, SUBMIT, { year: 2026 });
    expect(locked.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});

describe('alignment', () => {
  it('flags results that support nothing and supervisor results nobody supports', async () => {
    const res = await t.as(persona.sectionHead, ALIGNMENT, { u: sectionUnit, year: 2026 });
    expect(res.errors).toBeUndefined();
    const a = res.data!.alignment;
    const byTitle = (title: string) =>
      a.nodes.find((n: { result: { title: string } }) => n.result.title === title);
    expect(byTitle('Terselenggaranya pengembangan aplikasi layanan publik')).toMatchObject({
      depth: 0,
      // The division head has no plan yet: the section head's results support nothing.
      flags: ['SUPPORTS_NOTHING'],
      supporters: 1,
      owner: { nip: persona.sectionHead },
    });
    expect(byTitle('Tersedianya aplikasi layanan publik')).toMatchObject({
      depth: 1,
      flags: [],
      planStatus: 'APPROVED',
      owner: { nip: persona.staff },
    });
    expect(byTitle('Terlaksananya pengamanan aplikasi')!.flags).toEqual([
      'SUPPORTS_NOTHING',
      'UNSUPPORTED',
    ]);
    expect(byTitle('Terkelolanya arsip kegiatan seksi')).toMatchObject({
      depth: 0,
      flags: ['SUPPORTS_NOTHING'],
    });
    expect(a.counts).toMatchObject({
      plans: 2,
      approvedPlans: 1,
      results: 4,
      supportsNothing: 3,
      unsupported: 1,
    });
    expect(a.counts.people).toBeGreaterThan(2);
    const root = a.roots.find((r: { result: { title: string } }) =>
      r.result.title.startsWith('Terselenggaranya'),
    );
    expect(root.children.map((c: { result: { title: string } }) => c.result.title)).toEqual([
      'Tersedianya aplikasi layanan publik',
    ]);
  });

  it('is for executives, admins and the heads of the unit or above; not staff or other heads', async () => {
    for (const nip of [
      persona.agencyAdmin,
      persona.sekda,
      persona.departmentHead,
      divisionHeadNip,
    ]) {
      const res = await t.as(nip, ALIGNMENT, { u: sectionUnit, year: 2026 });
      expect(res.errors, nip).toBeUndefined();
    }
    for (const nip of [persona.staff, otherHeadNip]) {
      const res = await t.as(nip, ALIGNMENT, { u: sectionUnit, year: 2026 }, { lang: 'en' });
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe('You may only see the alignment of units you head.');
    }
    const unknown = await t.as(persona.agencyAdmin, ALIGNMENT, { u: UNKNOWN, year: 2026 });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('costs the same number of statements whatever the size of the tree', async () => {
    const department = (
      await t.one<{ parent_id: string }>(
        `select parent_id from org_unit where id = (select parent_id from org_unit where id = ?)`,
        [sectionUnit],
      )
    ).parent_id;
    const small = await t.countStatements(() =>
      t.as(persona.agencyAdmin, ALIGNMENT, { u: sectionUnit, year: 2026 }),
    );
    await save(divisionHeadNip, [
      { title: 'Terwujudnya layanan aplikasi terpadu', indicators: [indicator()] },
    ]);
    const large = await t.countStatements(() =>
      t.as(persona.agencyAdmin, ALIGNMENT, { u: department, year: 2026 }),
    );
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(8);
  });
});

describe('monthly IKI', () => {
  let evidence: { mine: string; peers: string };
  beforeAll(async () => {
    const insert = (owner: string) =>
      t.one<{ id: string }>(
        `insert into evidence (agency_id, id, owner_id, kind, mime_type, size_bytes, sha256, storage_key)
         values (?, gen_random_uuid(), ?, 'DOCUMENT', 'application/pdf', 10, 'x', 'k') returning id`,
        [agencyId, owner],
      );
    evidence = {
      mine: (await insert(staffId)).id,
      peers: (await insert(await t.idOf(peerNip))).id,
    };
  });

  const realisations = (values: [number, number, number, number], evidenceIds: string[] = []) =>
    staffPlan.results
      .flatMap((r) => r.indicators)
      .map((i, n) => ({
        indicatorId: i.id,
        realisation: values[n],
        evidenceIds: n === 0 ? evidenceIds : [],
      }));

  it('shows the indicators to fill, the due date and that October is late now', async () => {
    const res = await t.as(persona.staff, IKI, { p: '2026-10' });
    expect(res.data!.ikiReport).toMatchObject({
      status: null,
      dueDate: '2026-11-05',
      late: true,
      closed: false,
      canSubmit: true,
      score: null,
      skpScore: null,
    });
    expect(
      res.data!.ikiReport.lines.map((l: { indicator: { name: string } }) => l.indicator.name),
    ).toEqual([
      'Dokumen pengujian aplikasi',
      'Kepuasan pengguna aplikasi',
      'Waktu penyelesaian laporan bulanan',
      'Arsip yang ditata',
    ]);
    const nothingYet = await t.as(persona.staff, SCORES, { p: '2026-10' });
    expect(nothingYet.data!.ikiReport.computedScore).toBeNull();
    expect(nothingYet.data!.ikiReport.lines.map((l: { score: null }) => l.score)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const noPlan = await t.as(peerNip, SUBMIT_IKI, { p: '2026-10', r: [] }, { lang: 'en' });
    expect(noPlan.errors?.[0]).toMatchObject({
      message: 'IKI can only be reported once the plan of 2026 is approved.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses incomplete reports and someone else’s evidence', async () => {
    const missing = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-10',
      r: realisations([9, 100, 6, 10]).slice(1),
    });
    expect(missing.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toContain('belum ada 1 indikator');
    const foreign = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-10',
      r: realisations([9, 100, 6, 10], [evidence.peers]),
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evidenceIds',
    });
    const future = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-12',
      r: realisations([9, 100, 6, 10]),
    });
    expect(future.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('accepts a late report, marked late; the supervisor returns, then approves it with the scores of rules.md', async () => {
    const sent = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-10',
      r: realisations([8, 90, 6, 10], [evidence.mine]),
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitIkiReport).toMatchObject({
      status: 'SUBMITTED',
      late: true,
      report: { late: true },
    });
    expect(sent.data!.submitIkiReport.lines[0].evidence).toEqual([{ id: evidence.mine }]);
    const reportId = sent.data!.submitIkiReport.report.id as string;

    const pending = await t.as(persona.sectionHead, PENDING, {});
    expect(
      pending.data!.pendingIkiDecisions.edges.map((e: { node: { kind: string } }) => e.node.kind),
    ).toEqual(['IKI']);
    expect(
      (await t.as(persona.staff, DECIDE_IKI, { id: reportId, d: 'APPROVE' })).errors?.[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');
    const back = await t.as(persona.sectionHead, DECIDE_IKI, {
      id: reportId,
      d: 'RETURN',
      note: 'Lampirkan dokumen pengujian.',
    });
    expect(back.data!.decideIkiReport).toMatchObject({ status: 'RETURNED', score: null });

    // 9 of 12 documents 75.00; satisfaction 100 of 100 100.00; report in 6 days against 5 83.33;
    // 10 of 10 files 100.00 → IKI (7500 + 10000 + 8333 + 10000) ÷ 4 = 8958.25 → 89.58.
    const again = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-10',
      r: realisations([9, 100, 6, 10], [evidence.mine]),
    });
    expect(again.data!.submitIkiReport.status).toBe('SUBMITTED');
    // Before deciding, the supervisor sees the scores approving would fix.
    const preview = await t.as(persona.sectionHead, SCORES, { p: '2026-10', e: staffId });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.ikiReport).toMatchObject({ score: null, computedScore: 89.58 });
    expect(
      preview.data!.ikiReport.lines.map(
        (l: { score: number; realisation: { score: number | null } }) => [
          l.score,
          l.realisation.score,
        ],
      ),
    ).toEqual([
      [75, null],
      [100, null],
      [83.33, null],
      [100, null],
    ]);
    const approved = await t.as(persona.sectionHead, DECIDE_IKI, { id: reportId, d: 'APPROVE' });
    expect(approved.data!.decideIkiReport).toMatchObject({ status: 'APPROVED', score: 89.58 });
    const view = await t.as(persona.sectionHead, IKI, { p: '2026-10', e: staffId });
    expect(view.data!.ikiReport).toMatchObject({
      status: 'APPROVED',
      score: 89.58,
      skpScore: 89.58,
      late: true,
      canSubmit: false,
    });
    expect(
      view.data!.ikiReport.lines.map(
        (l: { realisation: { score: number } }) => l.realisation.score,
      ),
    ).toEqual([75, 100, 83.33, 100]);
    const fixed = await t.as(persona.sectionHead, SCORES, { p: '2026-10', e: staffId });
    expect(fixed.data!.ikiReport.computedScore).toBe(89.58);
    expect(fixed.data!.ikiReport.lines.map((l: { score: number }) => l.score)).toEqual([
      75, 100, 83.33, 100,
    ]);
    const resend = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-10',
      r: realisations([9, 100, 6, 10]),
    });
    expect(resend.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const plan = await t.as(persona.staff, PLAN, { year: 2026 });
    expect(plan.data!.performancePlan.skpScore).toBe(89.58);
  });

  it('takes November on time; SKP is the mean of the approved months (reader: one statement)', async () => {
    const sent = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-11',
      r: realisations([12, 100, 5, 12]),
    });
    expect(sent.data!.submitIkiReport).toMatchObject({ late: false });
    const id = sent.data!.submitIkiReport.report.id as string;
    // 100 + 100 + 100 + 120 (capped) → 105.00; SKP (8958 + 10500) ÷ 2 = 9729.
    expect(
      (await t.as(persona.sectionHead, DECIDE_IKI, { id, d: 'APPROVE' })).data!.decideIkiReport
        .score,
    ).toBe(105);
    const em = t.orm.em.fork();
    let scores: Awaited<ReturnType<typeof ikiScores>> = new Map();
    const { count } = await t.countStatements(async () => {
      scores = await ikiScores(em, agencyId, [staffId, await t.idOf(peerNip)], '2026-11');
    });
    expect(count).toBe(2); // idOf + the reader
    expect(scores.get(staffId)).toEqual({ iki: { score: 10_500, indicators: 4 }, skpScore: 9729 });
    expect(scores.get(await t.idOf(peerNip))).toEqual({ iki: null, skpScore: null });
    expect((await ikiScores(em, agencyId, [staffId], '2026-10')).get(staffId)).toEqual({
      iki: { score: 8958, indicators: 4 },
      skpScore: 8958,
    });
  });

  it('refuses reports of a closed month (CONFLICT)', async () => {
    await t.sql(
      `insert into period (agency_id, id, month, closed, closed_at) values (?, gen_random_uuid(), '2026-09', true, now())`,
      [agencyId],
    );
    const res = await t.as(persona.staff, SUBMIT_IKI, {
      p: '2026-09',
      r: realisations([1, 1, 1, 1]),
    });
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('2026-09');
    expect((await t.as(persona.staff, IKI, { p: '2026-09' })).data!.ikiReport).toMatchObject({
      closed: true,
      canSubmit: false,
    });
  });

  it('keeps the evidence of the realisations sent last (a resubmission replaces them)', async () => {
    const [row] = await t.sql(
      `select count(*)::int as n from iki_realisation_evidence where agency_id = ? and evidence_id = ?`,
      [agencyId, evidence.mine],
    );
    expect(row!.n).toBe(1);
  });
});

describe('teachers’ template', () => {
  let practiceId: string;
  it('lets the agency admin edit the practice list, nobody else', async () => {
    const added = await t.as(persona.agencyAdmin, ADD_PRACTICE, {
      i: { code: 'UMPAN_BALIK', name: 'Umpan Balik Konstruktif' },
    });
    expect(added.data!.addTeachingPractice).toMatchObject({ code: 'UMPAN_BALIK', active: true });
    practiceId = added.data!.addTeachingPractice.id;
    const dup = await t.as(persona.agencyAdmin, ADD_PRACTICE, {
      i: { code: 'UMPAN_BALIK', name: 'Lagi' },
    });
    expect(dup.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const staff = await t.as(persona.staff, ADD_PRACTICE, { i: { code: 'X', name: 'Praktik X' } });
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await t.as(teacherNip, PRACTICES)).data!.teachingPractices).toHaveLength(1);
  });

  it('builds a teacher’s plan around the chosen practice, once', async () => {
    const res = await t.as(teacherNip, TEMPLATE, { year: 2026, p: practiceId });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.createPlanFromTemplate;
    expect(plan).toMatchObject({ status: 'DRAFT', templateCode: 'TEACHER' });
    expect(plan.results[0]).toMatchObject({
      title: 'Meningkatnya kualitas praktik pembelajaran: Umpan Balik Konstruktif',
      indicators: [{ kind: 'QUALITY', target: 100, unit: '%', practiceId }],
    });
    expect(plan.results.length).toBeGreaterThan(1);
    const again = await t.as(teacherNip, TEMPLATE, { year: 2026, p: practiceId });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});

describe('pending decisions', () => {
  it('pages and costs the same number of statements for 1 or many rows', async () => {
    const peers = await t.sql<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
        where p.unit_id = ? and e.active and e.nip not in (?, ?) order by e.nip limit 3`,
      [sectionUnit, persona.staff, persona.sectionHead],
    );
    expect(peers).toHaveLength(3);
    const submitPlan = async (nip: string) => {
      await save(nip, [{ title: 'Terlaksananya tugas operasional', indicators: [indicator()] }]);
      await t.as(nip, SUBMIT, { year: 2026 });
    };
    await submitPlan(peers[0]!.nip);
    const one = await t.countStatements(() => t.as(persona.sectionHead, PENDING, { first: 10 }));
    for (const { nip } of peers.slice(1)) await submitPlan(nip);
    const many = await t.countStatements(() => t.as(persona.sectionHead, PENDING, { first: 10 }));
    expect(many.count).toBe(one.count);
    const page1 = await t.as(persona.sectionHead, PENDING, { first: 2 });
    expect(page1.data!.pendingIkiDecisions).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
    });
    expect(page1.data!.pendingIkiDecisions.edges).toHaveLength(2);
    const page2 = await t.as(persona.sectionHead, PENDING, {
      first: 2,
      after: page1.data!.pendingIkiDecisions.pageInfo.endCursor,
    });
    expect(page2.data!.pendingIkiDecisions).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: false },
    });
    expect(page2.data!.pendingIkiDecisions.edges).toHaveLength(1);
  });
});
