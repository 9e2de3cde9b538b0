/**
 * Checking in and out (issue 5): the geofence and its accuracy cap, one check-in a day, check-outs
 * replacing earlier ones, out-of-area checks flagged and accepted by a supervisor, the selfie's
 * visibility, fingerprint imports, and messages in both languages. The clock is fixed at Friday
 * 2026-11-20 07:52 (Asia/Jakarta).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { OFFICE, RECORD, north, placeOffice, selfie } from '../../../test/attendance-fixtures.js';

let t: TestApp;
let dataDir: string;
let peer: string; // another staff member under the same section head
let teacher: string; // someone in another department
const id: Record<string, string> = {};

const CHECK_IN = `mutation($input: CheckInput!) { checkIn(input: $input) { ${RECORD} } }`;
const CHECK_OUT = `mutation($input: CheckInput!) { checkOut(input: $input) { ${RECORD} } }`;
const ACCEPT = `mutation($id: ID!, $check: AttendanceCheckKind!) {
  acceptAttendance(recordId: $id, check: $check) { ${RECORD} } }`;
const IMPORT = `mutation($csv: String!) { importFingerprintLogs(csv: $csv) {
  imported duplicates rejected recordsChanged rows { line nip timestamp outcome message } } }`;

const at = (metres: number, accuracyMetres: number, photoId: string) => ({
  input: { ...north(metres), accuracyMetres, photoId },
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-attendance-'));
  t = await createTestApp({
    now: '2026-11-20T07:52:00+07:00',
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  });
  await t.sql('delete from leave_request');
  for (const [k, nip] of Object.entries(persona)) id[k] = await t.idOf(nip);
  ({ nip: peer } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.parent_id = (select p2.parent_id from employee s join position p2 on p2.id = s.position_id where s.id = ?)
        and e.id <> ? and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
    [id.staff, id.staff],
  ));
  ({ nip: teacher } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.name like 'Guru%' and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
  ));
  id.peer = await t.idOf(peer);
  id.teacher = await t.idOf(teacher);
  await placeOffice(t, Object.values(id));
});
afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('checkIn', () => {
  it('records a check-in inside the office with the server’s time and the place', async () => {
    const photoId = await selfie(t, persona.staff);
    const res = await t.as(persona.staff, CHECK_IN, at(60, 10, photoId));
    expect(res.errors).toBeUndefined();
    expect(res.data?.checkIn).toMatchObject({
      date: '2026-11-20',
      employee: { id: id.staff },
      checkIn: {
        at: '2026-11-20T00:52:00.000Z',
        time: '07:52',
        source: 'APP',
        inArea: true,
        place: OFFICE.name,
        accepted: false,
        valid: true,
        accuracyMetres: 10,
        photoUrl: `/uploads/${photoId}`,
      },
      checkOut: null,
    });
  });

  it('refuses a second check-in the same day with CONFLICT, in the caller’s language', async () => {
    const photoId = await selfie(t, persona.staff);
    const idRes = await t.as(persona.staff, CHECK_IN, at(0, 5, photoId));
    expect(idRes.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(idRes.errors?.[0]?.message).toBe(
      'Anda sudah melakukan presensi masuk pada tanggal 2026-11-20.',
    );
    const en = await t.as(persona.staff, CHECK_IN, at(0, 5, photoId), { lang: 'en' });
    expect(en.errors?.[0]?.message).toBe('You have already checked in on 2026-11-20.');
    const { n } = await t.one<{ n: string }>(
      'select count(*) as n from attendance_record where employee_id = ?',
      [id.staff],
    );
    expect(Number(n)).toBe(1);
  });

  it('counts the reported accuracy up to 50 m (accuracy 80 counts as 50)', async () => {
    // 140 m from the centre of a 100 m office: inside with 50 m of accuracy…
    const inside = await t.as(
      persona.sectionHead,
      CHECK_IN,
      at(140, 80, await selfie(t, persona.sectionHead)),
    );
    expect(inside.data?.checkIn.checkIn).toMatchObject({ inArea: true, place: OFFICE.name });
    // …160 m is not, however inaccurate the phone says it is.
    const outside = await t.as(
      persona.departmentHead,
      CHECK_IN,
      at(160, 80, await selfie(t, persona.departmentHead)),
    );
    expect(outside.data?.checkIn.checkIn).toMatchObject({
      inArea: false,
      place: null,
      valid: false,
    });
  });

  it('validates the input and the selfie', async () => {
    const photoId = await selfie(t, persona.agencyAdmin);
    const bad = async (input: Record<string, unknown>) =>
      (
        await t.as(persona.agencyAdmin, CHECK_IN, {
          input: { ...north(0), accuracyMetres: 5, photoId, ...input },
        })
      ).errors?.[0];
    expect((await bad({ latitude: 91 }))?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await bad({ longitude: -181 }))?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await bad({ accuracyMetres: -1 }))?.extensions.code).toBe('BAD_USER_INPUT');
    // Someone else's photo, not a uuid, a PDF.
    const others = await selfie(t, persona.staff);
    expect(await bad({ photoId: others })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'evidenceIds' },
    });
    expect((await bad({ photoId: 'nope' }))?.extensions.code).toBe('BAD_USER_INPUT');
    const document = await selfie(t, persona.agencyAdmin, 'pdf');
    expect(await bad({ photoId: document })).toMatchObject({
      message: expect.stringMatching(/harus berupa foto/),
      extensions: { code: 'BAD_USER_INPUT', field: 'photoId' },
    });
    // A photo already used for a check.
    const { check_in_photo_id: used } = await t.one<{ check_in_photo_id: string }>(
      'select check_in_photo_id from attendance_record where employee_id = ?',
      [id.staff],
    );
    const reuse = await t.as(persona.staff, CHECK_OUT, at(0, 5, used));
    expect(reuse.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'photoId' },
    });
    expect(
      Number(
        (
          await t.one('select count(*) as n from attendance_record where employee_id = ?', [
            id.agencyAdmin,
          ])
        ).n,
      ),
    ).toBe(0);
  });
});

describe('checkOut', () => {
  it('records a check-out without a check-in', async () => {
    const res = await t.as(peer, CHECK_OUT, at(20, 5, await selfie(t, peer)));
    expect(res.errors).toBeUndefined();
    expect(res.data?.checkOut).toMatchObject({
      checkIn: null,
      checkOut: { time: '07:52', inArea: true, source: 'APP' },
    });
    // After a check-out, a check-in can no longer be recorded that day.
    const late = await t.as(peer, CHECK_IN, at(20, 5, await selfie(t, peer)));
    expect(late.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('replaces an earlier check-out', async () => {
    const first = await selfie(t, persona.staff);
    expect((await t.as(persona.staff, CHECK_OUT, at(0, 5, first))).errors).toBeUndefined();
    // Make that check-out an hour earlier (the test clock does not move).
    await t.sql(
      `update attendance_record set check_out_at = check_out_at - interval '1 hour' where employee_id = ?`,
      [id.staff],
    );
    const second = await selfie(t, persona.staff);
    const res = await t.as(persona.staff, CHECK_OUT, at(2000, 5, second));
    expect(res.data?.checkOut.checkOut).toMatchObject({
      time: '07:52',
      inArea: false,
      photoUrl: `/uploads/${second}`,
    });
    expect(res.data?.checkOut.checkIn).toMatchObject({ time: '07:52', inArea: true });
  });
});

describe('out-of-area checks', () => {
  let recordId: string;
  beforeAll(async () => {
    const { id: rid } = await t.one<{ id: string }>(
      'select id from attendance_record where employee_id = ?',
      [id.staff],
    );
    recordId = rid;
  });

  it('are flagged, refused to the person and to a peer, and accepted by the supervisor', async () => {
    // The staff member's check-out (previous test) was 2 km away: flagged.
    const self = await t.as(persona.staff, ACCEPT, { id: recordId, check: 'OUT' });
    expect(self.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byPeer = await t.as(peer, ACCEPT, { id: recordId, check: 'OUT' });
    expect(byPeer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byTeacher = await t.as(teacher, ACCEPT, { id: recordId, check: 'OUT' });
    expect(byTeacher.errors?.[0]?.message).toMatch(/Hanya atasan/);

    const ok = await t.as(persona.sectionHead, ACCEPT, { id: recordId, check: 'OUT' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.acceptAttendance.checkOut).toMatchObject({
      inArea: false,
      accepted: true,
      valid: true,
    });
    const audit = await t.one<{ actor_id: string }>(
      `select actor_id from audit_event where action = 'attendance.accept' and entity_id = ?`,
      [recordId],
    );
    expect(audit.actor_id).toBe(id.sectionHead);

    // The check-in was inside: nothing to accept. Unknown ids are NOT_FOUND.
    const inside = await t.as(persona.sectionHead, ACCEPT, { id: recordId, check: 'IN' });
    expect(inside.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const unknown = await t.as(persona.sectionHead, ACCEPT, {
      id: '00000000-0000-4000-8000-000000000000',
      check: 'IN',
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('may be accepted by an admin in scope', async () => {
    const { id: rid } = await t.one<{ id: string }>(
      'select id from attendance_record where employee_id = ?',
      [id.departmentHead],
    );
    const res = await t.as(persona.agencyAdmin, ACCEPT, { id: rid, check: 'IN' });
    expect(res.data?.acceptAttendance.checkIn).toMatchObject({ accepted: true, valid: true });
  });
});

describe('the selfie', () => {
  it('is served to the person, their supervisors and admins; a peer is told it does not exist', async () => {
    const { check_in_photo_id: photoId } = await t.one<{ check_in_photo_id: string }>(
      'select check_in_photo_id from attendance_record where employee_id = ?',
      [id.staff],
    );
    const get = async (nip: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/uploads/${photoId}`,
          headers: { authorization: `Bearer ${await t.tokenOf(nip)}` },
        })
      ).statusCode;
    expect(await get(persona.staff)).toBe(200);
    expect(await get(persona.sectionHead)).toBe(200);
    expect(await get(persona.departmentHead)).toBe(200);
    expect(await get(persona.agencyAdmin)).toBe(200);
    expect(await get(peer)).toBe(404);
    expect(await get(teacher)).toBe(404);
  });
});

describe('importFingerprintLogs', () => {
  const csv = (nipPeer: string) =>
    [
      'nip,timestamp',
      `${nipPeer},2026-11-19 07:41`,
      `${nipPeer},2026-11-19T16:35:00+07:00`,
      `${nipPeer},2026-11-19 12:00:30`,
      `${nipPeer},2026-11-19 07:41:00`, // the first line again
      `${persona.staff},2026-11-20 07:30`, // the app check-in (07:52) stays
      '199001012020011999,2026-11-19 07:30',
      `${nipPeer},19/11/2026 07:30`,
      `${nipPeer},2026-11-21 07:30`,
    ].join('\n');

  it('is for admins', async () => {
    const res = await t.as(persona.staff, IMPORT, { csv: csv(peer) });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('reports every row, merges the days, and changes nothing when imported again', async () => {
    const res = await t.as(persona.agencyAdmin, IMPORT, { csv: csv(peer) });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const report = res.data?.importFingerprintLogs;
    expect(report).toMatchObject({ imported: 4, duplicates: 1, rejected: 3, recordsChanged: 2 });
    expect(report.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'IMPORTED',
      'IMPORTED',
      'IMPORTED',
      'DUPLICATE',
      'IMPORTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
    ]);
    expect(report.rows[5]).toMatchObject({ line: 7, message: 'NIP tidak terdaftar.' });
    expect(report.rows[6].message).toMatch(/Waktu tidak valid/);
    expect(report.rows[7].message).toBe('Waktu presensi belum terjadi.');

    const day = await t.one<Record<string, unknown>>(
      `select to_char(check_in_at at time zone 'Asia/Jakarta', 'HH24:MI') as check_in,
              to_char(check_out_at at time zone 'Asia/Jakarta', 'HH24:MI') as check_out,
              check_in_source, check_out_source, check_in_in_area, updated_at
         from attendance_record where employee_id = ? and date = '2026-11-19'`,
      [id.peer],
    );
    expect(day).toMatchObject({
      check_in: '07:41',
      check_out: '16:35',
      check_in_source: 'FINGERPRINT',
      check_out_source: 'FINGERPRINT',
      check_in_in_area: true,
    });
    const staffDay = await t.one<Record<string, unknown>>(
      `select to_char(check_in_at at time zone 'Asia/Jakarta', 'HH24:MI') as check_in, check_in_source,
              to_char(check_out_at at time zone 'Asia/Jakarta', 'HH24:MI') as check_out, check_out_source
         from attendance_record where employee_id = ? and date = '2026-11-20'`,
      [id.staff],
    );
    // The app check-in stays; the 07:30 log is earlier than the check-in, so not a check-out.
    expect(staffDay).toMatchObject({
      check_in: '07:52',
      check_in_source: 'APP',
      check_out_source: 'APP',
    });

    const again = await t.as(persona.agencyAdmin, IMPORT, { csv: csv(peer) }, { lang: 'en' });
    expect(again.data?.importFingerprintLogs).toMatchObject({
      imported: 0,
      duplicates: 5,
      rejected: 3,
      recordsChanged: 0,
    });
    expect(again.data?.importFingerprintLogs.rows[5].message).toBe('Unknown NIP.');
    const after = await t.one<{ updated_at: Date }>(
      `select updated_at from attendance_record where employee_id = ? and date = '2026-11-19'`,
      [id.peer],
    );
    expect(after.updated_at).toEqual(day.updated_at);
    const { n } = await t.one<{ n: string }>('select count(*) as n from fingerprint_log');
    expect(Number(n)).toBe(4);
  });

  it('takes a later log as the check-out', async () => {
    const res = await t.as(persona.agencyAdmin, IMPORT, {
      csv: `nip,timestamp\n${peer},2026-11-19T17:05:00+07:00\n${peer},2026-11-19T06:59:00+07:00`,
    });
    expect(res.data?.importFingerprintLogs).toMatchObject({ imported: 2, recordsChanged: 1 });
    const day = await t.one<Record<string, unknown>>(
      `select to_char(check_in_at at time zone 'Asia/Jakarta', 'HH24:MI') as check_in,
              to_char(check_out_at at time zone 'Asia/Jakarta', 'HH24:MI') as check_out
         from attendance_record where employee_id = ? and date = '2026-11-19'`,
      [id.peer],
    );
    expect(day).toEqual({ check_in: '06:59', check_out: '17:05' });
  });

  it('lets a department admin import only for their department', async () => {
    await t.sql(
      `update employee set roles = '{EMPLOYEE,DEPARTMENT_ADMIN}',
              admin_unit_id = (select unit_id from position where id = employee.position_id)
        where id = ?`,
      [id.teacher],
    );
    const res = await t.as(teacher, IMPORT, {
      csv: `nip,timestamp\n${peer},2026-11-18 07:30\n${teacher},2026-11-18 07:31`,
    });
    expect(res.data?.importFingerprintLogs.rows).toMatchObject([
      { outcome: 'REJECTED', message: 'Pegawai ini berada di luar cakupan admin Anda.' },
      { outcome: 'IMPORTED', message: null },
    ]);
  });

  it('refuses a file without the columns', async () => {
    const res = await t.as(persona.agencyAdmin, IMPORT, { csv: 'nip,waktu\n1,2' });
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/timestamp/),
    });
  });
});
