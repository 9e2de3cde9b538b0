/**
 * Supervisor resolution and subtree reads (product.md): the holder of the parent position; else
 * someone acting in it on the date; else the next occupant up; at the top, none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { Factory } from '../../../test/factories.js';
import type { Employee } from './employee.entity.js';
import { Hierarchy } from './hierarchy.js';
import type { Position } from './position.entity.js';

const TODAY = '2026-11-23';
let t: TestApp;
let f: Factory;
let P: Record<'head' | 'division' | 'section' | 'staff' | 'otherSection', Position>;
let E: Record<'head' | 'sectionHead' | 'staff1' | 'staff2' | 'otherHead', Employee>;
let h: Hierarchy;

beforeAll(async () => {
  t = await createTestApp({ template: 'empty' });
  const em = t.orm.em.fork();
  f = await Factory.agency(em);
  const dept = await f.unit('Dinas Contoh');
  const head = await f.position('Kepala Dinas', dept);
  const division = await f.position('Kepala Bidang', dept, head); // vacant
  const section = await f.position('Kepala Seksi', dept, division);
  const staff = await f.position('Pengadministrasi Umum', dept, section);
  const otherSection = await f.position('Kepala Seksi Lain', dept, division);
  P = { head, division, section, staff, otherSection };
  E = {
    head: await f.employee('Budi Kepala', head),
    sectionHead: await f.employee('Sari Kasi', section),
    staff1: await f.employee('Andi Staf', staff),
    staff2: await f.employee('Citra Staf', staff),
    otherHead: await f.employee('Dewi Kasi Lain', otherSection),
  };
  h = new Hierarchy(t.orm.em.fork(), f.agency.id);
});
afterAll(() => t?.close());

const supervisorOf = async (e: Employee, date = TODAY) =>
  (await h.supervisorsOf([e.id], date)).get(e.id) ?? null;

describe('supervisor resolution', () => {
  it('is the holder of the parent position', async () => {
    expect(await supervisorOf(E.staff1)).toBe(E.sectionHead.id);
  });

  it('skips a vacant parent position to the next holder up', async () => {
    expect(await supervisorOf(E.sectionHead)).toBe(E.head.id);
  });

  it('is none at the top', async () => {
    expect(await supervisorOf(E.head)).toBeNull();
  });

  it('is whoever acts in the vacant parent position on that date, and only then', async () => {
    const em = t.orm.em.fork();
    const f2 = new Factory(em, f.agency);
    const actingPerson = await f2.employee('Eko Plt', P.otherSection);
    const acting = await f2.acting(actingPerson, P.division, '2026-11-01', '2026-11-30');
    try {
      expect(await supervisorOf(E.sectionHead, '2026-11-15')).toBe(actingPerson.id);
      expect(await supervisorOf(E.sectionHead, '2026-12-01')).toBe(E.head.id);
      expect(await supervisorOf(E.sectionHead, '2026-10-31')).toBe(E.head.id);
      // A person acting in their own supervisor's position reports to the next occupant up.
      expect(await supervisorOf(actingPerson, '2026-11-15')).toBe(E.head.id);
      expect(await h.supervisorChain(E.staff1.id, '2026-11-15')).toEqual([
        E.sectionHead.id,
        actingPerson.id,
        E.head.id,
      ]);
    } finally {
      await em.nativeDelete('ActingAssignment', { id: acting.id });
      await em.nativeDelete('Account', { nip: actingPerson.nip });
      await em.nativeDelete('Employee', { id: actingPerson.id });
    }
  });

  it('prefers the holder over someone acting in the same position', async () => {
    const em = t.orm.em.fork();
    const f2 = new Factory(em, f.agency);
    const holder = await f2.employee('Fajar Kabid', P.division);
    const acting = await f2.acting(E.otherHead, P.division, '2026-01-01');
    try {
      expect(await supervisorOf(E.sectionHead)).toBe(holder.id);
    } finally {
      await em.nativeDelete('ActingAssignment', { id: acting.id });
      await em.nativeUpdate('Employee', { id: holder.id }, { active: false });
    }
    // An inactive holder leaves the position vacant again.
    expect(await supervisorOf(E.sectionHead)).toBe(E.head.id);
  });

  it('resolves many employees in one statement', async () => {
    const { count } = await t.countStatements(() =>
      h.supervisorsOf(
        [E.staff1.id, E.staff2.id, E.sectionHead.id, E.head.id, E.otherHead.id],
        TODAY,
      ),
    );
    expect(count).toBe(1);
  });

  it('lists the chain nearest first', async () => {
    expect(await h.supervisorChain(E.staff1.id, TODAY)).toEqual([E.sectionHead.id, E.head.id]);
    expect(await h.supervisorChain(E.head.id, TODAY)).toEqual([]);
  });
});

describe('subtree', () => {
  it('counts depth in people, so a vacant position adds no level', async () => {
    const direct = await h.subtreePage(E.head.id, TODAY, { depth: 1, first: 50, after: null });
    expect(direct.rows.map((r) => r.id).sort()).toEqual([E.sectionHead.id, E.otherHead.id].sort());
    const all = await h.subtreePage(E.head.id, TODAY, { depth: null, first: 50, after: null });
    expect(all.totalCount).toBe(4);
    expect(all.rows.map((r) => [r.name, r.depth])).toEqual([
      ['Dewi Kasi Lain', 1],
      ['Sari Kasi', 1],
      ['Andi Staf', 2],
      ['Citra Staf', 2],
    ]);
  });

  it('pages with a keyset cursor and keeps the total', async () => {
    const first = await h.subtreePage(E.head.id, TODAY, { depth: null, first: 3, after: null });
    expect(first.hasNextPage).toBe(true);
    const last = first.rows.at(-1)!;
    const rest = await h.subtreePage(E.head.id, TODAY, { depth: null, first: 3, after: last });
    expect(rest.rows.map((r) => r.name)).toEqual(['Citra Staf']);
    expect(rest.totalCount).toBe(4);
    expect(rest.hasNextPage).toBe(false);
  });

  it('is empty below staff, and read in one statement', async () => {
    const { count } = await t.countStatements(async () => {
      const page = await h.subtreePage(E.staff1.id, TODAY, { depth: null, first: 50, after: null });
      expect(page.totalCount).toBe(0);
    });
    expect(count).toBe(1);
  });

  it('counts direct reports of many people in one statement', async () => {
    const counts = await h.directReportCounts([E.head.id, E.sectionHead.id, E.staff1.id], TODAY);
    expect(counts.get(E.head.id)).toBe(2);
    expect(counts.get(E.sectionHead.id)).toBe(2);
    expect(counts.get(E.staff1.id)).toBeUndefined();
  });

  it('tells whether a viewer is above a target', async () => {
    const rel = await h.relations(
      E.sectionHead.id,
      [E.staff1.id, E.head.id, E.otherHead.id],
      TODAY,
      null,
    );
    expect(rel.get(E.staff1.id)?.below).toBe(true);
    expect(rel.get(E.head.id)?.below).toBe(false);
    expect(rel.get(E.otherHead.id)?.below).toBe(false);
  });

  it('refuses a position cycle', async () => {
    expect(await h.positionWouldCycle(P.division.id, P.staff.id)).toBe(true);
    expect(await h.positionWouldCycle(P.staff.id, P.otherSection.id)).toBe(false);
  });

  it('tells who heads a unit: every position in it (and below) lies under theirs', async () => {
    const em = t.orm.em.fork();
    const g = await Factory.agency(em);
    const dept = await g.unit('Dinas Heads');
    const sectionA = await g.unit('Seksi A', dept);
    const sectionB = await g.unit('Seksi B', dept);
    const empty = await g.unit('Seksi Kosong', dept);
    const head = await g.position('Kepala Dinas', dept);
    const secretary = await g.position('Sekretaris', dept, head);
    const headA = await g.position('Kepala Seksi A', sectionA, head);
    await g.position('Staf A', sectionA, headA);
    const headB = await g.position('Kepala Seksi B', sectionB, head);
    await g.position('Staf B', sectionB, headB);
    const people = {
      head: await g.employee('Kepala', head),
      secretary: await g.employee('Sekretaris', secretary),
      a: await g.employee('Kasi A', headA),
    };
    const heads = new Hierarchy(t.orm.em.fork(), g.agency.id);
    expect(await heads.headsUnit(people.head.id, dept.id, TODAY)).toBe(true);
    expect(await heads.headsUnit(people.head.id, sectionB.id, TODAY)).toBe(true);
    expect(await heads.headsUnit(people.a.id, sectionA.id, TODAY)).toBe(true);
    expect(await heads.headsUnit(people.a.id, sectionB.id, TODAY)).toBe(false);
    expect(await heads.headsUnit(people.a.id, dept.id, TODAY)).toBe(false);
    // In the department's own unit, but no section lies under the secretary.
    expect(await heads.headsUnit(people.secretary.id, dept.id, TODAY)).toBe(false);
    expect(await heads.headsUnit(people.head.id, empty.id, TODAY)).toBe(false);
  });
});
