/**
 * Disciplinary sanctions on the demo city: recording and removing them (agency admin; a department
 * admin in scope), who may read them, closed months, and activeSanctions for the report card.
 * Clock: Friday 20 November 2026, Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { activeSanctions } from './sanctions.service.js';

const NOW = '2026-11-20T10:00:00+07:00';
/** The demo city's only department admin (Dinas Pendidikan). */
const DEPT_ADMIN = '199503202020112402';

const ADD = `mutation($i: DisciplinarySanctionInput!) { addDisciplinarySanction(input: $i) { id employeeId startMonth endMonth reason createdBy employee { nip } } }`;
const LIST = `query($e: ID!) { disciplinarySanctions(employeeId: $e) { id startMonth endMonth reason } }`;
const REMOVE = `mutation($id: ID!) { removeDisciplinarySanction(id: $id) }`;

let t: TestApp;
let agencyId: string;
let staffId: string;
let teacherNip: string;
let teacherId: string;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>("select id from agency where code = 'kota-contoh'")).id;
  staffId = await t.idOf(persona.staff);
  teacherNip = (
    await t.one<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
         join org_unit u on u.id = p.unit_id where u.code = 'DISDIK.04' order by e.nip limit 1`,
    )
  ).nip;
  teacherId = await t.idOf(teacherNip);
});
afterAll(() => t.close());

const sanction = (employeeId: string, startMonth = '2026-11', endMonth = '2027-01') => ({
  i: { employeeId, startMonth, endMonth, reason: 'SK Wali Kota No. 800/123/2026: penundaan KGB' },
});

describe('recording sanctions', () => {
  it('lets the agency admin add one (audited), the owner and supervisor read it', async () => {
    const res = await t.as(persona.agencyAdmin, ADD, sanction(staffId));
    expect(res.errors).toBeUndefined();
    expect(res.data!.addDisciplinarySanction).toMatchObject({
      employeeId: staffId,
      startMonth: '2026-11',
      endMonth: '2027-01',
      employee: { nip: persona.staff },
      createdBy: await t.idOf(persona.agencyAdmin),
    });
    for (const nip of [
      persona.staff,
      persona.sectionHead,
      persona.departmentHead,
      persona.sekda,
      persona.agencyAdmin,
    ]) {
      const list = await t.as(nip, LIST, { e: staffId });
      expect(list.errors, nip).toBeUndefined();
      expect(list.data!.disciplinarySanctions).toHaveLength(1);
    }
    const audit = await t.sql(
      `select action from audit_event where entity_type = 'DisciplinarySanction'`,
    );
    expect(audit.map((a) => a.action)).toEqual(['sanction.create']);
  });

  it('hides them from people who may not read the employee’s private data', async () => {
    const res = await t.as(DEPT_ADMIN, LIST, { e: staffId });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const peer = await t.as(teacherNip, LIST, { e: staffId });
    expect(peer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await t.as(persona.agencyAdmin, LIST, {
      e: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets a department admin add and remove one in scope only', async () => {
    const inScope = await t.as(DEPT_ADMIN, ADD, sanction(teacherId, '2026-12', '2026-12'));
    expect(inScope.errors).toBeUndefined();
    const outside = await t.as(DEPT_ADMIN, ADD, sanction(staffId));
    expect(outside.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const [staffs] = (await t.as(persona.agencyAdmin, LIST, { e: staffId })).data!
      .disciplinarySanctions as { id: string }[];
    const removeOutside = await t.as(DEPT_ADMIN, REMOVE, { id: staffs!.id });
    expect(removeOutside.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const removed = await t.as(DEPT_ADMIN, REMOVE, {
      id: (inScope.data!.addDisciplinarySanction as { id: string }).id,
    });
    expect(removed.errors).toBeUndefined();
    expect((await t.as(DEPT_ADMIN, LIST, { e: teacherId })).data!.disciplinarySanctions).toEqual(
      [],
    );
  });

  it.each([persona.staff, persona.sectionHead, persona.departmentHead, persona.sekda])(
    'refuses %s to add or remove one',
    async (nip) => {
      const add = await t.as(nip, ADD, sanction(staffId));
      expect(add.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const remove = await t.as(nip, REMOVE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(remove.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    },
  );

  it.each([
    [
      'a malformed month',
      { startMonth: '2026-13' },
      'Bulan "2026-13" tidak valid',
      'Month "2026-13" is not valid',
    ],
    [
      'reversed months',
      { startMonth: '2027-02', endMonth: '2027-01' },
      'tidak boleh sebelum',
      'may not be before',
    ],
    ['an empty reason', { reason: '  ' }, 'Alasan', 'A reason'],
  ])('refuses %s (BAD_USER_INPUT, id and en)', async (_, changes, id, en) => {
    const i = { ...sanction(staffId).i, ...changes };
    const resId = await t.as(persona.agencyAdmin, ADD, { i });
    expect(resId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(resId.errors?.[0]?.message).toContain(id);
    const resEn = await t.as(persona.agencyAdmin, ADD, { i }, { lang: 'en' });
    expect(resEn.errors?.[0]?.message).toContain(en);
  });

  it('refuses to add or remove a sanction touching a closed month (CONFLICT)', async () => {
    await t.sql(
      `insert into period (agency_id, id, month, closed, closed_at) values (?, gen_random_uuid(), '2026-10', true, now())`,
      [agencyId],
    );
    const add = await t.as(persona.agencyAdmin, ADD, sanction(teacherId, '2026-09', '2026-11'));
    expect(add.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(add.errors?.[0]?.message).toContain('2026-10');
    const old = await t.one<{ id: string }>(
      `insert into disciplinary_sanction (agency_id, id, employee_id, start_month, end_month, reason)
       values (?, gen_random_uuid(), ?, '2026-10', '2026-10', 'lama') returning id`,
      [agencyId, teacherId],
    );
    const remove = await t.as(persona.agencyAdmin, REMOVE, { id: old.id });
    expect(remove.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});

describe('activeSanctions', () => {
  it('answers, in one statement, who is sanctioned in a month', async () => {
    const em = t.orm.em.fork();
    const ids = [staffId, teacherId];
    let result: Awaited<ReturnType<typeof activeSanctions>> = new Map();
    const { count } = await t.countStatements(async () => {
      result = await activeSanctions(em, agencyId, ids, '2026-12');
    });
    expect(count).toBe(1);
    expect([...result.keys()]).toEqual([staffId]);
    expect(result.get(staffId)?.[0]).toMatchObject({ startMonth: '2026-11', endMonth: '2027-01' });
    expect([...(await activeSanctions(em, agencyId, ids, '2026-10')).keys()]).toEqual([teacherId]);
    expect((await activeSanctions(em, agencyId, ids, '2027-02')).size).toBe(0);
    expect((await activeSanctions(em, agencyId, [], '2026-12')).size).toBe(0);
  });
});
