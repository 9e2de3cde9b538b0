import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

const IMPORT =
  'mutation($csv: String!) { importEmployees(csv: $csv) { ok created updated rejected { line nip messages } } }';
let t: TestApp;
let unitCode: string;
let positionName: string;
let eduAdmin: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ code: unitCode, name: positionName } = await t.one<{ code: string; name: string }>(
    `select u.code, p.name from employee e join position p on p.id = e.position_id join org_unit u on u.id = p.unit_id where e.nip = ?`,
    [persona.staff],
  ));
  ({ nip: eduAdmin } = await t.one<{ nip: string }>(
    `select nip from employee where 'DEPARTMENT_ADMIN' = any(roles) limit 1`,
  ));
});
afterAll(() => t?.close());

const count = async (like: string) =>
  Number(
    (await t.sql<{ n: string }>('select count(*) as n from employee where nip like ?', [like]))[0]!
      .n,
  );

describe('importEmployees', () => {
  it('saves nothing when any row is rejected, and reports every rejected row with its reasons', async () => {
    const csv = [
      'nip,name,employment_type,rank,unit_code,position_name,email',
      `199601012021011001,Agus Salim,PNS,Penata Muda (III/a),${unitCode},${positionName},agus@kotacontoh.go.id`,
      `199602302021011002,Bella Putri,PNS,,${unitCode},${positionName},`,
      `199601012021011003,Candra,PNS,,tidak-ada,${positionName},bukan-email`,
      `199601012021011001,Agus Lagi,PNS,,${unitCode},${positionName},`,
    ].join('\n');
    const res = await t.as(persona.agencyAdmin, IMPORT, { csv });
    expect(res.errors).toBeUndefined();
    const r = res.data?.importEmployees;
    expect(r).toMatchObject({ ok: false, created: 0, updated: 0 });
    expect(r.rejected.map((x: { line: number }) => x.line)).toEqual([3, 4, 5]);
    expect(r.rejected[0].messages[0]).toMatch(/tanggal lahir/);
    expect(r.rejected[1].messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Jabatan tidak ditemukan/),
        expect.stringMatching(/email/),
      ]),
    );
    expect(await count('1996010120210110%')).toBe(0);
  });

  it('creates and updates employees all together when every row is valid', async () => {
    const csv = [
      'nip,name,employment_type,unit_code,position_name,password',
      `199601012021011001,Agus Salim,PNS,${unitCode},${positionName},rahasia-agus`,
      `199601012023211004,Dina Mariana,PPPK,${unitCode},${positionName},`,
      `${persona.staff},Nama Baru Staf,PNS,${unitCode},${positionName},`,
    ].join('\n');
    const res = await t.as(persona.agencyAdmin, IMPORT, { csv });
    expect(res.data?.importEmployees).toEqual({ ok: true, created: 2, updated: 1, rejected: [] });
    const login = await t.gql(
      'mutation { login(nip: "199601012021011001", password: "rahasia-agus") { employee { name unit { code } } } }',
    );
    expect(login.data?.login.employee).toEqual({ name: 'Agus Salim', unit: { code: unitCode } });
    const { name } = await t.one<{ name: string }>('select name from employee where nip = ?', [
      persona.staff,
    ]);
    expect(name).toBe('Nama Baru Staf');
  });

  it('reports rows outside a department admin’s scope', async () => {
    const csv = `nip,name,unit_code,position_name\n199701012021011005,Eka,${unitCode},${positionName}`;
    const res = await t.as(eduAdmin, IMPORT, { csv }, { lang: 'en' });
    expect(res.data?.importEmployees.rejected[0].messages).toEqual([
      'This is outside your admin scope.',
    ]);
  });

  it('refuses a file without the required columns, and callers without an admin role', async () => {
    const bad = await t.as(persona.agencyAdmin, IMPORT, { csv: 'nip,nama\n1,2' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/unit_code/);
    const staff = await t.as(persona.staff, IMPORT, { csv: 'nip,name,unit_code,position_name\n' });
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
