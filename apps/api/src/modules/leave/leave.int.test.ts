/**
 * Leave and permits on the demo city (rules.md, “Leave”): every kind's rules, overlaps, the
 * annual balance and its carry-over, the decision cascade with escalation, approvedCoverage,
 * who may read what, and messages in both languages. The clock is fixed on Friday 20 November
 * 2026, 10:00 in Jakarta (backdating: 5 days, so requests may start on 15 November).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../../test/factories.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { Agency } from '../organisation/agency.entity.js';
import { Position } from '../organisation/position.entity.js';
import { LeaveCoverageReader } from './leave.reader.js';

const NOW = '2026-11-20T10:00:00+07:00';
const NEW_PASSWORD = 'rahasia-2026';

let t: TestApp;
let agencyId: string;
type Person = { id: string; nip: string };
let P: Record<
  | 'staff'
  | 'peer'
  | 'sectionHead'
  | 'divisionHead'
  | 'departmentHead'
  | 'admin'
  | 'sosialHead'
  | 'newcomer'
  | 'threeYears'
  | 'quiet'
  | 'busy'
  | 'recent',
  Person
>;

const REQUEST = `mutation($input: LeaveRequestInput!) {
  requestLeave(input: $input) { id kind status startDate endDate halfDay startTime endTime reason attachmentId
    destination { name latitude longitude } employee { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelLeaveRequest(id: $id) { id status } }`;
const DECIDE = `mutation($input: DecideLeaveRequestsInput!) {
  decideLeaveRequests(input: $input) { applied failed { id code message } } }`;
const BALANCE = `query($year: Int!, $employeeId: ID) {
  leaveBalance(year: $year, employeeId: $employeeId) { year entitlement carriedOver used pending remaining } }`;
const QUEUE = `query($filter: LeaveQueueFilter, $first: Int, $after: String) {
  leaveQueue(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { escalated workingDaysPending decisionSource employee { id name }
      request { id kind status startDate decidedBy { id } } } } } }`;
const MINE = `query($year: Int!) { myLeaveRequests(year: $year) { id kind status startDate } }`;
const OF = `query($employeeId: ID!, $year: Int!) { leaveRequests(employeeId: $employeeId, year: $year) { id } }`;

type Input = Record<string, unknown>;
const base = (over: Input): Input => ({ reason: 'Keperluan keluarga', ...over });

const request = (who: Person, input: Input, lang?: string) =>
  t.as(who.nip, REQUEST, { input: base(input) }, lang ? { lang } : {});

async function requested(who: Person, input: Input): Promise<string> {
  const res = await request(who, input);
  expect(res.errors).toBeUndefined();
  return res.data!.requestLeave.id as string;
}

const decide = (who: Person, ids: string[], decision = 'APPROVE', note?: string, lang?: string) =>
  t.as(who.nip, DECIDE, { input: { ids, decision, note } }, lang ? { lang } : {});

async function balance(who: Person, year: number, of?: Person) {
  const res = await t.as(who.nip, BALANCE, { year, employeeId: of?.id });
  expect(res.errors).toBeUndefined();
  return res.data!.leaveBalance as Record<string, number>;
}

const requestCount = async () =>
  Number((await t.one<{ n: string }>('select count(*) as n from leave_request')).n);

/** Refused with `code` (and the message key's text, when given) and nothing written. */
async function refused(who: Person, input: Input, code: string, message?: RegExp) {
  const before = await requestCount();
  const res = await request(who, input, 'en');
  expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors)).toBe(code);
  if (message) expect(res.errors?.[0]?.message).toMatch(message);
  expect(await requestCount()).toBe(before);
}

/** Approved or pending history, written straight in SQL. */
async function history(who: Person, kind: string, start: string, end: string, status = 'APPROVED') {
  await t.sql(
    `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, reason, status, submitted_at)
     values (?, gen_random_uuid(), ?, ?::leave_kind, ?::date, ?::date, 'riwayat', ?::request_status, ?::date)`,
    [agencyId, who.id, kind, start, end, status, start],
  );
}

async function evidenceOf(owner: Person): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `insert into evidence (agency_id, id, owner_id, kind, mime_type, size_bytes, sha256, storage_key)
     values (?, gen_random_uuid(), ?, 'DOCUMENT', 'application/pdf', 1000, md5(random()::text), 'test/' || gen_random_uuid())
     returning id`,
    [agencyId, owner.id],
  );
  return row!.id;
}

async function byNip(nip: string): Promise<Person> {
  return { id: await t.idOf(nip), nip };
}

async function person(positionName: string): Promise<Person> {
  return t.one<Person>(
    `select e.id, e.nip from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
      where p.name = ? and e.active order by e.nip limit 1`,
    [positionName],
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  agencyId = (await t.one<{ id: string }>(`select id from agency where code = 'kota-contoh'`)).id;
  const staff = await byNip(persona.staff);
  const em = t.orm.em.fork();
  const factory = new Factory(em, await em.findOneOrFail(Agency, { id: agencyId }));
  const staffPosition = await em.findOneOrFail(Position, {
    id: (
      await t.one<{ position_id: string }>('select position_id from employee where id = ?', [
        staff.id,
      ])
    ).position_id,
  });
  const hire = async (name: string, nip: string): Promise<Person> => {
    const e = await factory.employee(name, staffPosition, { nip, password: NEW_PASSWORD });
    await t.tokenOf(nip, NEW_PASSWORD);
    return { id: e.id, nip };
  };
  P = {
    staff,
    peer: await t.one<Person>(
      `select e.id, e.nip from employee e
        where e.position_id = (select position_id from employee where nip = ?) and e.nip <> ? order by e.nip limit 1`,
      [persona.staff, persona.staff],
    ),
    sectionHead: await byNip(persona.sectionHead),
    divisionHead: await person('Kepala Bidang Aplikasi Informatika'),
    departmentHead: await byNip(persona.departmentHead),
    admin: await byNip(persona.agencyAdmin),
    sosialHead: await person('Kepala Dinas Sosial'),
    // Appointed January 2026: less than a year of service.
    newcomer: await hire('Pegawai Baru', '199801012026011001'),
    // Appointed March 2023: three years.
    threeYears: await hire('Pegawai Tiga Tahun', '199501012023031002'),
    // Appointed March 2019, three people with different histories.
    quiet: await hire('Pegawai Tanpa Cuti', '198801012019031003'),
    busy: await hire('Pegawai Rajin Cuti', '198801012019031004'),
    // Appointed June 2025: entitled from 2026.
    recent: await hire('Pegawai Baru Setahun', '199201012025061005'),
  };
});
afterAll(() => t?.close());

describe('requesting: every kind', () => {
  it('files annual leave as PENDING, with the caller as the employee', async () => {
    const res = await request(P.staff, {
      kind: 'ANNUAL',
      startDate: '2026-12-07',
      endDate: '2026-12-08',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestLeave).toMatchObject({
      kind: 'ANNUAL',
      status: 'PENDING',
      startTime: null,
      employee: { id: P.staff.id },
    });
    const audit = await t.one<{ data: { after: { kind: string } } }>(
      `select data from audit_event where action = 'leave.request' and entity_id = ?`,
      [res.data!.requestLeave.id],
    );
    expect(audit.data.after.kind).toBe('ANNUAL');
  });

  it('refuses an end before the start, a blank reason, and dates before the backdating limit', async () => {
    await refused(
      P.staff,
      { kind: 'SICK', startDate: '2026-12-02', endDate: '2026-12-01' },
      'BAD_USER_INPUT',
      /end date/,
    );
    await refused(
      P.staff,
      { kind: 'SICK', startDate: '2026-12-02', endDate: '2026-12-02', reason: '   ' },
      'BAD_USER_INPUT',
      /reason/,
    );
    await refused(
      P.staff,
      { kind: 'SICK', startDate: '2026-11-13', endDate: '2026-11-13' },
      'BAD_USER_INPUT',
      /at most 5 days \(from 2026-11-15\)/,
    );
    // Weekend days only: nothing to take.
    await refused(
      P.staff,
      { kind: 'WORK_FROM_HOME', startDate: '2026-11-21', endDate: '2026-11-22' },
      'BAD_USER_INPUT',
      /no working day/,
    );
  });

  it('sick leave: one day without a letter; more needs the caller’s own attachment', async () => {
    await requested(P.peer, { kind: 'SICK', startDate: '2026-11-16', endDate: '2026-11-16' });
    await refused(
      P.peer,
      { kind: 'SICK', startDate: '2026-11-17', endDate: '2026-11-18' },
      'BAD_USER_INPUT',
      /doctor/,
    );
    await refused(
      P.peer,
      {
        kind: 'SICK',
        startDate: '2026-11-17',
        endDate: '2026-11-18',
        attachmentId: await evidenceOf(P.staff),
      },
      'BAD_USER_INPUT',
    );
    const letter = await evidenceOf(P.peer);
    const res = await request(P.peer, {
      kind: 'SICK',
      startDate: '2026-11-17',
      endDate: '2026-11-18',
      attachmentId: letter,
    });
    expect(res.data?.requestLeave.attachmentId).toBe(letter);
    // The supervisor deciding it sees what the letter is and where it is served.
    const queued = await t.as(
      P.sectionHead.nip,
      `query($f: LeaveQueueFilter) { leaveQueue(filter: $f, first: 200) { edges { node {
        request { id attachment { id kind mimeType url thumbnailUrl } } } } } }`,
      { f: { employeeId: P.peer.id, kinds: ['SICK'] } },
    );
    const rows = queued.data!.leaveQueue.edges.map(
      (e: { node: { request: { id: string; attachment: unknown } } }) => e.node.request,
    );
    expect(rows.find((r: { id: string }) => r.id === res.data?.requestLeave.id)).toEqual({
      id: res.data?.requestLeave.id,
      attachment: {
        id: letter,
        kind: 'DOCUMENT',
        mimeType: 'application/pdf',
        url: `/uploads/${letter}`,
        thumbnailUrl: null,
      },
    });
    expect(rows.find((r: { id: string }) => r.id !== res.data?.requestLeave.id)).toMatchObject({
      attachment: null,
    });
    // Friday and the weekend: one working day, no letter needed.
    await requested(P.peer, { kind: 'SICK', startDate: '2026-11-27', endDate: '2026-11-29' });
  });

  it('annual leave needs a year of service; big and unpaid leave five', async () => {
    await refused(
      P.newcomer,
      { kind: 'ANNUAL', startDate: '2026-12-01', endDate: '2026-12-01' },
      'BAD_USER_INPUT',
      /1 years of service \(reached on 2027-01-01\)/,
    );
    await refused(
      P.threeYears,
      { kind: 'BIG', startDate: '2026-12-01', endDate: '2026-12-31' },
      'BAD_USER_INPUT',
      /big leave needs 5 years/,
    );
    await refused(
      P.threeYears,
      { kind: 'UNPAID', startDate: '2026-12-01', endDate: '2026-12-31' },
      'BAD_USER_INPUT',
      /unpaid leave needs 5 years/,
    );
    await requested(P.threeYears, {
      kind: 'ANNUAL',
      startDate: '2026-12-01',
      endDate: '2026-12-01',
    });
  });

  it('caps: big and maternity leave 3 months, important reasons 1 month', async () => {
    await refused(
      P.staff,
      { kind: 'BIG', startDate: '2027-01-04', endDate: '2027-04-04' },
      'BAD_USER_INPUT',
      /at most 3 months/,
    );
    await refused(
      P.peer,
      { kind: 'MATERNITY', startDate: '2027-01-04', endDate: '2027-04-04' },
      'BAD_USER_INPUT',
      /at most 3 months/,
    );
    await refused(
      P.peer,
      { kind: 'IMPORTANT_REASONS', startDate: '2027-01-04', endDate: '2027-02-04' },
      'BAD_USER_INPUT',
      /at most 1 months/,
    );
    await requested(P.peer, {
      kind: 'IMPORTANT_REASONS',
      startDate: '2027-01-04',
      endDate: '2027-02-03',
    });
    await requested(P.staff, { kind: 'BIG', startDate: '2027-05-03', endDate: '2027-08-02' });
  });

  it('permits: one working date, a time inside the hours, stored as the excused part of the day', async () => {
    await refused(
      P.staff,
      { kind: 'PERMIT_LATE', startDate: '2026-11-23', endDate: '2026-11-24', time: '09:00' },
      'BAD_USER_INPUT',
      /one date/,
    );
    await refused(
      P.staff,
      { kind: 'PERMIT_LATE', startDate: '2026-11-23', endDate: '2026-11-23' },
      'BAD_USER_INPUT',
      /Give the time/,
    );
    await refused(
      P.staff,
      { kind: 'PERMIT_LATE', startDate: '2026-11-23', endDate: '2026-11-23', time: '07:00' },
      'BAD_USER_INPUT',
      /07:30–16:00/,
    );
    await refused(
      P.staff,
      { kind: 'PERMIT_EARLY', startDate: '2026-11-21', endDate: '2026-11-21', time: '14:00' },
      'BAD_USER_INPUT',
      /not a working day/,
    );
    await refused(
      P.staff,
      { kind: 'ANNUAL', startDate: '2026-12-14', endDate: '2026-12-14', time: '09:00' },
      'BAD_USER_INPUT',
    );
    const late = await request(P.staff, {
      kind: 'PERMIT_LATE',
      startDate: '2026-11-23',
      endDate: '2026-11-23',
      time: '09:15',
    });
    expect(late.data!.requestLeave).toMatchObject({ startTime: '07:30', endTime: '09:15' });
    // Leaving early on the same date is another part of the day: allowed.
    const early = await request(P.staff, {
      kind: 'PERMIT_EARLY',
      startDate: '2026-11-23',
      endDate: '2026-11-23',
      time: '14:00',
    });
    expect(early.data!.requestLeave).toMatchObject({ startTime: '14:00', endTime: '16:00' });
    // A second permit of the same kind is not.
    await refused(
      P.staff,
      { kind: 'PERMIT_LATE', startDate: '2026-11-23', endDate: '2026-11-23', time: '08:00' },
      'CONFLICT',
      /permit to arrive late/,
    );
  });

  it('official travel: a destination (coordinates in pairs), whole or half days; work from home', async () => {
    await refused(
      P.sectionHead,
      { kind: 'OFFICIAL_TRAVEL', startDate: '2026-11-25', endDate: '2026-11-25' },
      'BAD_USER_INPUT',
      /destination/,
    );
    await refused(
      P.sectionHead,
      {
        kind: 'OFFICIAL_TRAVEL',
        startDate: '2026-11-25',
        endDate: '2026-11-25',
        destinationName: 'Bandung',
        destinationLatitude: -6.9,
      },
      'BAD_USER_INPUT',
      /both/,
    );
    await refused(
      P.sectionHead,
      {
        kind: 'OFFICIAL_TRAVEL',
        startDate: '2026-11-25',
        endDate: '2026-11-26',
        halfDay: true,
        destinationName: 'Bandung',
      },
      'BAD_USER_INPUT',
      /one date/,
    );
    await refused(
      P.sectionHead,
      { kind: 'WORK_FROM_HOME', startDate: '2026-11-25', endDate: '2026-11-25', halfDay: true },
      'BAD_USER_INPUT',
      /official travel only/,
    );
    await refused(
      P.sectionHead,
      {
        kind: 'WORK_FROM_HOME',
        startDate: '2026-11-25',
        endDate: '2026-11-25',
        destinationName: 'Rumah',
      },
      'BAD_USER_INPUT',
      /official travel/,
    );
    const trip = await request(P.sectionHead, {
      kind: 'OFFICIAL_TRAVEL',
      startDate: '2026-11-25',
      endDate: '2026-11-25',
      halfDay: true,
      destinationName: 'Kantor Kecamatan',
      destinationLatitude: -6.91,
      destinationLongitude: 107.6,
    });
    expect(trip.data!.requestLeave).toMatchObject({
      halfDay: true,
      destination: { name: 'Kantor Kecamatan', latitude: -6.91, longitude: 107.6 },
    });
    // A permit on a half day of travel: other parts of the day.
    await requested(P.sectionHead, {
      kind: 'PERMIT_LATE',
      startDate: '2026-11-25',
      endDate: '2026-11-25',
      time: '08:00',
    });
    await requested(P.sectionHead, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-03',
      endDate: '2026-12-04',
    });
  });
});

describe('overlaps', () => {
  it('refuses a request clashing with a pending or approved one; a cancelled one frees the dates', async () => {
    const annual = await requested(P.departmentHead, {
      kind: 'ANNUAL',
      startDate: '2026-12-09',
      endDate: '2026-12-10',
    });
    await refused(
      P.departmentHead,
      { kind: 'IMPORTANT_REASONS', startDate: '2026-12-10', endDate: '2026-12-11' },
      'CONFLICT',
      /annual leave from 2026-12-09 to 2026-12-10/,
    );
    // A permit on a date covered by a whole-day request.
    await refused(
      P.departmentHead,
      { kind: 'PERMIT_EARLY', startDate: '2026-12-09', endDate: '2026-12-09', time: '15:00' },
      'CONFLICT',
    );
    // A whole-day request over a permit's date (the seed's pending permit on 24 November).
    await refused(
      P.departmentHead,
      { kind: 'WORK_FROM_HOME', startDate: '2026-11-24', endDate: '2026-11-24' },
      'CONFLICT',
      /permit to leave early/,
    );
    // Someone else's dates do not matter.
    await requested(P.peer, { kind: 'ANNUAL', startDate: '2026-12-09', endDate: '2026-12-10' });
    const res = await t.as(P.departmentHead.nip, CANCEL, { id: annual });
    expect(res.data?.cancelLeaveRequest.status).toBe('CANCELLED');
    await requested(P.departmentHead, {
      kind: 'SICK',
      startDate: '2026-12-10',
      endDate: '2026-12-10',
    });
  });

  it('the database refuses an overlap even when the check is bypassed', async () => {
    await history(P.quiet, 'SICK', '2027-06-01', '2027-06-02', 'PENDING');
    await expect(
      history(P.quiet, 'PERMIT_LATE', '2027-06-02', '2027-06-02', 'APPROVED'),
    ).rejects.toThrow(/leave_request_no_overlap/);
  });
});

describe('cancelling', () => {
  it('the requester cancels a pending one, and an approved one before it begins; not a begun one', async () => {
    const pending = await requested(P.busy, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-15',
      endDate: '2026-12-15',
    });
    const other = await t.as(P.peer.nip, CANCEL, { id: pending });
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const boss = await t.as(P.sectionHead.nip, CANCEL, { id: pending });
    expect(boss.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await t.as(P.busy.nip, CANCEL, { id: pending })).data?.cancelLeaveRequest.status).toBe(
      'CANCELLED',
    );
    const again = await t.as(P.busy.nip, CANCEL, { id: pending }, { lang: 'en' });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(again.errors?.[0]?.message).toMatch(/cancelled cannot be cancelled/);

    const approved = await requested(P.busy, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-16',
      endDate: '2026-12-16',
    });
    await decide(P.sectionHead, [approved]);
    expect((await t.as(P.busy.nip, CANCEL, { id: approved })).data?.cancelLeaveRequest.status).toBe(
      'CANCELLED',
    );
    const audit = await t.one<{ data: { before: { status: string }; after: { status: string } } }>(
      `select data from audit_event where action = 'leave.cancel' and entity_id = ?`,
      [approved],
    );
    expect(audit.data).toMatchObject({
      before: { status: 'APPROVED' },
      after: { status: 'CANCELLED' },
    });

    // The seed's approved annual leave of 2–3 November has begun.
    const begun = await t.one<{ id: string }>(
      `select id from leave_request where employee_id = ? and kind = 'ANNUAL' and start_date = '2026-11-02'`,
      [P.staff.id],
    );
    const res = await t.as(P.staff.nip, CANCEL, { id: begun.id });
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});

describe('the annual balance', () => {
  it('12 days from the year of the first anniversary of service, nothing carried from before', async () => {
    expect(await balance(P.recent, 2025)).toMatchObject({
      entitlement: 0,
      carriedOver: 0,
      remaining: 0,
    });
    expect(await balance(P.recent, 2026)).toMatchObject({
      entitlement: 12,
      carriedOver: 0,
      remaining: 12,
    });
  });

  it('carries 6 after a year with leave taken (18), 12 after two unused years (24)', async () => {
    expect(await balance(P.quiet, 2026)).toMatchObject({
      entitlement: 12,
      carriedOver: 12,
      used: 0,
      remaining: 24,
    });
    // 3 working days in March 2025, none in 2024.
    await history(P.busy, 'ANNUAL', '2025-03-03', '2025-03-05');
    expect(await balance(P.busy, 2025)).toMatchObject({ carriedOver: 12, used: 3, remaining: 21 });
    expect(await balance(P.busy, 2026)).toMatchObject({
      entitlement: 12,
      carriedOver: 6,
      used: 0,
      remaining: 18,
    });
  });

  it('counts working days: weekends, holidays and collective leave do not reduce it', async () => {
    await t.sql(
      `insert into holiday (agency_id, date, name, kind) values
         (?, '2026-12-24', 'Cuti Bersama Hari Raya Natal', 'COLLECTIVE_LEAVE'), (?, '2026-12-25', 'Hari Raya Natal', 'NATIONAL')
       on conflict do nothing`,
      [agencyId, agencyId],
    );
    // Monday 21 to Sunday 27 December: 21, 22, 23 are working days.
    await requested(P.recent, { kind: 'ANNUAL', startDate: '2026-12-21', endDate: '2026-12-27' });
    expect(await balance(P.recent, 2026)).toMatchObject({ used: 0, pending: 3, remaining: 9 });
    await refused(
      P.recent,
      { kind: 'ANNUAL', startDate: '2026-11-30', endDate: '2026-12-11' },
      'CONFLICT',
      /10 working days requested, 9 left/,
    );
    const ok = await requested(P.recent, {
      kind: 'ANNUAL',
      startDate: '2026-11-30',
      endDate: '2026-12-10',
    });
    expect((await decide(P.sectionHead, [ok])).data?.decideLeaveRequests.applied).toBe(1);
    expect(await balance(P.recent, 2026)).toMatchObject({ used: 9, pending: 3, remaining: 0 });
  });

  it('is void in a year with big leave, and nothing carries out of it', async () => {
    await history(P.quiet, 'BIG', '2027-02-01', '2027-03-31');
    expect(await balance(P.quiet, 2027)).toMatchObject({
      entitlement: 0,
      carriedOver: 0,
      remaining: 0,
    });
    expect(await balance(P.quiet, 2028)).toMatchObject({
      entitlement: 12,
      carriedOver: 0,
      remaining: 12,
    });
    await refused(
      P.quiet,
      { kind: 'ANNUAL', startDate: '2027-07-05', endDate: '2027-07-05' },
      'CONFLICT',
      /0 left/,
    );
  });

  it('annual leave cannot span two years', async () => {
    await refused(
      P.quiet,
      { kind: 'ANNUAL', startDate: '2026-12-30', endDate: '2027-01-04' },
      'BAD_USER_INPUT',
      /turn of a year/,
    );
  });
});

describe('the cascade', () => {
  it('the staff’s request is decided by the section head, not by a peer, the department head or themselves', async () => {
    const id = await requested(P.staff, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-17',
      endDate: '2026-12-17',
    });
    for (const who of [P.staff, P.peer, P.departmentHead, P.sosialHead]) {
      const res = await decide(who, [id]);
      expect(res.data?.decideLeaveRequests).toMatchObject({
        applied: 0,
        failed: [{ id, code: 'FORBIDDEN' }],
      });
    }
    const queue = await t.as(P.sectionHead.nip, QUEUE, { filter: { employeeId: P.staff.id } });
    const row = queue.data!.leaveQueue.edges.find(
      (e: { node: { request: { id: string } } }) => e.node.request.id === id,
    );
    expect(row.node).toMatchObject({
      escalated: false,
      decisionSource: 'SUPERVISOR',
      workingDaysPending: 0,
    });
    const res = await decide(P.sectionHead, [id]);
    expect(res.data?.decideLeaveRequests).toEqual({ applied: 1, failed: [] });
    const stored = await t.one(
      'select status, decided_by, decision_source from leave_request where id = ?',
      [id],
    );
    expect(stored).toMatchObject({
      status: 'APPROVED',
      decided_by: P.sectionHead.id,
      decision_source: 'SUPERVISOR',
    });
    const audit = await t.one<{ actor_id: string; data: Record<string, unknown> }>(
      `select actor_id, data from audit_event where action = 'leave.decide' and entity_id = ?`,
      [id],
    );
    expect(audit).toMatchObject({
      actor_id: P.sectionHead.id,
      data: {
        decision: 'APPROVE',
        before: { status: 'PENDING' },
        after: { status: 'APPROVED', source: 'SUPERVISOR' },
      },
    });
    // Again: a no-op; the other decision now: a conflict.
    expect((await decide(P.sectionHead, [id])).data?.decideLeaveRequests.applied).toBe(1);
    const reject = await decide(P.sectionHead, [id], 'REJECT', 'Tidak jadi', 'en');
    expect(reject.data?.decideLeaveRequests.failed[0]).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already approved/),
    });
  });

  it('rejecting needs a note: the whole call is refused and nothing is written', async () => {
    const id = await requested(P.peer, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-18',
      endDate: '2026-12-18',
    });
    const res = await decide(P.sectionHead, [id], 'REJECT', '  ');
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.one('select status from leave_request where id = ?', [id])).status).toBe(
      'PENDING',
    );
    const ok = await decide(P.sectionHead, [id], 'REJECT', 'Ada rapat penting hari itu');
    expect(ok.data?.decideLeaveRequests.applied).toBe(1);
    expect(
      await t.one('select status, decision_note from leave_request where id = ?', [id]),
    ).toMatchObject({
      status: 'REJECTED',
      decision_note: 'Ada rapat penting hari itu',
    });
  });

  it('after the escalation limit the supervisor’s supervisor may decide too (ESCALATED)', async () => {
    const id = await requested(P.peer, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-22',
      endDate: '2026-12-22',
    });
    expect((await decide(P.divisionHead, [id])).data?.decideLeaveRequests.failed[0].code).toBe(
      'FORBIDDEN',
    );
    // Submitted Tuesday 10 November: 8 working days before today.
    await t.sql(
      `update leave_request set submitted_at = '2026-11-10T09:00:00+07:00' where id = ?`,
      [id],
    );
    const queue = await t.as(P.divisionHead.nip, QUEUE, { filter: { escalatedOnly: true } });
    const row = queue.data!.leaveQueue.edges.find(
      (e: { node: { request: { id: string } } }) => e.node.request.id === id,
    );
    expect(row.node).toMatchObject({
      escalated: true,
      decisionSource: 'ESCALATED',
      workingDaysPending: 8,
    });
    expect((await decide(P.divisionHead, [id])).data?.decideLeaveRequests.applied).toBe(1);
    expect(
      (await t.one('select decision_source from leave_request where id = ?', [id])).decision_source,
    ).toBe('ESCALATED');
  });

  it('reports unknown and malformed ids, and decides the rest', async () => {
    const id = await requested(P.peer, {
      kind: 'WORK_FROM_HOME',
      startDate: '2026-12-23',
      endDate: '2026-12-23',
    });
    const res = await decide(P.sectionHead, [id, 'nope', '00000000-0000-4000-8000-000000000000']);
    expect(res.data?.decideLeaveRequests.applied).toBe(1);
    expect(res.data?.decideLeaveRequests.failed.map((f: { code: string }) => f.code)).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
  });

  it('the queue pages oldest first, in the same number of statements for 1 row as for many', async () => {
    const all = await t.as(P.sectionHead.nip, QUEUE, { first: 200 });
    const total = all.data!.leaveQueue.totalCount as number;
    expect(total).toBeGreaterThan(3);
    const first = await t.as(P.sectionHead.nip, QUEUE, { first: 2 });
    expect(first.data!.leaveQueue.pageInfo.hasNextPage).toBe(true);
    const next = await t.as(P.sectionHead.nip, QUEUE, {
      first: 200,
      after: first.data!.leaveQueue.pageInfo.endCursor,
    });
    expect(next.data!.leaveQueue.edges.length).toBe(total - 2);
    await t.tokenOf(P.sectionHead.nip);
    const one = await t.countStatements(() => t.as(P.sectionHead.nip, QUEUE, { first: 1 }));
    const many = await t.countStatements(() => t.as(P.sectionHead.nip, QUEUE, { first: 200 }));
    expect(many.count).toBe(one.count);
  });
});

describe('what the queue tells the decider', () => {
  const ROWS = `query($filter: LeaveQueueFilter) { leaveQueue(filter: $filter, first: 200) {
    edges { node { workingDays request { id } overlaps { id kind status startDate employee { id } } } } } }`;
  const rowOf = async (who: Person, of: Person, id: string) => {
    const res = await t.as(who.nip, ROWS, { filter: { employeeId: of.id } });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.leaveQueue.edges.map(
      (e: { node: { request: { id: string } } }) => e.node,
    ) as { workingDays: number; request: { id: string }; overlaps: { id: string }[] }[];
    return rows.find((r) => r.request.id === id)!;
  };

  it('counts the working days a request covers, and lists who else of the unit is away then', async () => {
    // Monday 6 to Sunday 12 September 2027 (no holidays): five working days.
    const home = await requested(P.quiet, {
      kind: 'WORK_FROM_HOME',
      startDate: '2027-09-06',
      endDate: '2027-09-12',
    });
    const late = await requested(P.busy, {
      kind: 'PERMIT_LATE',
      startDate: '2027-09-08',
      endDate: '2027-09-08',
      time: '09:00',
    });
    const cancelled = await requested(P.recent, {
      kind: 'WORK_FROM_HOME',
      startDate: '2027-09-07',
      endDate: '2027-09-07',
    });
    expect((await t.as(P.recent.nip, CANCEL, { id: cancelled })).errors).toBeUndefined();
    // Another unit, same dates: not listed.
    await history(P.sosialHead, 'ANNUAL', '2027-09-06', '2027-09-07', 'PENDING');
    // The same unit, other dates: not listed.
    await history(P.peer, 'ANNUAL', '2027-09-13', '2027-09-14', 'APPROVED');

    const homeRow = await rowOf(P.sectionHead, P.quiet, home);
    expect(homeRow.workingDays).toBe(5);
    expect(homeRow.overlaps.map((o) => o.id)).toEqual([late]);
    const lateRow = await rowOf(P.sectionHead, P.busy, late);
    expect(lateRow.workingDays).toBe(1);
    expect(lateRow.overlaps).toEqual([
      {
        id: home,
        kind: 'WORK_FROM_HOME',
        status: 'PENDING',
        startDate: '2027-09-06',
        employee: { id: P.quiet.id },
      },
    ]);

    // Decided: an approved overlap stays listed, a rejected one does not.
    expect((await decide(P.sectionHead, [late], 'REJECT', 'Rapat pagi')).errors).toBeUndefined();
    expect((await rowOf(P.sectionHead, P.quiet, home)).overlaps).toEqual([]);
  });

  it('gives each annual-leave request its person’s balance, as leaveBalance does, in the same statements for one request as for several', async () => {
    const BALANCE = `query($id: ID!, $year: Int!) { leaveBalance(employeeId: $id, year: $year) {
      year entitlement carriedOver used pending remaining } }`;
    const QUEUE_BALANCES = `query($filter: LeaveQueueFilter) { leaveQueue(filter: $filter, first: 200) {
      edges { node { request { id kind startDate } employee { id } annualBalance { year entitlement carriedOver used pending remaining } } } } }`;
    const quiet = await requested(P.quiet, {
      kind: 'ANNUAL',
      startDate: '2028-10-02',
      endDate: '2028-10-04',
    });
    const busy = await requested(P.busy, {
      kind: 'ANNUAL',
      startDate: '2028-10-09',
      endDate: '2028-10-09',
    });
    const permit = await requested(P.busy, {
      kind: 'PERMIT_EARLY',
      startDate: '2028-10-10',
      endDate: '2028-10-10',
      time: '14:00',
    });
    const rows = async (filter: Record<string, unknown>) => {
      const res = await t.as(P.sectionHead.nip, QUEUE_BALANCES, { filter });
      expect(res.errors).toBeUndefined();
      return new Map(
        res.data!.leaveQueue.edges.map(
          (e: { node: { request: { id: string }; annualBalance: unknown } }) => [
            e.node.request.id,
            e.node.annualBalance,
          ],
        ),
      );
    };
    const all = await rows({});
    for (const [id, person] of [
      [quiet, P.quiet],
      [busy, P.busy],
    ] as const) {
      const own = await t.as(P.sectionHead.nip, BALANCE, { id: person.id, year: 2028 });
      expect(own.errors).toBeUndefined();
      expect(all.get(id)).toEqual(own.data!.leaveBalance);
    }
    expect((all.get(quiet) as { pending: number }).pending).toBe(3);
    expect(all.get(permit)).toBeNull();

    // One request of the person or two: the same statements.
    await t.tokenOf(P.sectionHead.nip);
    const count = () =>
      t.countStatements(() =>
        t.as(P.sectionHead.nip, QUEUE_BALANCES, {
          filter: { kinds: ['ANNUAL'], employeeId: P.quiet.id },
        }),
      );
    const one = await count();
    await requested(P.quiet, { kind: 'ANNUAL', startDate: '2028-10-16', endDate: '2028-10-16' });
    const both = await count();
    expect((await rows({ kinds: ['ANNUAL'], employeeId: P.quiet.id })).size).toBe(2);
    expect(both.count).toBe(one.count);
  });

  it('still answers a page in the same number of statements for 1 row as for many', async () => {
    const PAGE = `query($first: Int) { leaveQueue(first: $first) {
      edges { node { workingDays overlaps { id kind startDate endDate } request { id } } } } }`;
    await t.tokenOf(P.sectionHead.nip);
    const one = await t.countStatements(() => t.as(P.sectionHead.nip, PAGE, { first: 1 }));
    const many = await t.countStatements(() => t.as(P.sectionHead.nip, PAGE, { first: 200 }));
    expect(many.count).toBe(one.count);
  });
});

describe('approvedCoverage', () => {
  it('expands approved requests to their dates in the range, with permit times and destinations', async () => {
    const reader = new LeaveCoverageReader(t.orm.em.fork(), agencyId);
    const sekda = await byNip(persona.sekda);
    const rows = await reader.approvedCoverage([P.staff.id, sekda.id], '2026-11-01', '2026-11-17');
    const staff = rows.filter((r) => r.employeeId === P.staff.id);
    expect(staff.map((r) => [r.date, r.kind])).toEqual([
      ['2026-11-02', 'ANNUAL'],
      ['2026-11-03', 'ANNUAL'],
      ['2026-11-12', 'PERMIT_LATE'],
    ]);
    expect(staff[2]).toMatchObject({
      startTime: '07:30',
      endTime: '09:00',
      halfDay: false,
      destination: null,
    });
    expect(rows.find((r) => r.employeeId === sekda.id)).toMatchObject({
      date: '2026-11-17',
      kind: 'OFFICIAL_TRAVEL',
      halfDay: true,
      destination: { name: 'Kantor Gubernur', latitude: -6.9147, longitude: 107.6098 },
    });
    // Clipped to the range; pending requests (the staff's 26–27 November) are not coverage.
    expect(await reader.approvedCoverage([P.staff.id], '2026-11-03', '2026-11-30')).toHaveLength(2);
    const statements = await t.countStatements(() =>
      reader.approvedCoverage([P.staff.id], '2026-01-01', '2026-12-31'),
    );
    expect(statements.count).toBe(1);
  });
});

describe('who may read what', () => {
  it('the employee, supervisors up the chain, admins and executives read requests and balances; others may not', async () => {
    for (const who of [P.staff, P.sectionHead, P.departmentHead, P.admin]) {
      const res = await t.as(who.nip, OF, { employeeId: P.staff.id, year: 2026 });
      expect(res.errors, who.nip).toBeUndefined();
      expect(res.data!.leaveRequests.length).toBeGreaterThan(2);
    }
    expect((await balance(P.sectionHead, 2026, P.staff)).entitlement).toBe(12);
    for (const who of [P.peer, P.sosialHead]) {
      expect(
        (await t.as(who.nip, OF, { employeeId: P.staff.id, year: 2026 })).errors?.[0]?.extensions
          .code,
      ).toBe('FORBIDDEN');
      expect(
        (await t.as(who.nip, BALANCE, { employeeId: P.staff.id, year: 2026 })).errors?.[0]
          ?.extensions.code,
      ).toBe('FORBIDDEN');
    }
    // Staff may not read their supervisor's.
    expect(
      (await t.as(P.staff.nip, BALANCE, { employeeId: P.sectionHead.id, year: 2026 })).errors?.[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');
    const unknown = await t.as(P.admin.nip, BALANCE, {
      employeeId: '00000000-0000-4000-8000-000000000000',
      year: 2026,
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const mine = await t.as(P.staff.nip, MINE, { year: 2026 });
    expect(mine.data!.myLeaveRequests.map((r: { startDate: string }) => r.startDate)).toContain(
      '2026-11-02',
    );
    expect((await t.gql(MINE, { year: 2026 })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('messages', () => {
  it('are in the caller’s language', async () => {
    const input = base({ kind: 'SICK', startDate: '2026-12-02', endDate: '2026-12-01' });
    const id = await t.as(P.staff.nip, REQUEST, { input });
    const en = await t.as(P.staff.nip, REQUEST, { input }, { lang: 'en' });
    expect(id.errors?.[0]?.message).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(en.errors?.[0]?.message).toBe('The end date cannot be before the start date.');
    const big = base({ kind: 'BIG', startDate: '2026-12-01', endDate: '2026-12-31' });
    expect((await t.as(P.threeYears.nip, REQUEST, { input: big })).errors?.[0]?.message).toBe(
      'Untuk cuti besar diperlukan masa kerja 5 tahun (terpenuhi pada 2028-03-01).',
    );
    expect(
      (await t.as(P.threeYears.nip, REQUEST, { input: big }, { lang: 'en' })).errors?.[0]?.message,
    ).toBe('Taking big leave needs 5 years of service (reached on 2028-03-01).');
  });
});
