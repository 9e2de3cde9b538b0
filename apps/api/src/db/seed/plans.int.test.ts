/**
 * The demo plans (seedDemoPlans): idempotent; the alignment view of Dinas Kominfo shows the chain
 * from the Wali Kota with its two flags; the teacher's plan comes from the template; the months
 * before asOf's are approved and the current month's IKI of the demo staff is still to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { seedDemoPlans } from './plans.js';

const NOW = '2026-11-20T10:00:00+07:00';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
});
afterAll(() => t?.close());

const counts = () =>
  t.one<{
    plans: number;
    results: number;
    indicators: number;
    reports: number;
    realisations: number;
    practices: number;
  }>(
    `select (select count(*)::int from performance_plan) as plans,
            (select count(*)::int from planned_result) as results,
            (select count(*)::int from indicator) as indicators,
            (select count(*)::int from iki_report) as reports,
            (select count(*)::int from iki_realisation) as realisations,
            (select count(*)::int from teaching_practice) as practices`,
  );

describe('seedDemoPlans', () => {
  it('writes the demo plans once, whatever the number of runs', async () => {
    const summary = await seedDemoPlans(t.orm.em.fork(), '2026-11-20');
    expect(summary).toEqual({ practices: 8, plans: 10, reports: 100 });
    const first = await counts();
    expect(first).toMatchObject({ plans: 10, reports: 100, practices: 8 });
    await seedDemoPlans(t.orm.em.fork(), '2026-11-20');
    expect(await counts()).toEqual(first);
  });

  it('shows the chain from the Wali Kota with one result supporting nothing and one unsupported', async () => {
    const unit = await t.one<{ id: string }>(
      `select p.unit_id as id from employee e join position p on p.id = e.position_id where e.nip = ?`,
      [persona.departmentHead],
    );
    const res = await t.as(
      persona.departmentHead,
      `query($u: ID!) { alignment(unitId: $u, year: 2026) {
         counts { plans approvedPlans supportsNothing unsupported }
         nodes { depth inUnit flags result { title } owner { nip } } } }`,
      { u: unit.id },
    );
    expect(res.errors).toBeUndefined();
    const a = res.data!.alignment;
    expect(a.counts).toMatchObject({
      plans: 4,
      approvedPlans: 4,
      supportsNothing: 1,
      unsupported: 1,
    });
    const node = (title: string) =>
      a.nodes.find((n: { result: { title: string } }) => n.result.title === title);
    expect(node('Meningkatnya kualitas pelayanan publik berbasis digital')).toMatchObject({
      depth: 0,
      inUnit: false,
      flags: [],
    });
    expect(node('Tersedianya modul aplikasi layanan perizinan')).toMatchObject({
      depth: 5,
      flags: [],
    });
    expect(node('Terkelolanya dokumentasi kegiatan seksi')).toMatchObject({
      depth: 0,
      flags: ['SUPPORTS_NOTHING'],
      owner: { nip: persona.staff },
    });
    expect(node('Terlaksananya pengujian keamanan aplikasi')!.flags).toEqual(['UNSUPPORTED']);
  });

  it('gives the teacher an approved plan from the template, and IKI up to last month', async () => {
    const teacher = await t.one<{ employee_id: string; template_code: string; status: string }>(
      `select employee_id, template_code, status from performance_plan where template_code is not null`,
    );
    expect(teacher).toMatchObject({ template_code: 'TEACHER', status: 'APPROVED' });
    // The teacher the README lists as a demo login.
    const nip = await t.one<{ nip: string }>('select nip from employee where id = ?', [
      teacher.employee_id,
    ]);
    expect(nip.nip).toBe('197806202001041701');
    const months = await t.sql<{ month: string }>(
      `select month from iki_report where employee_id = ? order by month`,
      [teacher.employee_id],
    );
    expect(months.map((m) => m.month)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    const staff = await t.as(
      persona.staff,
      `query { ikiReport(period: "2026-11") { status canSubmit lines { indicator { name } } skpScore } }`,
    );
    expect(staff.data!.ikiReport).toMatchObject({ status: null, canSubmit: true });
    expect(staff.data!.ikiReport.lines).toHaveLength(4);
    expect(staff.data!.ikiReport.skpScore).toBeGreaterThan(80);
  });
});
