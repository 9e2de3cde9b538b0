/**
 * The organisation API as the demo city's people see it: who may read and change what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../../test/factories.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

let t: TestApp;
let teacher: string; // someone in another department, no roles
let eduAdmin: string; // DEPARTMENT_ADMIN of Dinas Pendidikan
let ids: Record<keyof typeof persona, string>;

beforeAll(async () => {
  t = await createTestApp();
  ({ nip: teacher } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.name like 'Guru%' and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
  ));
  ({ nip: eduAdmin } = await t.one<{ nip: string }>(
    `select nip from employee where 'DEPARTMENT_ADMIN' = any(roles) order by nip limit 1`,
  ));
  ids = Object.fromEntries(
    await Promise.all(Object.entries(persona).map(async ([k, nip]) => [k, await t.idOf(nip)])),
  ) as typeof ids;
});
afterAll(() => t?.close());

const CARD = 'query($id: ID!) { employee(id: $id) { name nip position { name } unit { name } } }';
const PRIVATE = 'query($id: ID!) { employee(id: $id) { name rank email supervisor { nip } } }';

describe('anonymous callers', () => {
  it('get UNAUTHENTICATED, in Indonesian by default and English on request', async () => {
    const id = await t.gql('{ me { name } }');
    expect(id.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(id.errors?.[0]?.message).toMatch(/belum masuk/);
    const en = await t.gql('{ me { name } }', {}, { lang: 'en-US,en;q=0.9' });
    expect(en.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(en.errors?.[0]?.message).toMatch(/not signed in/);
  });

  it('cannot read an employee or the org chart, nor change anything', async () => {
    for (const q of [
      '{ orgUnits { name } }',
      `{ employee(id: "${ids.staff}") { name } }`,
      '{ subordinates { totalCount } }',
    ]) {
      expect((await t.gql(q)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const res = await t.gql('mutation { logout }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('get UNAUTHENTICATED for a forged or malformed token', async () => {
    const forged = `k1.${ids.staff}.${ids.staff}.${'a'.repeat(43)}`;
    for (const token of [forged, 'garbage']) {
      expect((await t.gql('{ me { name } }', {}, { token })).errors?.[0]?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });
});

describe('me and the directory card', () => {
  it('shows the staff member their position, unit and supervisor', async () => {
    const res = await t.as(
      persona.staff,
      '{ me { nip position { name kind jobClass } unit { name } supervisor { nip } roles } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({
      nip: persona.staff,
      position: { kind: 'EXECUTOR' },
      supervisor: { nip: persona.sectionHead },
      roles: ['EMPLOYEE'],
    });
  });

  it('lets any employee read anyone’s directory card, but not the rest', async () => {
    const card = await t.as(teacher, CARD, { id: ids.staff });
    expect(card.errors).toBeUndefined();
    expect(card.data?.employee).toMatchObject({
      nip: persona.staff,
      unit: { name: expect.any(String) },
    });

    const priv = await t.as(teacher, PRIVATE, { id: ids.staff });
    expect(priv.data?.employee.name).toBeTruthy();
    expect(priv.data?.employee.rank).toBeNull();
    expect(priv.errors?.map((e) => e.extensions.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(priv.errors?.[0]?.message).toMatch(/hanya dapat dilihat/);
  });

  it('lets the owner, every supervisor up the chain, executives and the agency admin read private fields', async () => {
    for (const nip of [
      persona.staff,
      persona.sectionHead,
      persona.departmentHead,
      persona.sekda,
      persona.agencyAdmin,
    ]) {
      const res = await t.as(nip, PRIVATE, { id: ids.staff });
      expect(res.errors, nip).toBeUndefined();
      expect(res.data?.employee.supervisor.nip).toBe(persona.sectionHead);
    }
  });

  it('does not let a staff member read their supervisor’s private fields', async () => {
    const res = await t.as(persona.staff, PRIVATE, { id: ids.sectionHead });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps a department admin to their department', async () => {
    const res = await t.as(eduAdmin, PRIVATE, { id: ids.staff });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const { id: pupil } = await t.one<{ id: string }>(
      `select e.id from employee e join position p on p.id = e.position_id where p.name like 'Guru%' order by e.nip limit 1`,
    );
    const own = await t.as(eduAdmin, PRIVATE, { id: pupil });
    expect(own.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an employee or unit of another agency', async () => {
    const other = await Factory.agency(t.orm.em.fork(), 'kabupaten-lain');
    const unit = await other.unit('Dinas Lain');
    const stranger = await other.employee('Orang Lain', await other.position('Kepala', unit));
    expect(
      (await t.as(persona.agencyAdmin, CARD, { id: stranger.id })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    const res = await t.as(persona.sekda, 'query($id: ID!) { orgUnit(id: $id) { name } }', {
      id: unit.id,
    });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const sub = await t.as(
      persona.sekda,
      'query($id: ID) { subordinates(of: $id) { totalCount } }',
      { id: stranger.id },
    );
    expect(sub.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect((await t.as(persona.staff, CARD, { id })).errors?.[0]?.extensions.code).toBe(
        'NOT_FOUND',
      );
    }
  });
});

describe('subordinates and supervisorChain', () => {
  const SUBS =
    'query($of: ID, $depth: Int, $first: Int, $after: String) { subordinates(of: $of, depth: $depth, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { depth node { nip } } } }';

  it('gives the section head their direct reports, the staff member among them', async () => {
    const res = await t.as(persona.sectionHead, SUBS, { depth: 1 });
    expect(res.errors).toBeUndefined();
    const nips = res.data?.subordinates.edges.map((e: { node: { nip: string } }) => e.node.nip);
    expect(nips).toContain(persona.staff);
    expect(res.data?.subordinates.edges.every((e: { depth: number }) => e.depth === 1)).toBe(true);
  });

  it('lets the department head read a subtree below them, and pages it', async () => {
    const all = await t.as(persona.departmentHead, SUBS, { of: ids.sectionHead });
    expect(all.data?.subordinates.totalCount).toBeGreaterThan(0);
    const page1 = await t.as(persona.departmentHead, SUBS, { first: 2 });
    const page2 = await t.as(persona.departmentHead, SUBS, {
      first: 2,
      after: page1.data?.subordinates.pageInfo.endCursor,
    });
    const seen = [...page1.data!.subordinates.edges, ...page2.data!.subordinates.edges].map(
      (e) => e.node.nip,
    );
    expect(new Set(seen).size).toBe(4);
    expect(page2.data?.subordinates.totalCount).toBe(page1.data?.subordinates.totalCount);
  });

  it('refuses a subtree outside the caller’s own', async () => {
    const res = await t.as(persona.staff, SUBS, { of: ids.sectionHead });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const sideways = await t.as(teacher, SUBS, { of: ids.departmentHead });
    expect(sideways.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a bad cursor or page size with BAD_USER_INPUT', async () => {
    expect(
      (await t.as(persona.sectionHead, SUBS, { after: 'xyz' })).errors?.[0]?.extensions.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await t.as(persona.sectionHead, SUBS, { first: 5000 })).errors?.[0]?.extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('lists the chain up to the regional head, nearest first', async () => {
    const res = await t.as(
      persona.staff,
      'query($id: ID!) { supervisorChain(employeeId: $id) { nip } }',
      { id: ids.staff },
    );
    const chain = res.data?.supervisorChain.map((e: { nip: string }) => e.nip);
    expect(chain[0]).toBe(persona.sectionHead);
    expect(chain).toContain(persona.departmentHead);
    expect(chain.indexOf(persona.departmentHead)).toBe(chain.length - 3);
    expect(chain.at(-2)).toBe(persona.sekda);
  });

  it('refuses the chain of someone outside the caller’s reach', async () => {
    const res = await t.as(
      teacher,
      'query($id: ID!) { supervisorChain(employeeId: $id) { nip } }',
      { id: ids.staff },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('administration', () => {
  const CREATE = `mutation($input: EmployeeInput!) { createEmployee(input: $input) { id nip name position { name } } }`;
  let kominfoSection: { id: string; positionId: string };

  beforeAll(async () => {
    const [row] = await t.sql<{ unit_id: string; id: string }>(
      `select p.unit_id, p.id from employee e join position p on p.id = e.position_id where e.nip = ?`,
      [persona.staff],
    );
    kominfoSection = { id: row!.unit_id, positionId: row!.id };
  });

  const input = (nip: string, extra: Record<string, unknown> = {}) => ({
    nip,
    name: 'Rina Marlina, S.Kom.',
    employmentType: 'PNS',
    positionId: kominfoSection.positionId,
    ...extra,
  });

  it('lets the agency admin create an employee who can then sign in', async () => {
    const res = await t.as(persona.agencyAdmin, CREATE, {
      input: input('199512122020122001', { password: 'sandi-baru-1' }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createEmployee.nip).toBe('199512122020122001');
    const login = await t.gql(
      'mutation { login(nip: "199512122020122001", password: "sandi-baru-1") { employee { name } } }',
    );
    expect(login.data?.login.employee.name).toBe('Rina Marlina, S.Kom.');
    const [audit] = await t.sql(
      `select action, data from audit_event where action = 'employee.create'`,
    );
    expect(audit?.data).toMatchObject({ nip: '199512122020122001', passwordChanged: true });
    expect(JSON.stringify(audit?.data)).not.toContain('sandi-baru-1');
  });

  it('refuses an invalid NIP with a clear message in the caller’s language, and saves nothing', async () => {
    const id = await t.as(persona.agencyAdmin, CREATE, { input: input('199502302020122001') });
    expect(id.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nip' });
    expect(id.errors?.[0]?.message).toBe(
      'NIP "199502302020122001" tidak valid: tanggal lahir (digit 1–8) bukan tanggal yang valid',
    );
    const en = await t.as(
      persona.agencyAdmin,
      CREATE,
      { input: input('19950212202012200') },
      { lang: 'en' },
    );
    expect(en.errors?.[0]?.message).toBe('NIP "19950212202012200" is not valid: must be 18 digits');
    const { n } = await t.one<{ n: string }>(
      `select count(*) as n from employee where nip like '1995021%' or nip like '1995023%'`,
    );
    expect(Number(n)).toBe(0);
  });

  it('refuses a duplicate NIP with CONFLICT', async () => {
    const res = await t.as(persona.agencyAdmin, CREATE, { input: input(persona.staff) });
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('refuses class-validator violations with BAD_USER_INPUT', async () => {
    const res = await t.as(persona.agencyAdmin, CREATE, {
      input: input('199512122020121002', { name: 'X', email: 'bukan-email' }),
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields).toEqual(expect.arrayContaining(['name', 'email']));
    expect(res.errors?.[0]?.message).toBe(
      'Data yang dikirim tidak valid: name harus 2–200 karakter; email bukan alamat email yang valid',
    );
  });

  it('refuses staff, supervisors and executives (FORBIDDEN)', async () => {
    for (const nip of [persona.staff, persona.sectionHead, persona.sekda]) {
      const res = await t.as(nip, CREATE, { input: input('199512122020121003') });
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
    }
    const unit = await t.as(
      persona.departmentHead,
      `mutation($id: ID!) { updateOrgUnit(id: $id, input: { code: "x", name: "Seksi X", kind: SECTION }) { id } }`,
      { id: kominfoSection.id },
    );
    expect(unit.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps a department admin inside their department', async () => {
    const res = await t.as(eduAdmin, CREATE, { input: input('199512122020121004') });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/cakupan admin/);
    const grant = await t.as(eduAdmin, CREATE, {
      input: input('199512122020121005', { positionId: undefined, roles: ['AGENCY_ADMIN'] }),
    });
    expect(grant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets the agency admin edit an employee, and keeps others out', async () => {
    const UPDATE = `mutation($id: ID!, $input: EmployeeInput!) { updateEmployee(id: $id, input: $input) { nip rank active } }`;
    const changes = input(persona.staff, { rank: 'Penata (III/c)', employmentType: 'PNS' });
    const ok = await t.as(persona.agencyAdmin, UPDATE, { id: ids.staff, input: changes });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateEmployee).toEqual({
      nip: persona.staff,
      rank: 'Penata (III/c)',
      active: true,
    });
    for (const nip of [eduAdmin, persona.sectionHead]) {
      const res = await t.as(nip, UPDATE, {
        id: ids.staff,
        input: { ...changes, rank: 'Pembina (IV/a)' },
      });
      expect(res.errors?.[0]?.extensions.code, nip).toBe('FORBIDDEN');
    }
    const { rank } = await t.one<{ rank: string }>('select rank from employee where nip = ?', [
      persona.staff,
    ]);
    expect(rank).toBe('Penata (III/c)');
  });

  it('creates units and positions, and refuses a position cycle', async () => {
    const unit = await t.as(
      persona.agencyAdmin,
      `mutation($p: ID) { createOrgUnit(input: { parentId: $p, code: "diskominfo-uji", name: "Seksi Uji", kind: SECTION }) { id name parent { id } } }`,
      { p: kominfoSection.id },
    );
    expect(unit.errors).toBeUndefined();
    const dup = await t.as(
      persona.agencyAdmin,
      `mutation($p: ID) { createOrgUnit(input: { parentId: $p, code: "diskominfo-uji", name: "Seksi Uji 2", kind: SECTION }) { id } }`,
      { p: kominfoSection.id },
    );
    expect(dup.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const pos = await t.as(
      persona.agencyAdmin,
      `mutation($u: ID!, $parent: ID) { createPosition(input: { unitId: $u, parentId: $parent, name: "Analis Uji", kind: FUNCTIONAL, jobClass: 8 }) { id parent { id } unit { name } } }`,
      { u: unit.data?.createOrgUnit.id, parent: kominfoSection.positionId },
    );
    expect(pos.data?.createPosition.unit.name).toBe('Seksi Uji');
    const cycle = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!, $u: ID!, $parent: ID) { updatePosition(id: $id, input: { unitId: $u, parentId: $parent, name: "Pengelola", kind: EXECUTOR, jobClass: 7 }) { id } }`,
      { id: kominfoSection.positionId, u: kominfoSection.id, parent: pos.data?.createPosition.id },
    );
    expect(cycle.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const badClass = await t.as(
      persona.agencyAdmin,
      `mutation($u: ID!) { createPosition(input: { unitId: $u, name: "Terlalu Tinggi", kind: FUNCTIONAL, jobClass: 18 }) { id } }`,
      { u: kominfoSection.id },
    );
    expect(badClass.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('appoints an acting official, refuses an overlapping one, and the hierarchy follows', async () => {
    const { id: vacant } = await t.one<{ id: string }>(
      `select p.id from position p where p.kind = 'STRUCTURAL'
          and not exists (select 1 from employee e where e.position_id = p.id and e.active)
          and not exists (select 1 from acting_assignment a where a.position_id = p.id)
        order by p.name limit 1`,
    );
    const M = `mutation($input: ActingAssignmentInput!) { createActingAssignment(input: $input) { id kind startDate endDate employee { nip } position { id } } }`;
    const ok = await t.as(persona.agencyAdmin, M, {
      input: {
        employeeId: ids.sectionHead,
        positionId: vacant,
        kind: 'PLH',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createActingAssignment).toMatchObject({
      kind: 'PLH',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    const overlap = await t.as(persona.agencyAdmin, M, {
      input: { employeeId: ids.staff, positionId: vacant, kind: 'PLT', startDate: '2026-06-01' },
    });
    expect(overlap.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const backwards = await t.as(persona.agencyAdmin, M, {
      input: {
        employeeId: ids.staff,
        positionId: vacant,
        kind: 'PLT',
        startDate: '2027-06-01',
        endDate: '2027-05-01',
      },
    });
    expect(backwards.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const mine = await t.as(
      persona.sectionHead,
      '{ me { actingAssignments { kind position { id } } } }',
    );
    expect(mine.data?.me.actingAssignments).toEqual([{ kind: 'PLH', position: { id: vacant } }]);
  });
});

describe('the org chart', () => {
  it('is readable by every employee, with units, positions and holders', async () => {
    const res = await t.as(
      teacher,
      '{ orgUnits { name kind children { name kind positions { name jobClass holders { name } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const root = res.data?.orgUnits[0];
    expect(root.kind).toBe('AGENCY');
    expect(root.children.length).toBeGreaterThanOrEqual(12);
  });
});
