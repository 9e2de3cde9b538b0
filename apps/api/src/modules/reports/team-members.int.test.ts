/**
 * teamMembers, a level of the supervisor app's team tree: the month's figures agree with each
 * person's report card, pending entries and today's attendance are counted per person, a
 * supervisor's backlog agrees with verificationStats, who may read it, and the statements it costs
 * (the same for a section of three and for Sekda's department heads). The clock is Monday
 * 2026-09-07 10:00 (Jakarta): August (test/report-fixtures.ts's worked examples) is over but open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryFixtures } from '../../../test/entry-fixtures.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import {
  MONTH,
  PASSWORD,
  REPORT,
  workedExamples,
  type ExampleUnit,
} from '../../../test/report-fixtures.js';

const TODAY = '2026-09-07';
const MEMBERS = `query($of: ID, $period: String!, $first: Int, $after: String) {
  teamMembers(of: $of, period: $period, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      employee { id name nip }
      period frozen approvedMainMinutes countedAdditionalMinutes targetMinutes achievement
      pendingCount pendingMinutes directReportCount
      today { date status checkIn checkOut provisional }
      verification { supervisor { id } pendingCount oldestPendingSubmittedAt oldestPendingAgeDays
                     decidedCount decidedOnTimeCount decidedOnTimePercent }
    } } } }`;
const STATS = `query($id: ID) { verificationStats(supervisorId: $id) {
  supervisor { id } pendingCount oldestPendingSubmittedAt oldestPendingAgeDays
  decidedCount decidedOnTimeCount decidedOnTimePercent } }`;

interface Member {
  employee: { id: string; name: string; nip: string };
  approvedMainMinutes: number;
  countedAdditionalMinutes: number;
  targetMinutes: number;
  achievement: number;
  pendingCount: number;
  pendingMinutes: number;
  directReportCount: number;
  frozen: boolean;
  today: { date: string; status: string; checkIn: string | null; provisional: boolean } | null;
  verification: Record<string, unknown> | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Member }[];
}

let t: TestApp;
let ex: ExampleUnit;
let sectionHeadId: string;
let divisionHeadId: string;

async function members(
  nip: string,
  vars: Record<string, unknown>,
  lang?: string,
): Promise<{ page: Page | null; code: string | undefined }> {
  const res = await t.as<{ teamMembers: Page }>(
    nip,
    MEMBERS,
    { period: MONTH, ...vars },
    lang ? { lang } : {},
  );
  return { page: res.data?.teamMembers ?? null, code: res.errors?.[0]?.extensions.code as string };
}

beforeAll(async () => {
  t = await createTestApp({ now: `${TODAY}T10:00:00+07:00` });
  ex = await workedExamples(t);
  sectionHeadId = await t.idOf(persona.sectionHead);
  ({ id: divisionHeadId } = await t.one<{ id: string }>(
    `select s.id from employee e
       join position p on p.id = e.position_id
       join employee s on s.position_id = p.parent_id
      where e.id = ?`,
    [sectionHeadId],
  ));
  const fx = new EntryFixtures(t.sql, ex.agencyId);
  // Waiting in August: two entries of example 2 (45 + 15 minutes), one draft that does not count.
  const early = { start: '05:00', end: '05:45' };
  await fx.entry({ employeeId: ex.two.id, date: '2026-08-28', ...early, credited: 45 });
  await fx.entry({ employeeId: ex.two.id, date: '2026-08-31', ...early, credited: 15 });
  await fx.entry({ employeeId: ex.two.id, date: '2026-08-27', ...early, status: 'DRAFT' });
  // Waiting for the section head: an entry of the demo staff, submitted on 1 September.
  await fx.entry({
    employeeId: await t.idOf(persona.staff),
    date: '2026-09-01',
    start: '05:00',
    end: '05:30',
    submittedAt: '2026-09-01T17:00:00+07:00',
  });
  // Today: example 1 checked in at 07:20 inside; example 2 has not come yet.
  await t.sql(
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source)
     values (?, gen_random_uuid(), ?, ?::date, (?::date + time '07:20') at time zone 'Asia/Jakarta', true, 'APP')`,
    [ex.agencyId, ex.one.id, TODAY, TODAY],
  );
  for (const nip of [
    persona.staff,
    persona.sectionHead,
    persona.departmentHead,
    persona.sekda,
    persona.agencyAdmin,
  ])
    await t.tokenOf(nip);
  for (const e of [ex.head, ex.one]) await t.tokenOf(e.nip, PASSWORD);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('teamMembers', () => {
  it('lists the direct reports by name with the figures of their report cards', async () => {
    const { page, code } = await members(ex.head.nip, {});
    expect(code).toBeUndefined();
    expect(page!.totalCount).toBe(3);
    expect(page!.edges.map((e) => e.node.employee.name)).toEqual([
      'Contoh Dua',
      'Contoh Satu',
      'Contoh Tiga',
    ]);
    for (const { node } of page!.edges) {
      const card = (
        await t.as(ex.head.nip, REPORT, { employeeId: node.employee.id, period: MONTH })
      ).data!.monthlyReport;
      expect(node).toMatchObject({
        frozen: false,
        approvedMainMinutes: card.approvedMainMinutes,
        countedAdditionalMinutes: card.countedAdditionalMinutes,
        targetMinutes: card.targetMinutes,
        achievement: card.achievement,
        directReportCount: 0,
        verification: null,
      });
    }
    const byName = new Map(page!.edges.map((e) => [e.node.employee.name, e.node]));
    // rules.md's examples 1 and 2.
    expect(byName.get('Contoh Satu')).toMatchObject({
      approvedMainMinutes: 6900,
      countedAdditionalMinutes: 600,
      targetMinutes: 7350,
      achievement: 100,
      pendingCount: 0,
    });
    expect(byName.get('Contoh Dua')).toMatchObject({
      approvedMainMinutes: 5600,
      targetMinutes: 6650,
      achievement: 84.21,
      pendingCount: 2,
      pendingMinutes: 60,
    });
  });

  it('shows today’s attendance whatever the month: a check-in so far, provisional', async () => {
    const { page } = await members(ex.head.nip, {});
    const byName = new Map(page!.edges.map((e) => [e.node.employee.name, e.node]));
    expect(byName.get('Contoh Satu')!.today).toMatchObject({
      date: TODAY,
      checkIn: '07:20',
      provisional: true,
    });
    expect(byName.get('Contoh Dua')!.today).toMatchObject({ date: TODAY, checkIn: null });
  });

  it('gives supervisors their backlog and timeliness, as verificationStats does', async () => {
    const { page, code } = await members(persona.departmentHead, { of: divisionHeadId });
    expect(code).toBeUndefined();
    const head = page!.edges.find((e) => e.node.employee.id === sectionHeadId)!.node;
    expect(head.directReportCount).toBeGreaterThan(0);
    expect(head.verification).not.toBeNull();
    expect((head.verification as { pendingCount: number }).pendingCount).toBeGreaterThanOrEqual(1);
    for (const { node } of page!.edges) {
      if (!node.directReportCount) {
        expect(node.verification).toBeNull();
        continue;
      }
      const stats = await t.as(persona.departmentHead, STATS, { id: node.employee.id });
      expect(stats.errors).toBeUndefined();
      expect(node.verification).toEqual(stats.data!.verificationStats);
    }
    // The department head's own level: the division heads, each with their figures.
    const own = await members(persona.departmentHead, {});
    const division = own.page!.edges.find((e) => e.node.employee.id === divisionHeadId)!.node;
    const stats = await t.as(persona.departmentHead, STATS, { id: divisionHeadId });
    expect(division.verification).toEqual(stats.data!.verificationStats);
  });

  it('pages by name with a cursor', async () => {
    const first = await members(ex.head.nip, { first: 2 });
    expect(first.page!.edges).toHaveLength(2);
    expect(first.page!.pageInfo.hasNextPage).toBe(true);
    const rest = await members(ex.head.nip, { first: 2, after: first.page!.pageInfo.endCursor });
    expect(rest.page!.edges.map((e) => e.node.employee.name)).toEqual(['Contoh Tiga']);
    expect(rest.page!.pageInfo.hasNextPage).toBe(false);
  });

  it('is for whoever may read the person: above them, executives and admins, not peers or staff', async () => {
    expect((await members(persona.sekda, { of: ex.head.id })).page!.totalCount).toBe(3);
    expect((await members(persona.agencyAdmin, { of: ex.head.id })).page!.totalCount).toBe(3);
    expect((await members(persona.departmentHead, { of: sectionHeadId })).code).toBeUndefined();
    expect((await members(ex.one.nip, { of: ex.head.id })).code).toBe('FORBIDDEN');
    expect((await members(persona.staff, { of: sectionHeadId })).code).toBe('FORBIDDEN');
    expect((await members(persona.sectionHead, { of: ex.head.id })).code).toBe('FORBIDDEN');
    // Staff have nobody below them: an empty level.
    expect((await members(persona.staff, {})).page).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses a malformed month and an unknown person, in the caller’s language', async () => {
    const bad = await t.as(persona.sectionHead, MEMBERS, { period: '2026-8' }, { lang: 'en' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('2026-8');
    expect((await members(persona.sectionHead, { of: 'nope' })).code).toBe('NOT_FOUND');
    expect(
      (await members(persona.sectionHead, { of: '00000000-0000-4000-8000-000000000000' })).code,
    ).toBe('NOT_FOUND');
  });

  it('costs the same statements for a section of three and for Sekda’s department heads (N+1 guard)', async () => {
    const count = (nip: string, vars: Record<string, unknown>) =>
      t.countStatements(async () => {
        const { page, code } = await members(nip, vars);
        expect(code).toBeUndefined();
        expect(page!.edges.length).toBeGreaterThan(0);
      });
    // Two section heads (with their backlogs) against every person reporting to Sekda.
    const small = await count(persona.sekda, { of: divisionHeadId });
    const large = await count(persona.sekda, {});
    const { page } = await members(persona.sekda, {});
    expect(page!.edges.length).toBeGreaterThan(3);
    expect(page!.edges.filter((e) => e.node.verification).length).toBeGreaterThan(2);
    expect(large.count).toBe(small.count);
    const head = await count(persona.departmentHead, {});
    expect(head.count).toBeLessThanOrEqual(30);
  });
});
