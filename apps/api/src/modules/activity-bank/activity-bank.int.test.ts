/**
 * The bank's workflow as the demo city's people see it: a department proposes, the agency admin
 * publishes, rejects (with a reason) or retires; everyone else is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../../test/factories.js';
import { createTestApp, persona, type GqlResult, type TestApp } from '../../../test/harness.js';
import { Agency } from '../organisation/agency.entity.js';

let t: TestApp;
let eduAdmin: string; // DEPARTMENT_ADMIN of Dinas Pendidikan
let healthAdmin: string; // made DEPARTMENT_ADMIN of Dinas Kesehatan here
let teacher: string; // a teacher at SD Negeri 1 Contoh
const unit: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  ({ nip: eduAdmin } = await t.one<{ nip: string }>(
    `select nip from employee where 'DEPARTMENT_ADMIN' = any(roles) order by nip limit 1`,
  ));
  ({ nip: healthAdmin } = await t.one<{ nip: string }>(
    `update employee set roles = '{EMPLOYEE,DEPARTMENT_ADMIN}', admin_unit_id = (select id from org_unit where code = 'DINKES')
      where id = (select e.id from employee e join position p on p.id = e.position_id join org_unit u on u.id = p.unit_id
                   where u.code = 'DINKES.01.01' and p.kind = 'EXECUTOR' order by e.nip limit 1)
      returning nip`,
  ));
  ({ nip: teacher } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id join org_unit u on u.id = p.unit_id
      where u.code = 'DISDIK.04' and p.name like 'Guru%' order by e.nip limit 1`,
  ));
  for (const code of ['DISDIK.04', 'DISDIK.05', 'DISKOMINFO.02', 'DINKES.05'])
    unit[code] = (await t.one<{ id: string }>('select id from org_unit where code = ?', [code])).id;
});
afterAll(() => t?.close());

const FIELDS = 'id code name status rejectionReason scopeUnits { code } scopePositionKinds general';
const PROPOSE = `mutation($input: ActivityItemInput!) { proposeActivityItem(input: $input) { ${FIELDS} } }`;
const CREATE = `mutation($input: ActivityItemInput!) { createActivityItem(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityItemInput!) { updateActivityItem(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishActivityItem(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectActivityItem(id: $id, reason: $reason) { ${FIELDS} } }`;
const RETIRE = `mutation($id: ID!) { retireActivityItem(id: $id) { ${FIELDS} } }`;
const ADMIN_LIST = `query($status: ActivityItemStatus, $search: String) { adminActivityItems(status: $status, search: $search, first: 200) {
  totalCount edges { node { code status } } } }`;
const SEARCH = `query($search: String) { activityItems(search: $search, first: 20) { edges { node { code } } } }`;

const code = (res: GqlResult) => res.errors?.[0]?.extensions.code;

function input(overrides: Record<string, unknown> = {}) {
  return {
    code: 'sdn1.001',
    name: 'Menyusun jadwal piket kebersihan kelas',
    outputUnit: 'Dokumen',
    standardMinutes: 30,
    category: 'ADDITIONAL',
    scopeUnitIds: [unit['DISDIK.04']],
    keywords: ['Piket', 'kebersihan', 'piket'],
    requiresEvidence: false,
    ...overrides,
  };
}

const codesFor = async (nip: string, search: string) =>
  ((await t.as(nip, SEARCH, { search })).data?.activityItems.edges ?? []).map(
    (e: { node: { code: string } }) => e.node.code,
  );

describe('propose → publish → retire', () => {
  let id: string;

  it('lets a department admin propose an item for a unit of their department', async () => {
    const res = await t.as(eduAdmin, PROPOSE, { input: input() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.proposeActivityItem).toMatchObject({
      code: 'SDN1.001',
      status: 'PROPOSED',
      scopeUnits: [{ code: 'DISDIK.04' }],
      general: false,
    });
    id = res.data?.proposeActivityItem.id;
    const row = await t.one('select keywords, output_unit from activity_item where id = ?', [id]);
    expect(row).toEqual({ keywords: ['piket', 'kebersihan'], output_unit: 'dokumen' });
    expect(await codesFor(teacher, 'piket kebersihan')).not.toContain('SDN1.001');
  });

  it('refuses a proposal outside the department, with position kinds, or with a taken code', async () => {
    expect(
      code(
        await t.as(eduAdmin, PROPOSE, {
          input: input({ code: 'X.1', scopeUnitIds: [unit['DISKOMINFO.02']] }),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.as(eduAdmin, PROPOSE, {
          input: input({ code: 'X.2', scopePositionKinds: ['FUNCTIONAL'] }),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(await t.as(eduAdmin, PROPOSE, { input: input({ code: 'X.3', scopeUnitIds: [] }) })),
    ).toBe('FORBIDDEN');
    const taken = await t.as(
      eduAdmin,
      PROPOSE,
      { input: input({ code: 'GURU.001' }) },
      { lang: 'en' },
    );
    expect(code(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toBe('Activity item code "GURU.001" is already in use.');
  });

  it('validates the input with translated messages', async () => {
    const res = await t.as(eduAdmin, PROPOSE, {
      input: input({ code: 'bad code', standardMinutes: 0 }),
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/standardMinutes minimal 1/);
    expect(res.errors?.[0]?.message).toMatch(/code hanya boleh berisi huruf/);
  });

  it('refuses the proposal workflow to staff, section heads, executives and other departments', async () => {
    for (const nip of [
      persona.staff,
      persona.sectionHead,
      persona.departmentHead,
      persona.sekda,
      teacher,
    ]) {
      expect(code(await t.as(nip, PROPOSE, { input: input({ code: 'X.9' }) })), nip).toBe(
        'FORBIDDEN',
      );
      expect(code(await t.as(nip, UPDATE, { id, input: input() })), nip).toBe('FORBIDDEN');
      expect(code(await t.as(nip, PUBLISH, { id })), nip).toBe('FORBIDDEN');
      expect(code(await t.as(nip, REJECT, { id, reason: 'Tidak relevan sama sekali' })), nip).toBe(
        'FORBIDDEN',
      );
      expect(code(await t.as(nip, RETIRE, { id })), nip).toBe('FORBIDDEN');
      expect(code(await t.as(nip, ADMIN_LIST)), nip).toBe('FORBIDDEN');
    }
    // Another department's admin: neither this item nor a decision.
    expect(code(await t.as(healthAdmin, UPDATE, { id, input: input() }))).toBe('FORBIDDEN');
    expect(code(await t.as(healthAdmin, PUBLISH, { id }))).toBe('FORBIDDEN');
    const theirs = await t.as(healthAdmin, ADMIN_LIST);
    expect(
      theirs.data?.adminActivityItems.edges.map((e: { node: { code: string } }) => e.node.code),
    ).not.toContain('SDN1.001');
    // The department admin may not decide on their own proposal.
    expect(code(await t.as(eduAdmin, PUBLISH, { id }))).toBe('FORBIDDEN');
  });

  it('lets the department change its item while proposed and list it', async () => {
    const res = await t.as(eduAdmin, UPDATE, {
      id,
      input: input({ standardMinutes: 20, scopeUnitIds: [unit['DISDIK.04'], unit['DISDIK.05']] }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateActivityItem.scopeUnits).toHaveLength(2);
    // The department's proposals: this one beside those of the demo seed (USUL.…).
    const list = await t.as(eduAdmin, ADMIN_LIST, { status: 'PROPOSED' });
    const codes: string[] = list.data?.adminActivityItems.edges.map(
      (e: { node: { code: string } }) => e.node.code,
    );
    expect(codes).toContain('SDN1.001');
    expect(codes.filter((c) => !c.startsWith('USUL.'))).toEqual(['SDN1.001']);
    const search = await t.as(persona.agencyAdmin, ADMIN_LIST, { search: 'piket kebersihan' });
    expect(search.data?.adminActivityItems.edges[0].node.code).toBe('SDN1.001');
  });

  it('publishes (then the teacher finds it), refuses a second publish, and retires', async () => {
    const published = await t.as(persona.agencyAdmin, PUBLISH, { id });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishActivityItem.status).toBe('PUBLISHED');
    expect(await codesFor(teacher, 'piket kebersihan')).toContain('SDN1.001');
    expect(code(await t.as(persona.agencyAdmin, PUBLISH, { id }))).toBe('CONFLICT');
    // Published: the department may no longer change it; the agency admin may.
    const locked = await t.as(eduAdmin, UPDATE, { id, input: input() });
    expect(code(locked)).toBe('FORBIDDEN');
    expect(locked.errors?.[0]?.message).toMatch(/PUBLISHED hanya dapat diubah oleh admin BKPSDM/);
    expect(
      code(await t.as(persona.agencyAdmin, UPDATE, { id, input: input({ standardMinutes: 25 }) })),
    ).toBeUndefined();

    const retired = await t.as(persona.agencyAdmin, RETIRE, { id });
    expect(retired.data?.retireActivityItem.status).toBe('RETIRED');
    expect(await codesFor(teacher, 'piket kebersihan')).not.toContain('SDN1.001');
    expect(code(await t.as(persona.agencyAdmin, RETIRE, { id }))).toBe('CONFLICT');

    const audit = await t.sql<{ action: string }>(
      'select action from audit_event where entity_id = ? order by at, id',
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'activityItem.propose',
      'activityItem.update',
      'activityItem.publish',
      'activityItem.update',
      'activityItem.retire',
    ]);
  });
});

describe('reject with a reason', () => {
  it('needs a reason, then records it', async () => {
    const res = await t.as(healthAdmin, PROPOSE, {
      input: input({
        code: 'PKM.001',
        name: 'Melaksanakan senam hamil',
        scopeUnitIds: [unit['DINKES.05']],
      }),
    });
    expect(res.errors).toBeUndefined();
    const id = res.data?.proposeActivityItem.id;
    const empty = await t.as(persona.agencyAdmin, REJECT, { id, reason: '   ' });
    expect(code(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toMatch(/Alasan penolakan wajib diisi/);
    const rejected = await t.as(persona.agencyAdmin, REJECT, {
      id,
      reason: 'Sudah tercakup butir KES.009',
    });
    expect(rejected.data?.rejectActivityItem).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Sudah tercakup butir KES.009',
    });
    expect(code(await t.as(persona.agencyAdmin, RETIRE, { id }))).toBe('CONFLICT');
    expect(
      code(
        await t.as(healthAdmin, UPDATE, {
          id,
          input: input({ code: 'PKM.001', scopeUnitIds: [unit['DINKES.05']] }),
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('the agency admin', () => {
  it('creates general items published at once, and may not reuse a code', async () => {
    const res = await t.as(persona.agencyAdmin, CREATE, {
      input: input({ code: 'UMUM.900', name: 'Mengikuti halalbihalal', scopeUnitIds: [] }),
    });
    expect(res.data?.createActivityItem).toMatchObject({ status: 'PUBLISHED', general: true });
    expect(await codesFor(persona.staff, 'halalbihalal')).toEqual(['UMUM.900']);
    expect(code(await t.as(eduAdmin, CREATE, { input: input({ code: 'UMUM.901' }) }))).toBe(
      'FORBIDDEN',
    );
  });

  it('gets NOT_FOUND for an item or a unit of another agency', async () => {
    const other = await Factory.agency(t.orm.em.fork(), 'kota-lain');
    const otherUnit = await other.unit('Dinas Lain');
    const { id } = await t.one<{ id: string }>(
      `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
       values (?, gen_random_uuid(), 'LAIN.001', 'Butir lain', 'kegiatan', 30, 'MAIN', 'PROPOSED') returning id`,
      [other.agency.id],
    );
    expect(other.agency).toBeInstanceOf(Agency);
    for (const q of [PUBLISH, RETIRE])
      expect(code(await t.as(persona.agencyAdmin, q, { id }))).toBe('NOT_FOUND');
    expect(
      code(await t.as(persona.agencyAdmin, UPDATE, { id, input: input({ code: 'LAIN.001' }) })),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await t.as(
          persona.staff,
          'mutation($id: ID!) { setFavouriteItem(itemId: $id, favourite: true) { id } }',
          { id },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await t.as(persona.agencyAdmin, CREATE, {
          input: input({ code: 'X.10', scopeUnitIds: [otherUnit.id] }),
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(code(await t.as(persona.agencyAdmin, PUBLISH, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });
});
