/**
 * Attendance places on the demo city: the offices of the nearest unit that has any, home on an
 * approved work-from-home day, the destination of approved official travel; and who may keep the
 * office list. Clock: Friday 20 November 2026, Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { Factory } from '../../../test/factories.js';
import { allowedPlaces } from './places.service.js';

const NOW = '2026-11-20T10:00:00+07:00';
const DEPT_ADMIN = '199503202020112402';
const MY_PLACES = `query($d: LocalDate) { myPlaces(date: $d) { sourceId name latitude longitude radiusMetres kind } }`;

let t: TestApp;
let agencyId: string;
let staffId: string;
let teacherId: string;
let teacherNip: string;

async function request(
  employeeId: string,
  kind: string,
  status: string,
  from: string,
  to: string,
  destination?: [string, number, number],
) {
  await t.sql(
    `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, reason, status,
       destination_name, destination_latitude, destination_longitude)
     values (?, gen_random_uuid(), ?, ?::leave_kind, ?, ?, 'uji', ?::request_status, ?, ?, ?)`,
    [
      agencyId,
      employeeId,
      kind,
      from,
      to,
      status,
      destination?.[0] ?? null,
      destination?.[1] ?? null,
      destination?.[2] ?? null,
    ],
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>("select id from agency where code = 'kota-contoh'")).id;
  staffId = await t.idOf(persona.staff);
  const teacher = await t.one<{ id: string; nip: string }>(
    `select e.id, e.nip from employee e join position p on p.id = e.position_id
       join org_unit u on u.id = p.unit_id where u.code = 'DISDIK.04' order by e.nip limit 1`,
  );
  teacherId = teacher.id;
  teacherNip = teacher.nip;
  await t.sql(
    `update employee set password_hash = (select password_hash from employee where id = ?) where id = ?`,
    [staffId, teacherId],
  );
});
afterAll(() => t.close());

describe('myPlaces', () => {
  it("gives the office of the nearest unit with one: the department's for a section, the school's for a teacher", async () => {
    const staff = await t.as(persona.staff, MY_PLACES);
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.myPlaces).toEqual([
      expect.objectContaining({ name: 'Kantor Dinas Kominfo', kind: 'OFFICE', radiusMetres: 100 }),
    ]);
    const teacher = await t.as(teacherNip, MY_PLACES);
    expect(teacher.data?.myPlaces.map((p: { name: string }) => p.name)).toEqual([
      'SD Negeri 1 Contoh',
    ]);
  });

  it('adds home on an approved work-from-home day and the destination of approved travel', async () => {
    // Only this test's requests (the demo seed has some of its own for the demo users).
    await t.sql('delete from leave_request where employee_id = ?', [staffId]);
    await request(staffId, 'WORK_FROM_HOME', 'APPROVED', '2026-11-23', '2026-11-23');
    await request(staffId, 'OFFICIAL_TRAVEL', 'APPROVED', '2026-11-24', '2026-11-25', [
      'Kantor Gubernur',
      -6.9025,
      107.6188,
    ]);
    await request(staffId, 'WORK_FROM_HOME', 'PENDING', '2026-11-26', '2026-11-26');
    await request(staffId, 'OFFICIAL_TRAVEL', 'REJECTED', '2026-11-23', '2026-11-23', [
      'Tempat Lain',
      -6.9,
      107.6,
    ]);

    const kinds = async (date: string | null) =>
      (
        (await t.as(persona.staff, MY_PLACES, { d: date })).data?.myPlaces as {
          kind: string;
          name: string;
        }[]
      ).map((p) => `${p.kind}:${p.name}`);
    expect(await kinds(null)).toEqual(['OFFICE:Kantor Dinas Kominfo']); // today, 20 Nov
    expect(await kinds('2026-11-23')).toEqual([
      'OFFICE:Kantor Dinas Kominfo',
      'HOME:Rumah (bekerja dari rumah)',
    ]);
    expect(await kinds('2026-11-24')).toEqual([
      'OFFICE:Kantor Dinas Kominfo',
      'TRAVEL:Kantor Gubernur',
    ]);
    expect(await kinds('2026-11-26')).toEqual(['OFFICE:Kantor Dinas Kominfo']);

    const home = (await t.as(persona.staff, MY_PLACES, { d: '2026-11-23' }, { lang: 'en' })).data
      ?.myPlaces[1];
    const seeded = await t.one<{ lat: number; lng: number }>(
      'select home_latitude as lat, home_longitude as lng from employee where id = ?',
      [staffId],
    );
    expect(home).toMatchObject({
      name: 'Home (working from home)',
      latitude: seeded.lat,
      longitude: seeded.lng,
      radiusMetres: 100,
    });
    const travel = (await t.as(persona.staff, MY_PLACES, { d: '2026-11-25' })).data?.myPlaces[1];
    expect(travel).toMatchObject({ latitude: -6.9025, longitude: 107.6188, radiusMetres: 500 });
  });

  it('answers many employees in one statement (allowedPlaces)', async () => {
    const ids = (await t.sql<{ id: string }>('select id from employee')).map((r) => r.id);
    let places: Awaited<ReturnType<typeof allowedPlaces>> = [];
    const { count } = await t.countStatements(async () => {
      places = await allowedPlaces(t.orm.em.fork(), agencyId, ids, '2026-11-23');
    });
    expect(count).toBe(1);
    // Every employee of the demo city has an office somewhere up the tree.
    expect(new Set(places.filter((p) => p.kind === 'OFFICE').map((p) => p.employeeId)).size).toBe(
      ids.length,
    );
    expect(places.filter((p) => p.employeeId === staffId).map((p) => p.kind)).toEqual([
      'OFFICE',
      'HOME',
    ]);
  });
});

describe('office locations', () => {
  const CREATE = `mutation($i: OfficeLocationInput!) { createOfficeLocation(input: $i) { id name radiusMetres units { code } } }`;
  const ASSIGN = `mutation($u: ID!, $l: ID!) { assignOfficeLocation(unitId: $u, locationId: $l) { id units { code } } }`;
  const UNASSIGN = `mutation($u: ID!, $l: ID!) { unassignOfficeLocation(unitId: $u, locationId: $l) }`;

  it('lets the agency admin keep them, with a default radius of 100 m, audited', async () => {
    const created = await t.as(persona.agencyAdmin, CREATE, {
      i: { name: 'Gedung Baru', latitude: -6.91, longitude: 107.62 },
    });
    expect(created.data?.createOfficeLocation).toMatchObject({
      name: 'Gedung Baru',
      radiusMetres: 100,
      units: [],
    });
    const id = created.data!.createOfficeLocation.id as string;
    const section = (
      await t.one<{ id: string }>(
        'select p.unit_id as id from employee e join position p on p.id = e.position_id where e.id = ?',
        [staffId],
      )
    ).id;
    const assigned = await t.as(persona.agencyAdmin, ASSIGN, { u: section, l: id });
    expect(assigned.errors).toBeUndefined();
    // The section now has its own office: the department's no longer applies to its staff.
    const mine = await t.as(persona.staff, MY_PLACES);
    expect(mine.data?.myPlaces.map((p: { name: string }) => p.name)).toEqual(['Gedung Baru']);
    const updated = await t.as(
      persona.agencyAdmin,
      `mutation($id: ID!, $i: OfficeLocationInput!) { updateOfficeLocation(id: $id, input: $i) { name radiusMetres } }`,
      {
        id,
        i: { name: 'Gedung Baru Kominfo', latitude: -6.91, longitude: 107.62, radiusMetres: 150 },
      },
    );
    expect(updated.data?.updateOfficeLocation).toEqual({
      name: 'Gedung Baru Kominfo',
      radiusMetres: 150,
    });
    expect(
      (await t.as(persona.agencyAdmin, UNASSIGN, { u: section, l: id })).data
        ?.unassignOfficeLocation,
    ).toBe(true);
    expect(
      (await t.as(persona.agencyAdmin, UNASSIGN, { u: section, l: id })).data
        ?.unassignOfficeLocation,
    ).toBe(false);
    expect(
      (
        await t.as(persona.agencyAdmin, `mutation($id: ID!) { deleteOfficeLocation(id: $id) }`, {
          id,
        })
      ).data?.deleteOfficeLocation,
    ).toBe(true);
    const audit = await t.sql(
      `select action from audit_event where action like 'officeLocation.%' order by at`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'officeLocation.create',
      'officeLocation.assign',
      'officeLocation.update',
      'officeLocation.unassign',
      'officeLocation.delete',
    ]);
    const invalid = await t.as(persona.agencyAdmin, CREATE, {
      i: { name: 'Salah', latitude: -91, longitude: 107.62 },
    });
    expect(invalid.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses staff and the Sekda; department admins only assign within their department', async () => {
    const school = await unitByCode('DISDIK.05');
    const kominfo = await unitByCode('DISKOMINFO');
    const location = (
      await t.one<{ id: string }>(
        "select id from office_location where name = 'Kantor Dinas Pendidikan'",
      )
    ).id;
    const ops: [string, Record<string, unknown>][] = [
      [CREATE, { i: { name: 'Tidak', latitude: -6.9, longitude: 107.6 } }],
      [
        `mutation($id: ID!, $i: OfficeLocationInput!) { updateOfficeLocation(id: $id, input: $i) { id } }`,
        { id: location, i: { name: 'Tidak', latitude: -6.9, longitude: 107.6 } },
      ],
      [`mutation($id: ID!) { deleteOfficeLocation(id: $id) }`, { id: location }],
      [ASSIGN, { u: school, l: location }],
      [UNASSIGN, { u: school, l: location }],
    ];
    for (const nip of [persona.staff, persona.sekda]) {
      for (const [op, vars] of ops) {
        expect((await t.as(nip, op, vars)).errors?.[0]?.extensions.code, `${nip} ${op}`).toBe(
          'FORBIDDEN',
        );
      }
    }
    for (const [op, vars] of ops.slice(0, 3)) {
      expect((await t.as(DEPT_ADMIN, op, vars)).errors?.[0]?.extensions.code, op).toBe('FORBIDDEN');
    }
    expect((await t.as(DEPT_ADMIN, ASSIGN, { u: school, l: location })).errors).toBeUndefined();
    expect(
      (await t.as(DEPT_ADMIN, UNASSIGN, { u: school, l: location })).data?.unassignOfficeLocation,
    ).toBe(true);
    expect(
      (await t.as(DEPT_ADMIN, ASSIGN, { u: kominfo, l: location })).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('does not find locations or units of another agency', async () => {
    const other = await Factory.agency(t.orm.em.fork());
    const u = await other.unit('Dinas Lain');
    const location = (
      await t.one<{ id: string }>("select id from office_location where name = 'Balai Kota Contoh'")
    ).id;
    expect(
      (await t.as(persona.agencyAdmin, ASSIGN, { u: u.id, l: location })).errors?.[0]?.extensions
        .code,
    ).toBe('NOT_FOUND');
    await t.sql(
      `insert into office_location (agency_id, id, name, latitude, longitude) values (?, gen_random_uuid(), 'Milik Lain', -6.9, 107.6)`,
      [other.agency.id],
    );
    const theirs = (
      await t.one<{ id: string }>("select id from office_location where name = 'Milik Lain'")
    ).id;
    const kominfo = await unitByCode('DISKOMINFO');
    expect(
      (await t.as(persona.agencyAdmin, ASSIGN, { u: kominfo, l: theirs })).errors?.[0]?.extensions
        .code,
    ).toBe('NOT_FOUND');
    const list = await t.as(persona.staff, `{ officeLocations { name } }`);
    expect(list.data?.officeLocations.map((l: { name: string }) => l.name)).not.toContain(
      'Milik Lain',
    );
  });
});

async function unitByCode(code: string): Promise<string> {
  return (await t.one<{ id: string }>('select id from org_unit where code = ?', [code])).id;
}
