/**
 * The performance policy on the demo city: the defaults, versions taking effect on their date,
 * the past that cannot be edited, validation in both languages, who may read and set it, and the
 * positions' TPP override and elected flag. Clock: Friday 20 November 2026, Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { defaultPolicy } from './performance-policy.entity.js';
import { policiesOn, policyOn, tppBaseFor } from './policy.service.js';

const NOW = '2026-11-20T10:00:00+07:00';
/** The demo city's only department admin (Dinas Pendidikan). */
const DEPT_ADMIN = '199503202020112402';

const FIELDS = `id effectiveFrom inForce dailyMinimumMinutes dailyCapMinutes backdatingDays
  entryDeadlineDay verificationDeadlineDay escalationWorkingDays autoApproveTop monthlyTargetMode
  monthlyTargetFixedMinutes additionalCapPercent performanceWeight disciplineWeight
  deductions { code percent } tppBases { jobClass amount }
  ratingThresholds { ikiAbove ikiAsExpected behaviourAbove behaviourAsExpected achievementAsExpected achievementBelow }
  closingDay sanctionCutPercent sickLeaveFreeDays sickLeaveCutPercentPerDay bigLeaveCutPercentPerDay createdBy
  reviewSettings { tasksDueDay reviewPeers minRaters rankingSize peerGroup
    weights { staff { supervisor peer } lead { supervisor peer subordinate } self } }`;
const POLICY = `query($d: LocalDate) { performancePolicy(date: $d) { ${FIELDS} } }`;
const POLICIES = `{ performancePolicies { id effectiveFrom inForce performanceWeight } }`;
const SET = `mutation($i: PerformancePolicyInput!) { setPerformancePolicy(input: $i) { ${FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removePerformancePolicy(id: $id) }`;

/** The review settings of rules.md, as the API shows them. */
const REVIEW = {
  tasksDueDay: 5,
  reviewPeers: 3,
  minRaters: 3,
  rankingSize: 12,
  peerGroup: 'DEPARTMENT',
  weights: {
    staff: { supervisor: 50, peer: 50 },
    lead: { supervisor: 50, peer: 30, subordinate: 20 },
    self: 0,
  },
};

type View = Record<string, unknown> & { id: string | null; effectiveFrom: string | null };

let t: TestApp;
let agencyId: string;
let base: Record<string, unknown>;

/** The input of a version: the demo values, effective `from`, with `changes`. */
function input(from: string, changes: Record<string, unknown> = {}) {
  return { ...base, effectiveFrom: from, ...changes };
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>("select id from agency where code = 'kota-contoh'")).id;
  const res = await t.as(persona.agencyAdmin, POLICY, { d: '2026-06-01' });
  expect(res.errors).toBeUndefined();
  const { id, effectiveFrom, inForce, createdBy, ...values } = res.data!.performancePolicy as View;
  void [id, effectiveFrom, inForce, createdBy];
  base = values;
});
afterAll(() => t.close());

describe('the policy in force', () => {
  it('gives the defaults of rules.md before any version (policyOn and the API)', async () => {
    const em = t.orm.em.fork();
    expect(await policyOn(em, agencyId, '2025-12-31')).toEqual(defaultPolicy());
    const res = await t.as(persona.staff, POLICY, { d: '2025-12-31' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.performancePolicy).toMatchObject({
      id: null,
      effectiveFrom: null,
      performanceWeight: 60,
      disciplineWeight: 40,
      closingDay: 10,
      monthlyTargetMode: 'WORKING_DAYS',
      monthlyTargetFixedMinutes: null,
    });
  });

  it('seeds one version effective 2026-01-01 holding the defaults', async () => {
    const em = t.orm.em.fork();
    expect(await policyOn(em, agencyId, '2026-01-01')).toEqual(defaultPolicy());
    const res = await t.as(persona.staff, POLICY, {});
    const p = res.data!.performancePolicy as View;
    expect(p).toMatchObject({ effectiveFrom: '2026-01-01', inForce: true });
    // When it was set, as an instant (read by hand-written SQL, where the driver may give text).
    const when = await t.as(persona.agencyAdmin, `{ performancePolicies { createdAt } }`);
    expect(when.errors).toBeUndefined();
    const [version] = when.data!.performancePolicies as { createdAt: string }[];
    expect(version!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(p.deductions).toContainEqual({ code: 'TL3', percent: 1.25 });
    expect(p.deductions).toContainEqual({ code: 'TK', percent: 5 });
    expect(p.tppBases).toHaveLength(17);
    expect(p.tppBases).toContainEqual({ jobClass: 7, amount: 3_920_964 });
    expect(p.ratingThresholds).toEqual({
      ikiAbove: 110,
      ikiAsExpected: 80,
      behaviourAbove: 90,
      behaviourAsExpected: 70,
      achievementAsExpected: 100,
      achievementBelow: 80,
    });
  });

  it('has the whole contract of every field in policyOn', async () => {
    const p = await policyOn(t.orm.em.fork(), agencyId, '2026-11-20');
    expect(Object.keys(p).sort()).toEqual(Object.keys(defaultPolicy()).sort());
    expect(p.deductions.PSW4).toBe(150);
    expect(tppBaseFor(p, 7, null)).toBe(3_920_964);
    expect(tppBaseFor(p, 7, 5_000_000)).toBe(5_000_000);
    expect(tppBaseFor(p, 17, 0)).toBe(0);
  });
});

describe('versions', () => {
  it('takes effect on its date; policyOn reads the right one before and after', async () => {
    const set = await t.as(persona.agencyAdmin, SET, {
      i: input('2026-12-01', {
        performanceWeight: 70,
        disciplineWeight: 30,
        monthlyTargetMode: 'FIXED',
        monthlyTargetFixedMinutes: 6750,
        deductions: (base.deductions as { code: string; percent: number }[]).map((d) =>
          d.code === 'TK' ? { code: 'TK', percent: 4 } : d,
        ),
      }),
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setPerformancePolicy).toMatchObject({
      effectiveFrom: '2026-12-01',
      inForce: false,
      performanceWeight: 70,
      monthlyTargetFixedMinutes: 6750,
    });

    const em = t.orm.em.fork();
    const before = await policyOn(em, agencyId, '2026-11-30');
    const after = await policyOn(em, agencyId, '2026-12-01');
    expect(before.performanceWeight).toBe(60);
    expect(before.deductions.TK).toBe(500);
    expect(after).toMatchObject({
      performanceWeight: 70,
      disciplineWeight: 30,
      monthlyTargetMode: 'FIXED',
      monthlyTargetFixedMinutes: 6750,
    });
    expect(after.deductions.TK).toBe(400);

    const many = await policiesOn(em, agencyId, ['2025-06-01', '2026-11-30', '2027-03-01']);
    expect(many.get('2025-06-01')).toEqual(defaultPolicy());
    expect(many.get('2026-11-30')?.performanceWeight).toBe(60);
    expect(many.get('2027-03-01')?.performanceWeight).toBe(70);

    const api = await t.as(persona.staff, POLICY, { d: '2026-12-15' });
    expect(api.data!.performancePolicy).toMatchObject({ effectiveFrom: '2026-12-01' });

    const list = await t.as(persona.agencyAdmin, POLICIES);
    expect(
      (list.data!.performancePolicies as View[]).map((v) => [v.effectiveFrom, v.inForce]),
    ).toEqual([
      ['2026-12-01', false],
      ['2026-01-01', true],
    ]);
    const audit = await t.sql(
      `select action from audit_event where entity_type = 'PerformancePolicy'`,
    );
    expect(audit.map((a) => a.action)).toContain('performancePolicy.create');
  });

  it('replaces a planned version with the same date, keeping one version', async () => {
    const planned = (await t.as(persona.agencyAdmin, POLICY, { d: '2026-12-01' })).data!
      .performancePolicy as View;
    const res = await t.as(persona.agencyAdmin, SET, {
      i: input('2026-12-01', { performanceWeight: 65, disciplineWeight: 35 }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setPerformancePolicy).toMatchObject({ id: planned.id, performanceWeight: 65 });
    const rows = await t.sql(
      `select count(*)::int as n from performance_policy where effective_from = '2026-12-01'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('stores the review settings of a version, and the defaults when they are left out', async () => {
    expect(base.reviewSettings).toEqual(REVIEW);
    const settings = {
      ...REVIEW,
      tasksDueDay: 7,
      rankingSize: 8,
      peerGroup: 'UNIT',
      weights: {
        staff: { supervisor: 60, peer: 40 },
        lead: { supervisor: 40, peer: 30, subordinate: 30 },
        self: 10,
      },
    };
    const res = await t.as(persona.agencyAdmin, SET, {
      i: input('2026-12-01', { reviewSettings: settings }),
    });
    expect(res.errors).toBeUndefined();
    expect((res.data!.setPerformancePolicy as View).reviewSettings).toEqual(settings);
    const policy = await policyOn(t.orm.em.fork(), agencyId, '2026-12-15');
    expect(policy.reviewSettings).toMatchObject({
      tasksDueDay: 7,
      rankingSize: 8,
      peerGroup: 'UNIT',
    });
    expect(policy.reviewSettings.weights.lead).toEqual({
      supervisor: 40,
      peer: 30,
      subordinate: 30,
    });

    const withoutSettings: Record<string, unknown> = input('2026-12-01', {
      performanceWeight: 65,
      disciplineWeight: 35,
    });
    delete withoutSettings.reviewSettings;
    const back = await t.as(persona.agencyAdmin, SET, { i: withoutSettings });
    expect(back.errors).toBeUndefined();
    expect((back.data!.setPerformancePolicy as View).reviewSettings).toEqual(REVIEW);
  });

  it('refuses to edit the past or a version in force (CONFLICT)', async () => {
    const past = await t.as(persona.agencyAdmin, SET, { i: input('2026-11-19') }, { lang: 'en' });
    expect(past.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(past.errors?.[0]?.message).toContain('past policy cannot be changed');

    const seeded = await t.as(persona.agencyAdmin, SET, { i: input('2026-01-01') });
    expect(seeded.errors?.[0]?.extensions.code).toBe('CONFLICT');

    // Before the planned 2026-12-01 version: neither a gap-filler nor a silent reorder.
    const before = await t.as(persona.agencyAdmin, SET, { i: input('2026-11-25') });
    expect(before.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(before.errors?.[0]?.message).toContain('2026-12-01');
  });

  it('withdraws a planned version, then takes effect today and is frozen', async () => {
    const planned = (await t.as(persona.agencyAdmin, POLICY, { d: '2026-12-01' })).data!
      .performancePolicy as View;
    const removed = await t.as(persona.agencyAdmin, REMOVE, { id: planned.id });
    expect(removed.errors).toBeUndefined();

    const today = await t.as(persona.agencyAdmin, SET, {
      i: input('2026-11-20', { closingDay: 12 }),
    });
    expect(today.errors).toBeUndefined();
    const view = today.data!.setPerformancePolicy as View;
    expect(view).toMatchObject({ inForce: true, closingDay: 12 });
    expect((await policyOn(t.orm.em.fork(), agencyId, '2026-11-20')).closingDay).toBe(12);

    const again = await t.as(persona.agencyAdmin, SET, { i: input('2026-11-20') });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const remove = await t.as(persona.agencyAdmin, REMOVE, { id: view.id });
    expect(remove.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const unknown = await t.as(persona.agencyAdmin, REMOVE, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('validation', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    [
      'weights that do not sum to 100',
      { performanceWeight: 60, disciplineWeight: 30 },
      'harus berjumlah 100%',
      'must add up to 100%',
    ],
    [
      'a missing job class',
      { tppBases: [{ jobClass: 1, amount: 1 }] },
      'belum ada kelas: 2, 3',
      'missing classes: 2, 3',
    ],
    [
      'a negative TPP base',
      { tppBases: 'NEGATIVE' },
      'TPP kelas jabatan 7 harus bilangan bulat',
      'job class 7 must be a whole',
    ],
    [
      'a missing deduction',
      { deductions: [{ code: 'TL1', percent: 0.5 }] },
      'belum ada: TL2',
      'missing: TL2',
    ],
    [
      'an unknown violation code',
      { deductions: [{ code: 'XX', percent: 1 }] },
      'Kode pelanggaran "XX" tidak dikenal',
      'Unknown violation code "XX"',
    ],
    [
      'thresholds out of order',
      {
        ratingThresholds: {
          ikiAbove: 80,
          ikiAsExpected: 80,
          behaviourAbove: 90,
          behaviourAsExpected: 70,
          achievementAsExpected: 100,
          achievementBelow: 80,
        },
      },
      'Ambang ikiAbove harus lebih tinggi dari ambang ikiAsExpected',
      'threshold ikiAbove must be higher than the threshold ikiAsExpected',
    ],
    [
      'a closing day out of range',
      { closingDay: 30 },
      'closingDay harus bilangan bulat antara 1 dan 28',
      'closingDay must be a whole number between 1 and 28',
    ],
    [
      'deadlines out of order',
      { verificationDeadlineDay: 2 },
      'harus berurutan',
      'must be in order',
    ],
    [
      'rater weights not adding up to 100',
      {
        reviewSettings: {
          ...REVIEW,
          weights: { ...REVIEW.weights, lead: { supervisor: 50, peer: 30, subordinate: 30 } },
        },
      },
      'Bobot penilai (reviewSettings.weights.lead: 50 + 30 + 30) harus berjumlah 100%',
      'The rater weights (reviewSettings.weights.lead: 50 + 30 + 30) must add up to 100%',
    ],
    [
      'monthly tasks due after the closing day',
      { reviewSettings: { ...REVIEW, tasksDueDay: 12 } },
      'tanggal 12',
      'due day (12) may not be after the closing day (10)',
    ],
    [
      'a ranking of one coworker',
      { reviewSettings: { ...REVIEW, rankingSize: 1 } },
      'reviewSettings.rankingSize harus bilangan bulat antara 2 dan 30',
      'reviewSettings.rankingSize must be a whole number between 2 and 30',
    ],
    [
      'a fixed target without minutes',
      { monthlyTargetMode: 'FIXED', monthlyTargetFixedMinutes: null },
      'Target bulanan tetap',
      'A fixed monthly target',
    ],
  ];
  it.each(cases)('refuses %s, in Indonesian and English', async (_, changes, id, en) => {
    const c = { ...changes };
    if (c.tppBases === 'NEGATIVE')
      c.tppBases = (base.tppBases as { jobClass: number; amount: number }[]).map((b) =>
        b.jobClass === 7 ? { jobClass: 7, amount: -1 } : b,
      );
    const i = input('2027-01-01', c);
    const resId = await t.as(persona.agencyAdmin, SET, { i });
    expect(resId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(resId.errors?.[0]?.message).toContain(id);
    const resEn = await t.as(persona.agencyAdmin, SET, { i }, { lang: 'en' });
    expect(resEn.errors?.[0]?.message).toContain(en);
  });
});

describe('authorization', () => {
  const may: Record<'history' | 'set', string[]> = {
    history: [persona.sekda, DEPT_ADMIN, persona.agencyAdmin],
    set: [persona.agencyAdmin],
  };
  const everyone: string[] = [
    persona.staff,
    persona.sectionHead,
    persona.departmentHead,
    persona.sekda,
    DEPT_ADMIN,
    persona.agencyAdmin,
  ];

  it.each(everyone)('performancePolicy (the version in force) as %s: everyone', async (nip) => {
    const res = await t.as(nip, POLICY, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.performancePolicy.effectiveFrom).not.toBeNull();
  });

  it.each(everyone)('performancePolicies as %s', async (nip) => {
    const res = await t.as(nip, POLICIES);
    if (may.history.includes(nip)) expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it.each(everyone.filter((n) => !may.set.includes(n)))(
    'setPerformancePolicy and removePerformancePolicy refused to %s',
    async (nip) => {
      const set = await t.as(nip, SET, { i: input('2027-02-01') });
      expect(set.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const remove = await t.as(nip, REMOVE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(remove.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    },
  );

  it('refuses anonymous callers', async () => {
    const res = await t.gql(POLICY);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('positions: TPP override and elected', () => {
  const POSITION = `query($id: ID!) { employee(id: $id) { position { id name kind jobClass tppBaseOverride elected unit { id } parent { id } } } }`;
  const UPDATE = `mutation($id: ID!, $i: PositionInput!) { updatePosition(id: $id, input: $i) { tppBaseOverride elected } }`;

  async function positionOf(nip: string) {
    const res = await t.as(persona.agencyAdmin, POSITION, { id: await t.idOf(nip) });
    const p = res.data!.employee.position as {
      id: string;
      name: string;
      kind: string;
      jobClass: number;
      unit: { id: string };
      parent: { id: string } | null;
    };
    return {
      id: p.id,
      view: res.data!.employee.position as Record<string, unknown>,
      input: {
        unitId: p.unit.id,
        parentId: p.parent?.id ?? null,
        name: p.name,
        kind: p.kind,
        jobClass: p.jobClass,
      },
    };
  }

  it('marks the mayor’s position elected in the demo city, and no other', async () => {
    const rows = await t.sql(`select name from position where elected`);
    expect(rows.map((r) => r.name)).toEqual(['Wali Kota Contoh']);
  });

  it('round-trips the override and the flag (agency admin); omitted keeps them', async () => {
    const p = await positionOf(persona.staff);
    expect(p.view).toMatchObject({ tppBaseOverride: null, elected: false });
    const set = await t.as(persona.agencyAdmin, UPDATE, {
      id: p.id,
      i: { ...p.input, tppBaseOverride: 4_250_000, elected: true },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updatePosition).toEqual({ tppBaseOverride: 4_250_000, elected: true });
    const kept = await t.as(persona.agencyAdmin, UPDATE, { id: p.id, i: p.input });
    expect(kept.data!.updatePosition).toEqual({ tppBaseOverride: 4_250_000, elected: true });
    const cleared = await t.as(persona.agencyAdmin, UPDATE, {
      id: p.id,
      i: { ...p.input, tppBaseOverride: null, elected: false },
    });
    expect(cleared.data!.updatePosition).toEqual({ tppBaseOverride: null, elected: false });
    const negative = await t.as(persona.agencyAdmin, UPDATE, {
      id: p.id,
      i: { ...p.input, tppBaseOverride: -5 },
    });
    expect(negative.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a department admin edit a position in scope, but not its pay', async () => {
    const [teacher] = await t.sql<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
         join org_unit u on u.id = p.unit_id where u.code = 'DISDIK.04' order by e.nip limit 1`,
    );
    const p = await positionOf(teacher!.nip);
    const plain = await t.as(DEPT_ADMIN, UPDATE, { id: p.id, i: p.input });
    expect(plain.errors).toBeUndefined();
    const pay = await t.as(DEPT_ADMIN, UPDATE, {
      id: p.id,
      i: { ...p.input, tppBaseOverride: 9_000_000 },
    });
    expect(pay.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const elected = await t.as(DEPT_ADMIN, UPDATE, { id: p.id, i: { ...p.input, elected: true } });
    expect(elected.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('employees: joinedOn and leftOn', () => {
  const READ = `query($id: ID!) { employee(id: $id) { id joinedOn leftOn } }`;
  const UPDATE = `mutation($id: ID!, $i: EmployeeInput!) { updateEmployee(id: $id, input: $i) { joinedOn leftOn } }`;

  it('round-trips the dates, keeps them when omitted, and guards them as private', async () => {
    const id = await t.idOf(persona.staff);
    const row = await t.one<{ nip: string; name: string; position_id: string }>(
      'select nip, name, position_id from employee where id = ?',
      [id],
    );
    const i = {
      nip: row.nip,
      name: row.name,
      employmentType: 'PNS',
      positionId: row.position_id,
    };
    const set = await t.as(persona.agencyAdmin, UPDATE, {
      id,
      i: { ...i, joinedOn: '2026-11-09', leftOn: null },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateEmployee).toEqual({ joinedOn: '2026-11-09', leftOn: null });
    const kept = await t.as(persona.agencyAdmin, UPDATE, { id, i });
    expect(kept.data!.updateEmployee).toEqual({ joinedOn: '2026-11-09', leftOn: null });

    const reversed = await t.as(persona.agencyAdmin, UPDATE, {
      id,
      i: { ...i, leftOn: '2026-11-01' },
    });
    expect(reversed.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    expect((await t.as(persona.staff, READ, { id })).data!.employee.joinedOn).toBe('2026-11-09');
    expect((await t.as(persona.sectionHead, READ, { id })).data!.employee.joinedOn).toBe(
      '2026-11-09',
    );
    const other = await t.as(DEPT_ADMIN, READ, { id });
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(other.data!.employee.joinedOn).toBeNull();
  });
});
