/**
 * What the admin pages of the org chart read and change: the Plt/Plh of each position beside its
 * holders, the employees an admin manages (by name or NIP, inside a unit, page by page), a
 * department admin's department, and units whose codes are written in capitals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

const DEPARTMENT_ADMIN = '199503202020112402'; // Dinas Pendidikan

let t: TestApp;
const unit: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-20T10:00:00+07:00' });
  for (const r of await t.sql<{ code: string; id: string }>('select code, id from org_unit'))
    unit[r.code] = r.id;
});
afterAll(() => t?.close());

const code = (res: { errors?: { extensions: { code: string } }[] }) =>
  res.errors?.[0]?.extensions.code;

const POSITIONS = `query($id: ID!) { orgUnit(id: $id) { name
  positions { name holders { nip } actingAssignments { kind startDate endDate employee { nip name } } }
  children { name positions { name holders { nip } actingAssignments { kind employee { nip } } } } } }`;

describe('the Plt/Plh of a position', () => {
  it('shows the acting Sekretaris on the vacant head of Dinas PUPR, to anyone signed in', async () => {
    const sekretaris = await t.one<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
        join org_unit u on u.id = p.unit_id join org_unit d on d.id = u.parent_id
       where d.code = 'DPUPR' and u.name = 'Sekretariat' and p.kind = 'STRUCTURAL'`,
    );
    const res = await t.as(persona.staff, POSITIONS, { id: unit.DPUPR });
    expect(res.errors).toBeUndefined();
    const head = res.data?.orgUnit.positions[0];
    expect(head.holders).toEqual([]);
    expect(head.actingAssignments).toEqual([
      {
        kind: 'PLT',
        startDate: '2026-09-01',
        endDate: null,
        employee: expect.objectContaining({ nip: sekretaris.nip }),
      },
    ]);
  });

  it('leaves the vacant head of Bidang Rehabilitasi Sosial without anyone acting', async () => {
    const { id } = await t.one<{ id: string }>(
      `select id from org_unit where name = 'Bidang Rehabilitasi Sosial'`,
    );
    const res = await t.as(persona.agencyAdmin, POSITIONS, { id });
    const head = res.data?.orgUnit.positions[0];
    expect(head).toMatchObject({ holders: [], actingAssignments: [] });
  });

  it('no longer lists an assignment that ended, and reads a department in a fixed number of statements', async () => {
    const { id } = await t.one<{ id: string }>(
      `select a.id from acting_assignment a join position p on p.id = a.position_id
        join org_unit u on u.id = p.unit_id where u.code = 'DPUPR'`,
    );
    const ended = await t.as(
      persona.agencyAdmin,
      'mutation($id: ID!) { endActingAssignment(id: $id, endDate: "2026-11-19") { endDate } }',
      { id },
    );
    expect(ended.errors).toBeUndefined();
    const res = await t.as(persona.agencyAdmin, POSITIONS, { id: unit.DPUPR });
    expect(res.data?.orgUnit.positions[0].actingAssignments).toEqual([]);

    const small = await t.countStatements(() =>
      t.as(persona.agencyAdmin, POSITIONS, { id: unit.DINSOS }),
    );
    const large = await t.countStatements(() =>
      t.as(persona.agencyAdmin, POSITIONS, { id: unit['KOTA-CONTOH'] }),
    );
    expect(large.count).toBe(small.count);
  });
});

const EMPLOYEES = `query($search: String, $unitId: ID, $first: Int, $after: String, $inactive: Boolean) {
  adminEmployees(search: $search, unitId: $unitId, first: $first, after: $after, includeInactive: $inactive) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { nip name unit { name } } } } }`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { nip: string; name: string; unit: { name: string } | null } }[];
};
const page = (res: { data?: Record<string, unknown> | null }) => res.data?.adminEmployees as Page;

describe('finding employees to administer', () => {
  it('finds by words of the name in any order, or by the first digits of the NIP', async () => {
    const byName = page(await t.as(persona.agencyAdmin, EMPLOYEES, { search: 'rosmiati dewi' }));
    expect(byName.edges.map((e) => e.node.nip)).toEqual([DEPARTMENT_ADMIN]);
    const byNip = page(await t.as(persona.agencyAdmin, EMPLOYEES, { search: '19950320 2020' }));
    expect(byNip.edges.map((e) => e.node.nip)).toContain(DEPARTMENT_ADMIN);
    expect(byNip.edges.every((e) => e.node.nip.startsWith('199503202020'))).toBe(true);
    const none = page(await t.as(persona.agencyAdmin, EMPLOYEES, { search: '100%_x' }));
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages through a unit by name, every page in one statement', async () => {
    const { n } = await t.one<{ n: string }>(
      `with recursive sub(id) as (select id from org_unit where code = 'DPUPR'
         union select o.id from org_unit o join sub on o.parent_id = sub.id)
       select count(*) as n from employee e join position p on p.id = e.position_id
        where p.unit_id in (select id from sub) and e.active`,
    );
    const seen: string[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    for (;;) {
      const { count } = await t.countStatements(async () => {
        const p = page(
          await t.as(persona.agencyAdmin, EMPLOYEES, { unitId: unit.DPUPR, first: 4, after }),
        );
        expect(p.totalCount).toBe(Number(n));
        seen.push(...p.edges.map((e) => e.node.name));
        after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      });
      statements.push(count);
      if (!after) break;
    }
    // The session, the page, then one batch each for the people, their positions and units.
    expect(statements.length).toBeGreaterThan(2);
    expect(new Set(statements)).toEqual(new Set([statements[0]]));
    expect(statements[0]).toBeLessThanOrEqual(5);
    expect(seen).toHaveLength(Number(n));
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('keeps a department admin inside their department, and refuses everyone else', async () => {
    const own = page(await t.as(DEPARTMENT_ADMIN, EMPLOYEES, { first: 200 }));
    expect(own.totalCount).toBeGreaterThan(0);
    const { n } = await t.one<{ n: string }>(
      `with recursive sub(id) as (select id from org_unit where code = 'DISDIK'
         union select o.id from org_unit o join sub on o.parent_id = sub.id)
       select count(*) as n from employee e join position p on p.id = e.position_id
        where p.unit_id in (select id from sub) and e.active`,
    );
    expect(own.totalCount).toBe(Number(n));
    const outside = page(await t.as(DEPARTMENT_ADMIN, EMPLOYEES, { search: persona.staff }));
    expect(outside.totalCount).toBe(0);
    const otherUnit = page(await t.as(DEPARTMENT_ADMIN, EMPLOYEES, { unitId: unit.DPUPR }));
    expect(otherUnit.totalCount).toBe(0);

    expect(code(await t.as(persona.staff, EMPLOYEES, {}))).toBe('FORBIDDEN');
    expect(code(await t.as(persona.sekda, EMPLOYEES, {}))).toBe('FORBIDDEN');
    expect(
      code(
        await t.as(persona.agencyAdmin, EMPLOYEES, {
          unitId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lists someone who left only when asked to include inactive employees', async () => {
    await t.sql(`update employee set active = false where nip = ?`, [DEPARTMENT_ADMIN]);
    const active = page(await t.as(persona.agencyAdmin, EMPLOYEES, { search: 'dewi rosmiati' }));
    expect(active.totalCount).toBe(0);
    const all = page(
      await t.as(persona.agencyAdmin, EMPLOYEES, { search: 'dewi rosmiati', inactive: true }),
    );
    expect(all.edges.map((e) => e.node.nip)).toEqual([DEPARTMENT_ADMIN]);
    await t.sql(`update employee set active = true where nip = ?`, [DEPARTMENT_ADMIN]);
  });
});

describe('changing a unit', () => {
  it('keeps a code in capitals, as the demo city and the spreadsheets write them', async () => {
    const res = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!) { updateOrgUnit(id: $id, input: { code: "DINSOS", name: "Dinas Sosial",
         kind: DEPARTMENT, parentId: "${unit['KOTA-CONTOH']}" }) { code name } }`,
      { id: unit.DINSOS },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateOrgUnit).toEqual({ code: 'DINSOS', name: 'Dinas Sosial' });
    const bad = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!) { updateOrgUnit(id: $id, input: { code: "DIN SOS", name: "Dinas Sosial",
         kind: DEPARTMENT, parentId: "${unit['KOTA-CONTOH']}" }) { code } }`,
      { id: unit.DINSOS },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
  });
});

describe('the department a department admin administers', () => {
  it('is read by admins (to keep it when saving the person), not by coworkers', async () => {
    const Q = 'query($id: ID!) { employee(id: $id) { adminUnit { code } } }';
    const id = await t.idOf(DEPARTMENT_ADMIN);
    const res = await t.as(persona.agencyAdmin, Q, { id });
    expect(res.data?.employee.adminUnit).toEqual({ code: 'DISDIK' });
    const self = await t.as(DEPARTMENT_ADMIN, Q, { id: await t.idOf(persona.staff) });
    expect(code(self)).toBe('FORBIDDEN');
  });
});
