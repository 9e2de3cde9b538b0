/**
 * The verification cascade on the demo city (product.md): who decides whose entries, escalation,
 * vacancies, acting officials, the top of the hierarchy, batch decisions and their audit trail.
 * The clock is fixed on Friday 20 November 2026, 10:00 in Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { EntryFixtures, type RunSql } from '../../../test/entry-fixtures.js';

const NOW = '2026-11-20T10:00:00+07:00';
const TODAY = '2026-11-20';
/** Tuesday 10 November: 8 working days before TODAY. */
const EIGHT_WEEKDAYS_AGO = '2026-11-10';

let t: TestApp;
let fx: EntryFixtures;
/** NIP and id of the demo people the cascade runs through. */
type Person = { id: string; nip: string };
let P: Record<
  | 'staff'
  | 'peer'
  | 'peer2'
  | 'peer3'
  | 'sectionHead'
  | 'divisionHead'
  | 'departmentHead'
  | 'sekda'
  | 'mayor'
  | 'admin'
  | 'sosialHead'
  | 'rehabSectionHead'
  | 'puprSekretaris'
  | 'puprDivisionHead',
  Person
>;

const VERIFY = `mutation($input: VerifyActivitiesInput!) {
  verifyActivities(input: $input) { applied failed { entryId code message } } }`;
const QUEUE = `query($filter: VerificationQueueFilter, $first: Int, $after: String) {
  verificationQueue(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { escalated decisionSource workingDaysPending flags
      entry { id date status creditedMinutes } employee { id name } item { code } } }
    groups { employee { id } date totalCreditedMinutes approvedMinutes pendingCount dailyTargetMinutes } } }`;

async function person(positionName: string, unitName: string): Promise<Person> {
  const rows = await t.sql<Person>(
    `select e.id, e.nip from employee e
       join position p on p.agency_id = e.agency_id and p.id = e.position_id
       join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
      where p.name = ? and u.name = ? and e.active order by e.nip`,
    [positionName, unitName],
  );
  if (!rows[0]) throw new Error(`nobody is ${positionName} in ${unitName}`);
  return rows[0];
}

const one = (text: string) => t.one<Person>(text);

async function byNip(nip: string): Promise<Person> {
  return { id: await t.idOf(nip), nip };
}

const verify = (
  who: Person,
  entryIds: string[],
  decision = 'APPROVE',
  note?: string,
  lang?: string,
) => t.as(who.nip, VERIFY, { input: { entryIds, decision, note } }, lang ? { lang } : {});

const queueOf = async (who: Person, filter: Record<string, unknown> = {}, first = 200) => {
  const res = await t.as(who.nip, QUEUE, { filter, first });
  expect(res.errors).toBeUndefined();
  return res.data!.verificationQueue as {
    totalCount: number;
    edges: {
      node: {
        escalated: boolean;
        decisionSource: string | null;
        flags: string[];
        entry: { id: string };
      };
    }[];
    groups: Record<string, unknown>[];
  };
};
const rowOf = async (who: Person, entryId: string, filter: Record<string, unknown> = {}) =>
  (await queueOf(who, filter)).edges.find((e) => e.node.entry.id === entryId)?.node;

const statusOf = async (id: string) =>
  t.one<{
    status: string;
    decision_source: string | null;
    decided_by: string | null;
    decision_note: string | null;
  }>('select status, decision_source, decided_by, decision_note from activity_entry where id = ?', [
    id,
  ]);

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  const [agency] = await t.sql<{ id: string }>(`select id from agency where code = 'kota-contoh'`);
  fx = new EntryFixtures(t.sql as RunSql, agency!.id);
  const staffPeers = await t.sql<Person>(
    `select e.id, e.nip from employee e
       join position p on p.agency_id = e.agency_id and p.id = e.position_id
      where p.parent_id = (select position_id from employee where nip = ?) and e.nip <> ?
      order by e.nip`,
    [persona.sectionHead, persona.staff],
  );
  P = {
    staff: await byNip(persona.staff),
    peer: staffPeers[0]!,
    peer2: staffPeers[1]!,
    peer3: staffPeers[2]!,
    sectionHead: await byNip(persona.sectionHead),
    divisionHead: await person('Kepala Bidang Aplikasi Informatika', 'Bidang Aplikasi Informatika'),
    departmentHead: await byNip(persona.departmentHead),
    sekda: await byNip(persona.sekda),
    mayor: await one(
      `select e.id, e.nip from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where p.parent_id is null`,
    ),
    admin: await byNip(persona.agencyAdmin),
    sosialHead: await person('Kepala Dinas Sosial', 'Dinas Sosial'),
    rehabSectionHead: await person(
      'Kepala Seksi Rehabilitasi Sosial Anak dan Lanjut Usia',
      'Seksi Rehabilitasi Sosial Anak dan Lanjut Usia',
    ),
    // The demo's one acting assignment: the Sekretaris of Dinas PUPR as PLT head.
    puprSekretaris: await one(
      `select e.id, e.nip from acting_assignment a join employee e on e.agency_id = a.agency_id and e.id = a.employee_id`,
    ),
    puprDivisionHead: await person('Kepala Bidang Bina Marga', 'Bidang Bina Marga'),
  };
});
afterAll(() => t?.close());

describe('the cascade', () => {
  it('each level decides its direct reports: staff → section head → division head → department head → Sekda', async () => {
    const chain: [Person, Person][] = [
      [P.staff, P.sectionHead],
      [P.sectionHead, P.divisionHead],
      [P.divisionHead, P.departmentHead],
      [P.departmentHead, P.sekda],
    ];
    for (const [employee, supervisor] of chain) {
      const id = await fx.entry({
        employeeId: employee.id,
        date: TODAY,
        start: '07:30',
        end: '08:00',
      });
      const row = await rowOf(supervisor, id);
      expect(row, `${supervisor.nip} sees the entry of ${employee.nip}`).toMatchObject({
        decisionSource: 'SUPERVISOR',
        escalated: false,
      });
      const res = await verify(supervisor, [id]);
      expect(res.errors).toBeUndefined();
      expect(res.data?.verifyActivities).toEqual({ applied: 1, failed: [] });
      expect(await statusOf(id)).toMatchObject({
        status: 'APPROVED',
        decision_source: 'SUPERVISOR',
        decided_by: supervisor.id,
      });
    }
  });

  it('skips a vacant position: the Rehabilitasi Sosial section heads go to the Dinas Sosial head', async () => {
    const id = await fx.entry({ employeeId: P.rehabSectionHead.id, date: TODAY });
    expect(await rowOf(P.sosialHead, id)).toMatchObject({ decisionSource: 'SUPERVISOR' });
    expect((await verify(P.sosialHead, [id])).data?.verifyActivities.applied).toBe(1);
    expect((await statusOf(id)).decision_source).toBe('SUPERVISOR');
  });

  it('an acting official decides as ACTING: the PLT head of Dinas PUPR and its division heads', async () => {
    const id = await fx.entry({ employeeId: P.puprDivisionHead.id, date: TODAY });
    expect(await rowOf(P.puprSekretaris, id)).toMatchObject({ decisionSource: 'ACTING' });
    expect((await verify(P.puprSekretaris, [id])).data?.verifyActivities.applied).toBe(1);
    expect(await statusOf(id)).toMatchObject({ status: 'APPROVED', decision_source: 'ACTING' });
  });

  it('the top of the hierarchy is decided by an agency admin (ADMIN), not by anyone below', async () => {
    const id = await fx.entry({ employeeId: P.mayor.id, date: TODAY });
    expect(await rowOf(P.admin, id)).toMatchObject({ decisionSource: 'ADMIN' });
    const bySekda = await verify(P.sekda, [id]);
    expect(bySekda.data?.verifyActivities.failed).toMatchObject([
      { entryId: id, code: 'FORBIDDEN' },
    ]);
    expect((await verify(P.admin, [id])).data?.verifyActivities.applied).toBe(1);
    expect((await statusOf(id)).decision_source).toBe('ADMIN');
  });
});

describe('escalation', () => {
  it('an entry submitted 8 working days ago is also in the supervisor’s supervisor’s queue; a fresh one is not', async () => {
    const old = await fx.entry({
      employeeId: P.staff.id,
      date: EIGHT_WEEKDAYS_AGO,
      start: '08:00',
      end: '09:00',
      submittedAt: `${EIGHT_WEEKDAYS_AGO}T17:00:00+07:00`,
    });
    const fresh = await fx.entry({
      employeeId: P.staff.id,
      date: TODAY,
      start: '09:00',
      end: '09:30',
    });

    const above = await rowOf(P.divisionHead, old);
    expect(above).toMatchObject({ escalated: true, decisionSource: 'ESCALATED' });
    expect(await rowOf(P.divisionHead, fresh)).toBeUndefined();
    const escalatedOnly = await queueOf(P.divisionHead, { escalatedOnly: true });
    expect(escalatedOnly.edges.map((e) => e.node.entry.id)).toContain(old);

    // The section head sees both, the old one marked as escalated.
    expect(await rowOf(P.sectionHead, old)).toMatchObject({
      escalated: true,
      decisionSource: 'SUPERVISOR',
    });
    expect(await rowOf(P.sectionHead, fresh)).toMatchObject({ escalated: false });

    // Two levels up only through escalation; three levels up never.
    const tooFar = await verify(P.departmentHead, [old]);
    expect(tooFar.data?.verifyActivities.failed).toMatchObject([{ code: 'FORBIDDEN' }]);
    const res = await verify(P.divisionHead, [old, fresh]);
    expect(res.data?.verifyActivities).toMatchObject({
      applied: 1,
      failed: [{ entryId: fresh, code: 'FORBIDDEN' }],
    });
    expect(await statusOf(old)).toMatchObject({ status: 'APPROVED', decision_source: 'ESCALATED' });
    expect((await statusOf(fresh)).status).toBe('SUBMITTED');
  });

  it('counts working days only, with the limit of the policy in force on the decision date', async () => {
    // Submitted Friday 13 November: 5 working days by Friday 20 November (the weekend is not counted).
    const id = await fx.entry({
      employeeId: P.peer.id,
      date: '2026-11-13',
      submittedAt: '2026-11-13T15:00:00+07:00',
    });
    expect(await rowOf(P.divisionHead, id)).toMatchObject({ escalated: true });
    const [row] = await t.sql<{ n: number }>(
      `select working_days_between(id, '2026-11-13', '2026-11-20') as n from agency limit 1`,
    );
    expect(row?.n).toBe(5);
    await t.sql(
      `insert into performance_policy (agency_id, id, effective_from, escalation_working_days)
       values (?, gen_random_uuid(), '2026-11-01', 6), (?, gen_random_uuid(), '2026-12-01', 1)`,
      [fx.agencyId, fx.agencyId],
    );
    try {
      expect(await rowOf(P.divisionHead, id)).toBeUndefined();
      expect(await rowOf(P.sectionHead, id)).toMatchObject({ escalated: false });
    } finally {
      await t.sql(`delete from performance_policy where agency_id = ?`, [fx.agencyId]);
    }
  });
});

describe('what may not be decided', () => {
  it('staff may decide neither their own entries nor a peer’s; another department’s head neither', async () => {
    const own = await fx.entry({
      employeeId: P.staff.id,
      date: '2026-11-19',
      start: '10:00',
      end: '10:30',
    });
    const peers = await fx.entry({
      employeeId: P.peer.id,
      date: '2026-11-19',
      start: '10:00',
      end: '10:30',
    });
    const res = await verify(P.staff, [own, peers]);
    expect(res.data?.verifyActivities).toMatchObject({
      applied: 0,
      failed: [
        { entryId: own, code: 'FORBIDDEN' },
        { entryId: peers, code: 'FORBIDDEN' },
      ],
    });
    const other = await verify(P.sosialHead, [own]);
    expect(other.data?.verifyActivities.failed).toMatchObject([{ code: 'FORBIDDEN' }]);
    // The department head is three levels above staff: not a direct report, not escalated.
    expect((await verify(P.departmentHead, [own])).data?.verifyActivities.failed).toMatchObject([
      { code: 'FORBIDDEN' },
    ]);
    expect((await statusOf(own)).status).toBe('SUBMITTED');
    expect((await statusOf(peers)).status).toBe('SUBMITTED');
    // …and the supervisor may not decide their own entries in their own queue either.
    const mine = await fx.entry({
      employeeId: P.sectionHead.id,
      date: '2026-11-19',
      start: '10:00',
      end: '10:30',
    });
    expect((await verify(P.sectionHead, [mine])).data?.verifyActivities.failed).toMatchObject([
      { code: 'FORBIDDEN' },
    ]);
    expect(await rowOf(P.sectionHead, mine)).toBeUndefined();
  });

  it('unknown ids, malformed ids and another agency’s entries are NOT_FOUND', async () => {
    const [other] = await t.sql<{ id: string }>(
      `with a as (insert into agency (id, code, name) values (gen_random_uuid(), 'lain', 'Kabupaten Lain') returning id),
            u as (insert into org_unit (agency_id, id, code, name, kind) select id, gen_random_uuid(), 'root', 'Root', 'AGENCY' from a returning agency_id, id),
            p as (insert into position (agency_id, id, unit_id, name, kind, job_class) select agency_id, gen_random_uuid(), id, 'Staf', 'EXECUTOR', 5 from u returning agency_id, id),
            e as (insert into employee (agency_id, id, nip, name, position_id) select agency_id, gen_random_uuid(), '197007071995071999', 'Orang Lain', id from p returning agency_id, id),
            i as (insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
                  select id, gen_random_uuid(), 'x', 'Butir lain', 'laporan', 30, 'MAIN', 'PUBLISHED' from a returning agency_id, id)
       insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity, credited_minutes, status, submitted_at)
       select e.agency_id, gen_random_uuid(), e.id, '2026-11-19', '08:00', '09:00', i.id, 1, 30, 'SUBMITTED', now() from e, i
       returning id`,
    );
    const unknown = '0192f0c0-0000-7000-8000-000000000000';
    const res = await verify(P.admin, [other!.id, unknown, 'not-a-uuid']);
    expect(res.data?.verifyActivities).toMatchObject({
      applied: 0,
      failed: [
        { entryId: other!.id, code: 'NOT_FOUND' },
        { entryId: unknown, code: 'NOT_FOUND' },
        { entryId: 'not-a-uuid', code: 'NOT_FOUND' },
      ],
    });
  });

  it('reject and return need a note: the whole call is refused and nothing is written', async () => {
    const id = await fx.entry({
      employeeId: P.peer2.id,
      date: TODAY,
      start: '07:30',
      end: '08:00',
    });
    const audits = await t.one<{ n: string }>(`select count(*) as n from audit_event`);
    for (const [decision, note] of [
      ['REJECT', undefined],
      ['RETURN', '   '],
    ] as const) {
      const res = await verify(P.sectionHead, [id], decision, note);
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe(
        'Alasan wajib diisi untuk menolak atau mengembalikan aktivitas.',
      );
    }
    const en = await verify(P.sectionHead, [id], 'REJECT', undefined, 'en');
    expect(en.errors?.[0]?.message).toBe('A reason is required to reject or return an activity.');
    expect((await statusOf(id)).status).toBe('SUBMITTED');
    expect((await t.one<{ n: string }>(`select count(*) as n from audit_event`)).n).toBe(audits.n);

    const returned = await verify(P.sectionHead, [id], 'RETURN', 'Lampirkan foto kegiatan.');
    expect(returned.data?.verifyActivities.applied).toBe(1);
    expect(await statusOf(id)).toMatchObject({
      status: 'RETURNED',
      decision_note: 'Lampirkan foto kegiatan.',
    });
  });

  it('failure messages are in the caller’s language', async () => {
    const id = await fx.entry({
      employeeId: P.staff.id,
      date: '2026-11-18',
      start: '13:00',
      end: '13:30',
    });
    const idMsg = (await verify(P.staff, [id])).data?.verifyActivities.failed[0].message;
    const enMsg = (await verify(P.staff, [id], 'APPROVE', undefined, 'en')).data?.verifyActivities
      .failed[0].message;
    expect(idMsg).toMatch(/^Anda tidak berwenang memverifikasi/);
    expect(enMsg).toMatch(/^You may not verify this activity/);
  });
});

describe('repeating and conflicting decisions', () => {
  it('the same decision again is a no-op counted as applied; a different one, or a draft, is a CONFLICT', async () => {
    const id = await fx.entry({
      employeeId: P.peer2.id,
      date: '2026-11-19',
      start: '07:30',
      end: '08:00',
    });
    const draft = await fx.entry({
      employeeId: P.peer2.id,
      date: '2026-11-19',
      start: '08:00',
      end: '08:30',
      status: 'DRAFT',
    });
    expect((await verify(P.sectionHead, [id])).data?.verifyActivities.applied).toBe(1);
    const audits = await t.one<{ n: string }>(
      `select count(*) as n from audit_event where entity_id = ?`,
      [id],
    );
    const again = await verify(P.sectionHead, [id, id]);
    expect(again.data?.verifyActivities).toEqual({ applied: 1, failed: [] });
    expect(
      (
        await t.one<{ n: string }>(`select count(*) as n from audit_event where entity_id = ?`, [
          id,
        ])
      ).n,
    ).toBe(audits.n);

    const reject = await verify(P.sectionHead, [id, draft], 'REJECT', 'Salah input');
    expect(reject.data?.verifyActivities).toMatchObject({
      applied: 0,
      failed: [
        { entryId: id, code: 'CONFLICT' },
        { entryId: draft, code: 'CONFLICT' },
      ],
    });
    expect((await statusOf(id)).status).toBe('APPROVED');
    expect((await statusOf(draft)).status).toBe('DRAFT');
  });

  it('writes one audit event per decision with the status before and after', async () => {
    const id = await fx.entry({
      employeeId: P.peer3.id,
      date: '2026-11-19',
      start: '07:30',
      end: '08:00',
    });
    await verify(P.sectionHead, [id], 'REJECT', 'Bukan tugas jabatan');
    const events = await t.sql<{
      action: string;
      actor_id: string;
      data: Record<string, unknown>;
      request_id: string;
    }>(
      `select action, actor_id, data, request_id from audit_event where entity_type = 'ActivityEntry' and entity_id = ?`,
      [id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'activity.decide',
      actor_id: P.sectionHead.id,
      data: {
        decision: 'REJECT',
        before: { status: 'SUBMITTED' },
        after: { status: 'REJECTED', source: 'SUPERVISOR' },
        note: 'Bukan tugas jabatan',
      },
    });
    expect(events[0]!.request_id).toBeTruthy();
  });
});

describe('approveAll', () => {
  it('approves the person’s submitted entries in the range that the caller may decide, reporting the rest', async () => {
    const fresh = await fx.entry({
      employeeId: P.peer3.id,
      date: '2026-11-17',
      start: '08:00',
      end: '08:30',
    });
    const old = await fx.entry({
      employeeId: P.peer3.id,
      date: '2026-11-09',
      start: '08:00',
      end: '08:30',
      submittedAt: '2026-11-09T17:00:00+07:00',
    });
    const APPROVE_ALL = `mutation($e: ID!, $from: LocalDate!, $to: LocalDate!) {
      approveAll(employeeId: $e, from: $from, to: $to) { applied failed { entryId code } } }`;
    const vars = { e: P.peer3.id, from: '2026-11-01', to: '2026-11-17' };
    const byDivision = await t.as(P.divisionHead.nip, APPROVE_ALL, vars);
    expect(byDivision.data?.approveAll).toEqual({
      applied: 1,
      failed: [{ entryId: fresh, code: 'FORBIDDEN' }],
    });
    expect((await statusOf(old)).decision_source).toBe('ESCALATED');
    const bySection = await t.as(P.sectionHead.nip, APPROVE_ALL, vars);
    expect(bySection.data?.approveAll).toEqual({ applied: 1, failed: [] });
    expect((await statusOf(fresh)).status).toBe('APPROVED');
  });
});

describe('anomaly flags', () => {
  it('DUPLICATE_EVIDENCE: the same file (SHA-256) attached to another entry, of anyone', async () => {
    const a = await fx.entry({
      employeeId: P.peer.id,
      date: '2026-11-16',
      start: '08:00',
      end: '09:00',
    });
    const b = await fx.entry({
      employeeId: P.rehabSectionHead.id,
      date: '2026-11-16',
      start: '08:00',
      end: '09:00',
    });
    const c = await fx.entry({
      employeeId: P.peer.id,
      date: '2026-11-16',
      start: '09:00',
      end: '10:00',
    });
    await fx.evidence(P.peer.id, 'a'.repeat(64), [a]);
    await fx.evidence(P.rehabSectionHead.id, 'a'.repeat(64), [b]);
    await fx.evidence(P.peer.id, 'c'.repeat(64), [c]);
    expect((await rowOf(P.sectionHead, a))?.flags).toContain('DUPLICATE_EVIDENCE');
    expect((await rowOf(P.sosialHead, b))?.flags).toContain('DUPLICATE_EVIDENCE');
    expect((await rowOf(P.sectionHead, c))?.flags).not.toContain('DUPLICATE_EVIDENCE');
  });

  it('AT_CAP: credited minutes equal to end − start, or a day total at the daily cap', async () => {
    const capped = await fx.entry({
      employeeId: P.peer2.id,
      date: '2026-11-12',
      start: '08:00',
      end: '08:30',
      credited: 30,
    });
    const under = await fx.entry({
      employeeId: P.peer2.id,
      date: '2026-11-12',
      start: '09:00',
      end: '10:00',
      credited: 30,
    });
    expect((await rowOf(P.sectionHead, capped))?.flags).toContain('AT_CAP');
    expect((await rowOf(P.sectionHead, under))?.flags).not.toContain('AT_CAP');
    await fx.entry({
      employeeId: P.peer2.id,
      date: '2026-11-12',
      start: '10:00',
      end: '18:00',
      credited: 390,
      status: 'APPROVED',
    });
    expect((await rowOf(P.sectionHead, under))?.flags).toContain('AT_CAP');
  });

  it('LATE_LOGGED: logged more than the backdating days after the entry’s date', async () => {
    const late = await fx.entry({
      employeeId: P.peer3.id,
      date: '2026-11-11',
      createdAt: '2026-11-17T08:00:00+07:00',
      credited: 10,
    });
    const inTime = await fx.entry({
      employeeId: P.peer3.id,
      date: '2026-11-11',
      start: '10:00',
      end: '11:00',
      createdAt: '2026-11-16T23:00:00+07:00',
      credited: 10,
    });
    expect((await rowOf(P.sectionHead, late))?.flags).toEqual(['LATE_LOGGED']);
    expect((await rowOf(P.sectionHead, inTime))?.flags).toEqual([]);
  });

  it('DAY_ABOVE_USUAL: above 1.5 × the median daily total of the previous 30 days, given 5 days of data', async () => {
    const who = P.sectionHead; // decided by the division head
    const days = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29'];
    for (const date of days)
      await fx.entry({
        employeeId: who.id,
        date,
        start: '08:00',
        end: '14:00',
        credited: 200,
        status: 'APPROVED',
      });
    const big = await fx.entry({
      employeeId: who.id,
      date: '2026-11-02',
      start: '07:00',
      end: '13:00',
      credited: 301,
    });
    // Four days of history: not enough to judge.
    expect((await rowOf(P.divisionHead, big))?.flags).not.toContain('DAY_ABOVE_USUAL');
    await fx.entry({
      employeeId: who.id,
      date: '2026-10-30',
      start: '08:00',
      end: '14:00',
      credited: 200,
      status: 'APPROVED',
    });
    expect((await rowOf(P.divisionHead, big))?.flags).toContain('DAY_ABOVE_USUAL');
    // Exactly 1.5 × the median is not above it.
    const edge = await fx.entry({
      employeeId: who.id,
      date: '2026-11-03',
      start: '07:00',
      end: '13:00',
      credited: 300,
    });
    expect((await rowOf(P.divisionHead, edge))?.flags).not.toContain('DAY_ABOVE_USUAL');
  });
});

describe('the queue', () => {
  it('filters by employee, unit (and below), dates and status; groups by person and day', async () => {
    const id = await fx.entry({
      employeeId: P.peer.id,
      date: '2026-11-05',
      start: '08:00',
      end: '09:00',
      credited: 60,
    });
    await fx.entry({
      employeeId: P.peer.id,
      date: '2026-11-05',
      start: '09:00',
      end: '10:00',
      credited: 45,
      status: 'APPROVED',
    });
    const q = await queueOf(P.sectionHead, {
      employeeId: P.peer.id,
      from: '2026-11-05',
      to: '2026-11-05',
    });
    expect(q.edges.map((e) => e.node.entry.id)).toEqual([id]);
    expect(q.groups).toEqual([
      {
        employee: { id: P.peer.id },
        date: '2026-11-05',
        totalCreditedMinutes: 105,
        approvedMinutes: 45,
        pendingCount: 1,
        dailyTargetMinutes: 350,
      },
    ]);
    const [unit] = await t.sql<{ id: string }>(
      `select id from org_unit where name = 'Bidang Aplikasi Informatika'`,
    );
    const [dept] = await t.sql<{ id: string }>(
      `select id from org_unit where name = 'Dinas Sosial'`,
    );
    expect(
      (await queueOf(P.sectionHead, { unitId: unit!.id, from: '2026-11-05', to: '2026-11-05' }))
        .totalCount,
    ).toBe(1);
    expect((await queueOf(P.sectionHead, { unitId: dept!.id })).totalCount).toBe(0);
    // Decided entries: those the caller decided (or could decide).
    await verify(P.sectionHead, [id]);
    const approved = await queueOf(P.sectionHead, {
      status: 'APPROVED',
      employeeId: P.peer.id,
      from: '2026-11-05',
      to: '2026-11-05',
    });
    expect(approved.edges.map((e) => e.node.entry.id)).toContain(id);
  });

  it('pages by employee name, date and start time', async () => {
    const all = await queueOf(P.sectionHead);
    const keys = all.edges.map((e) => e.node) as unknown as {
      employee: { name: string };
      entry: { date: string };
    }[];
    const sorted = [...keys].sort(
      (a, b) =>
        a.employee.name.localeCompare(b.employee.name) || a.entry.date.localeCompare(b.entry.date),
    );
    expect(keys.map((k) => k.employee.name)).toEqual(sorted.map((k) => k.employee.name));
    const first = await t.as(P.sectionHead.nip, QUEUE, { first: 2 });
    const next = await t.as(P.sectionHead.nip, QUEUE, {
      first: 200,
      after: first.data?.verificationQueue.pageInfo.endCursor,
    });
    const ids = [...first.data!.verificationQueue.edges, ...next.data!.verificationQueue.edges].map(
      (e: { node: { entry: { id: string } } }) => e.node.entry.id,
    );
    expect(ids).toEqual(all.edges.map((e) => e.node.entry.id));
    expect(first.data?.verificationQueue.totalCount).toBe(all.totalCount);
  });

  it('costs the same number of statements for 5 rows as for 50, with every row field and the groups', async () => {
    await fx.many(P.peer2.id, 60, '2026-09-30', '2026-10-01T09:00:00+07:00');
    const FULL = `query($first: Int) { verificationQueue(first: $first) {
      totalCount edges { node { escalated decisionSource flags
        entry { id date startTime endTime creditedMinutes status submittedAt }
        employee { name nip position { name unit { name } } } item { code name } } }
      groups { employee { name } date totalCreditedMinutes pendingCount dailyTargetMinutes } } }`;
    await t.tokenOf(P.sectionHead.nip);
    const run = (first: number) =>
      t.countStatements(async () => {
        const res = await t.as(P.sectionHead.nip, FULL, { first });
        expect(res.errors).toBeUndefined();
        expect(res.data?.verificationQueue.edges).toHaveLength(first);
      });
    const small = await run(5);
    const large = await run(50);
    expect(large.count).toBe(small.count);
  });
});

describe('the queue’s people and ids (select all without loading every row)', () => {
  const PEOPLE = `query($filter: VerificationQueueFilter) {
    verificationQueuePeople(filter: $filter) {
      employee { id name } count escalatedCount firstDate lastDate } }`;
  const IDS = `query($filter: VerificationQueueFilter) { verificationQueueEntryIds(filter: $filter) }`;
  const RANGE = { from: '2026-10-12', to: '2026-10-16' };
  type PersonRow = {
    employee: { id: string; name: string };
    count: number;
    escalatedCount: number;
    firstDate: string;
    lastDate: string;
  };
  const peopleOf = async (who: Person, filter: Record<string, unknown>) => {
    const res = await t.as(who.nip, PEOPLE, { filter });
    expect(res.errors).toBeUndefined();
    return res.data!.verificationQueuePeople as PersonRow[];
  };
  const idsOf = async (who: Person, filter: Record<string, unknown>) => {
    const res = await t.as(who.nip, IDS, { filter });
    expect(res.errors).toBeUndefined();
    return res.data!.verificationQueueEntryIds as string[];
  };
  let fixtures: { peerOld: string; peerFresh: string; peer3: string };

  beforeAll(async () => {
    fixtures = {
      peerOld: await fx.entry({
        employeeId: P.peer.id,
        date: '2026-10-12',
        start: '06:00',
        end: '06:30',
        submittedAt: '2026-10-12T17:00:00+07:00',
      }),
      peerFresh: await fx.entry({
        employeeId: P.peer.id,
        date: '2026-10-16',
        start: '06:00',
        end: '06:30',
        submittedAt: '2026-11-19T17:00:00+07:00',
      }),
      peer3: await fx.entry({
        employeeId: P.peer3.id,
        date: '2026-10-14',
        start: '06:00',
        end: '06:30',
        submittedAt: '2026-11-19T17:00:00+07:00',
      }),
    };
  });

  it('lists the people of the filter with their counts, ignoring its employee, as the queue counts them', async () => {
    const queue = await queueOf(P.sectionHead, RANGE);
    const people = await peopleOf(P.sectionHead, RANGE);
    const expected = new Map<string, number>();
    for (const e of queue.edges) {
      const id = (e.node as unknown as { employee: { id: string } }).employee.id;
      expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    expect(new Map(people.map((p) => [p.employee.id, p.count]))).toEqual(expected);
    expect(people.reduce((n, p) => n + p.count, 0)).toBe(queue.totalCount);
    const names = people.map((p) => p.employee.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const peer = people.find((p) => p.employee.id === P.peer.id)!;
    expect(peer.escalatedCount).toBeGreaterThanOrEqual(1);
    expect(peer.firstDate <= '2026-10-12' && peer.lastDate >= '2026-10-16').toBe(true);
    // The person filter is ignored (so it can be changed); the others apply.
    const withPerson = await peopleOf(P.sectionHead, { ...RANGE, employeeId: P.peer.id });
    expect(withPerson).toEqual(people);
    const escalated = await peopleOf(P.sectionHead, { ...RANGE, escalatedOnly: true });
    expect(escalated.every((p) => p.count === p.escalatedCount)).toBe(true);
    expect(escalated.map((p) => p.employee.id)).toContain(P.peer.id);
    expect(escalated.map((p) => p.employee.id)).not.toContain(P.peer3.id);
    // Someone with nobody to verify has an empty queue.
    expect(await peopleOf(P.staff, RANGE)).toEqual([]);
  });

  it('answers the ids of the whole filter in the queue’s order', async () => {
    for (const filter of [
      RANGE,
      { ...RANGE, employeeId: P.peer.id },
      { ...RANGE, escalatedOnly: true },
    ]) {
      const queue = await queueOf(P.sectionHead, filter);
      expect(await idsOf(P.sectionHead, filter)).toEqual(queue.edges.map((e) => e.node.entry.id));
    }
    const peerIds = await idsOf(P.sectionHead, { ...RANGE, employeeId: P.peer.id });
    expect(peerIds).toEqual(expect.arrayContaining([fixtures.peerOld, fixtures.peerFresh]));
    expect(peerIds).not.toContain(fixtures.peer3);
    // Only what the caller may decide: the division head sees the escalated entry, not the fresh ones.
    const above = await idsOf(P.divisionHead, RANGE);
    expect(above).toContain(fixtures.peerOld);
    expect(above).not.toContain(fixtures.peerFresh);
    expect(await idsOf(P.staff, RANGE)).toEqual([]);
  });

  it('counts as escalated only what still waits: a decided entry is not escalated any more', async () => {
    const id = await fx.entry({
      employeeId: P.peer3.id,
      date: '2026-10-13',
      start: '06:00',
      end: '06:30',
      status: 'APPROVED',
      submittedAt: '2026-10-13T17:00:00+07:00',
      decidedBy: P.sectionHead.id,
      decidedAt: '2026-11-19T10:00:00+07:00',
      decisionSource: 'SUPERVISOR',
    });
    const approved = { ...RANGE, status: 'APPROVED' };
    expect(await rowOf(P.sectionHead, id, approved)).toMatchObject({ escalated: false });
    const people = await peopleOf(P.sectionHead, approved);
    expect(people.find((p) => p.employee.id === P.peer3.id)).toMatchObject({ escalatedCount: 0 });
    expect(await idsOf(P.sectionHead, approved)).toContain(id);
    expect(await idsOf(P.sectionHead, { ...approved, escalatedOnly: true })).not.toContain(id);
  });

  it('checks the filter like the queue: unknown people and reversed ranges are refused', async () => {
    const unknown = await t.as(P.sectionHead.nip, IDS, { filter: { employeeId: 'nope' } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const reversed = await t.as(P.sectionHead.nip, PEOPLE, {
      filter: { from: '2026-10-16', to: '2026-10-12' },
    });
    expect(reversed.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements whatever the number of rows and people', async () => {
    await t.tokenOf(P.sectionHead.nip);
    const small = await t.countStatements(() => idsOf(P.sectionHead, RANGE));
    const large = await t.countStatements(() => idsOf(P.sectionHead, {}));
    expect(large.count).toBe(small.count);
    const fewPeople = await t.countStatements(() =>
      peopleOf(P.sectionHead, { ...RANGE, employeeId: P.peer3.id, escalatedOnly: true }),
    );
    const manyPeople = await t.countStatements(() => peopleOf(P.sectionHead, {}));
    expect(manyPeople.count).toBe(fewPeople.count);
  });
});

describe('bulk', () => {
  it('approves 5,000 entries in one call, in a handful of statements', async () => {
    await fx.many(P.staff.id, 5000, '2026-08-31', '2026-09-01T09:00:00+07:00');
    const ids = (
      await t.sql<{ id: string }>(
        `select id from activity_entry where employee_id = ? and status = 'SUBMITTED' and date <= '2026-08-31'`,
        [P.staff.id],
      )
    ).map((r) => r.id);
    expect(ids).toHaveLength(5000);
    await t.tokenOf(P.sectionHead.nip);
    const started = performance.now();
    const { count } = await t.countStatements(async () => {
      const res = await verify(P.sectionHead, ids);
      expect(res.errors).toBeUndefined();
      expect(res.data?.verifyActivities).toEqual({ applied: 5000, failed: [] });
    });
    const ms = performance.now() - started;
    console.info(`5,000-entry approval: ${Math.round(ms)} ms, ${count} statements`);
    expect(count).toBeLessThanOrEqual(8);
    const [done] = await t.sql<{ n: number; audited: number }>(
      `select (select count(*)::int from activity_entry where id = any(?::uuid[]) and status = 'APPROVED' and decision_source = 'SUPERVISOR') as n,
              (select count(*)::int from audit_event where action = 'activity.decide' and entity_id = any(?::uuid[])) as audited`,
      [`{${ids.join(',')}}`, `{${ids.join(',')}}`],
    );
    expect(done).toEqual({ n: 5000, audited: 5000 });
  });

  it('refuses more than 10,000 ids', async () => {
    const ids = Array.from(
      { length: 10_001 },
      (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    );
    const res = await verify(P.sectionHead, ids);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('statistics', () => {
  const STATS = `query($id: ID) { verificationStats(supervisorId: $id) {
    supervisor { id } pendingCount oldestPendingSubmittedAt oldestPendingAgeDays decidedCount decidedOnTimeCount decidedOnTimePercent } }`;

  it('counts a supervisor’s backlog and the share decided by the verification deadline', async () => {
    // A fresh person under the Rehabilitasi Sosial section head keeps the numbers small and exact.
    const [worker] = await t.sql<Person>(
      `select e.id, e.nip from employee e join position p on p.id = e.position_id
        where p.parent_id = (select position_id from employee where id = ?) order by e.nip limit 1`,
      [P.rehabSectionHead.id],
    );
    await fx.entry({
      employeeId: worker!.id,
      date: '2026-11-02',
      submittedAt: '2026-11-02T17:00:00+07:00',
    });
    await fx.entry({ employeeId: worker!.id, date: '2026-11-19', start: '10:00', end: '11:00' });
    // October entries: deadline 7 November. Two on time, one late.
    for (const [start, decidedAt] of [
      ['07:00', '2026-11-07T23:00:00+07:00'],
      ['08:00', '2026-10-20T10:00:00+07:00'],
      ['09:00', '2026-11-08T08:00:00+07:00'],
    ] as const)
      await fx.entry({
        employeeId: worker!.id,
        date: '2026-10-15',
        start,
        end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`,
        status: 'APPROVED',
        decidedBy: P.rehabSectionHead.id,
        decidedAt,
        decisionSource: 'SUPERVISOR',
      });
    const res = await t.as(P.rehabSectionHead.nip, STATS, {});
    expect(res.errors).toBeUndefined();
    expect(res.data?.verificationStats).toEqual({
      supervisor: { id: P.rehabSectionHead.id },
      pendingCount: 2,
      oldestPendingSubmittedAt: '2026-11-02T10:00:00.000Z',
      oldestPendingAgeDays: 18,
      decidedCount: 3,
      decidedOnTimeCount: 2,
      decidedOnTimePercent: 66.67,
    });
  });

  it('is readable by the supervisor, those above them and executives; not by their staff or peers', async () => {
    const ok = await t.as(P.departmentHead.nip, STATS, { id: P.sectionHead.id });
    expect(ok.errors).toBeUndefined();
    expect((await t.as(P.sekda.nip, STATS, { id: P.sectionHead.id })).errors).toBeUndefined();
    const staff = await t.as(P.staff.nip, STATS, { id: P.sectionHead.id });
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const peer = await t.as(P.sosialHead.nip, STATS, { id: P.sectionHead.id });
    expect(peer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the audit log', () => {
  const AUDIT = `query($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id at action entityType entityId actor { id } data } } } }`;

  it('agency admins search it, newest first, page by page; staff may not', async () => {
    const filter = {
      action: 'activity.decide',
      actorId: P.sectionHead.id,
      from: '2026-11-20',
      to: '2026-11-20',
    };
    const first = await t.as(P.admin.nip, AUDIT, { filter, first: 3 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.auditEvents;
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges[0].node).toMatchObject({
      action: 'activity.decide',
      actor: { id: P.sectionHead.id },
    });
    const second = await t.as(P.admin.nip, AUDIT, {
      filter,
      first: 3,
      after: page1.pageInfo.endCursor,
    });
    const seen = new Set(page1.edges.map((e: { node: { id: string } }) => e.node.id));
    for (const e of second.data!.auditEvents.edges) expect(seen.has(e.node.id)).toBe(false);

    const staff = await t.as(P.staff.nip, AUDIT, {});
    expect(staff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('a department admin sees only events about their department', async () => {
    const [dinasPendidikanAdmin] = await t.sql<Person>(
      `select id, nip from employee where 'DEPARTMENT_ADMIN' = any(roles) limit 1`,
    );
    // An entry of someone in their department, and the event of deciding it.
    const [teacher] = await t.sql<Person>(
      `with recursive below(id) as (
         select admin_unit_id from employee where id = ?
         union select o.id from below b join org_unit o on o.parent_id = b.id
       )
       select e.id, e.nip from employee e join position p on p.id = e.position_id
        where p.unit_id in (select id from below) and p.parent_id is not null order by e.nip limit 1`,
      [dinasPendidikanAdmin!.id],
    );
    const entry = await fx.entry({
      employeeId: teacher!.id,
      date: '2026-11-19',
      status: 'APPROVED',
    });
    await t.sql(
      `insert into audit_event (agency_id, id, actor_id, action, entity_type, entity_id, data)
       values (?, gen_random_uuid(), null, 'activity.decide', 'ActivityEntry', ?, '{}')`,
      [fx.agencyId, entry],
    );
    const res = await t.as(dinasPendidikanAdmin!.nip, AUDIT, {
      filter: { action: 'activity.decide' },
      first: 50,
    });
    expect(res.errors).toBeUndefined();
    // The Kominfo decisions of the other tests are not theirs to see.
    expect(
      res.data?.auditEvents.edges.map((e: { node: { entityId: string } }) => e.node.entityId),
    ).toEqual([entry]);
  });
});
