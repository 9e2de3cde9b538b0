/**
 * Reminders and notifications on the demo city (no history: only what each test writes): each
 * trigger's recipients, params and link, its silence on a holiday, after the task is done and
 * when the preference is off; ENTRIES_RETURNED from a real return decision; the GraphQL API
 * (paging, unread count, marking read, preferences, privacy, languages, statement count).
 *
 * Dates: Wednesday 2 December 2026 is an ordinary working day; Thursday 24 and Friday 25
 * December are collective leave and Christmas (seeded holidays).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryFixtures } from '../../../test/entry-fixtures.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { NotificationKind } from './notifications.enums.js';
import {
  dayNotSubmitted,
  entriesReturned,
  queueNearEscalation,
  tasksDue,
  weeklyDigest,
} from './triggers.js';

const TZ = 'Asia/Jakarta';
const WEDNESDAY = '2026-12-02';
const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

let t: TestApp;
let fx: EntryFixtures;
let agencyId: string;
const id: Record<keyof typeof persona | 'peer', string> = {} as never;

const em = () => t.orm.em.fork();

interface NotificationRow {
  recipient_id: string;
  kind: string;
  app: string;
  params: Record<string, any>;
  link: string | null;
  dedupe_key: string;
  in_app: boolean;
  email_state: string | null;
}

function rowsOf(kind: NotificationKind, recipientId?: string): Promise<NotificationRow[]> {
  return t.sql<NotificationRow & Record<string, any>>(
    `select recipient_id, kind, app, params, link, dedupe_key, in_app, email_state
       from notification where kind = ? ${recipientId ? 'and recipient_id = ?' : ''}
      order by created_at, id`,
    recipientId ? [kind, recipientId] : [kind],
  );
}

async function clear(): Promise<void> {
  await t.sql('delete from notification');
  await t.sql('delete from notification_preference');
}

const SET_PREFS = `mutation($input: [NotificationPreferenceInput!]!) {
  setNotificationPreferences(input: $input) { preferences { kind inApp email applies } emailAvailable emailAddress } }`;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-12-02T19:00:00+07:00' });
  const agency = await t.one<{ id: string }>(`select id from agency limit 1`);
  agencyId = agency.id;
  fx = new EntryFixtures(t.sql, agencyId);
  for (const [k, nip] of Object.entries(persona)) id[k as keyof typeof persona] = await t.idOf(nip);
  // Another member of the staff's section (same supervisor).
  const peer = await t.one<{ id: string }>(
    `select e.id from employee e
       join position p on p.agency_id = e.agency_id and p.id = e.position_id
      where e.active and e.id <> ? and p.parent_id =
            (select p2.parent_id from employee s join position p2 on p2.agency_id = s.agency_id and p2.id = s.position_id where s.id = ?)
      order by e.nip limit 1`,
    [id.staff, id.staff],
  );
  id.peer = peer.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('DAY_NOT_SUBMITTED', () => {
  it('reminds, once, everyone whose working day ended without a submitted entry', async () => {
    await clear();
    await fx.entry({ employeeId: id.sectionHead, date: WEDNESDAY, status: 'SUBMITTED' });
    await fx.entry({ employeeId: id.peer, date: WEDNESDAY, status: 'DRAFT' });
    const first = await dayNotSubmitted(em(), agencyId, WEDNESDAY, at(WEDNESDAY, '18:00'), TZ);
    expect(first.created).toBeGreaterThan(10);
    const [staff] = await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff);
    expect(staff).toMatchObject({
      app: 'EMPLOYEE',
      params: { date: WEDNESDAY },
      link: `/day/${WEDNESDAY}`,
      dedupe_key: WEDNESDAY,
      in_app: true,
      email_state: null, // email is off by default for this kind
    });
    // a draft is not a submitted day; a submitted entry is
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.peer)).toHaveLength(1);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.sectionHead)).toHaveLength(0);
    // the second run (or a second process) creates nothing
    const again = await dayNotSubmitted(em(), agencyId, WEDNESDAY, at(WEDNESDAY, '18:00'), TZ);
    expect(again.created).toBe(0);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff)).toHaveLength(1);
  });

  it('is silent before the working day ends, on a holiday or weekend, and on a day of leave', async () => {
    await clear();
    const early = await dayNotSubmitted(em(), agencyId, WEDNESDAY, at(WEDNESDAY, '12:00'), TZ);
    expect(early.created).toBe(0);
    for (const date of ['2026-12-25', '2026-12-24']) {
      const r = await dayNotSubmitted(em(), agencyId, date, at(date, '20:00'), TZ);
      expect(r.created, date).toBe(0);
    }
    // Saturday: a working day only for those whose pattern says so (six-day schools and the like)
    await dayNotSubmitted(em(), agencyId, '2026-12-05', at('2026-12-05', '20:00'), TZ);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff)).toHaveLength(0);
    await clear();
    await t.sql(
      `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, status, submitted_at, reason)
       values (?, gen_random_uuid(), ?, 'ANNUAL', '2026-12-03', '2026-12-04', 'APPROVED', now(), 'Keperluan keluarga')`,
      [agencyId, id.staff],
    );
    await dayNotSubmitted(em(), agencyId, '2026-12-03', at('2026-12-03', '20:00'), TZ);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff)).toHaveLength(0);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.peer)).toHaveLength(1);
    await t.sql(`delete from leave_request where employee_id = ? and start_date = '2026-12-03'`, [
      id.staff,
    ]);
  });

  it('follows the roster: a night shift is reminded after it ends, a rostered day off never', async () => {
    await clear();
    const unit = await t.one<{ unit_id: string }>(
      `select p.unit_id from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.id = ?`,
      [id.staff],
    );
    const shift = await t.one<{ id: string }>(
      `insert into shift_pattern (agency_id, id, unit_id, code, name, start_time, end_time)
       values (?, gen_random_uuid(), ?, 'M', 'Malam', '21:00', '07:00') returning id`,
      [agencyId, unit.unit_id],
    );
    await t.sql(
      `insert into roster_cell (agency_id, employee_id, date, unit_id, shift_id)
       values (?, ?, ?, ?, ?), (?, ?, ?, ?, null)`,
      [
        agencyId,
        id.staff,
        WEDNESDAY,
        unit.unit_id,
        shift.id,
        agencyId,
        id.peer,
        WEDNESDAY,
        unit.unit_id,
      ],
    );
    await dayNotSubmitted(em(), agencyId, WEDNESDAY, at(WEDNESDAY, '18:00'), TZ);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff)).toHaveLength(0);
    // the morning run after: the night shift has ended at 07:00
    await dayNotSubmitted(em(), agencyId, WEDNESDAY, at('2026-12-03', '07:00'), TZ);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff)).toHaveLength(1);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.peer)).toHaveLength(0);
    await t.sql(`delete from roster_cell where date = ?`, [WEDNESDAY]);
    await t.sql(`delete from shift_pattern where id = ?`, [shift.id]);
  });

  it('respects the preference: no row when in-app is off and email is off', async () => {
    await clear();
    const r = await t.as(persona.staff, SET_PREFS, {
      input: [{ kind: 'DAY_NOT_SUBMITTED', inApp: false, email: false }],
    });
    expect(r.errors).toBeUndefined();
    await dayNotSubmitted(em(), agencyId, WEDNESDAY, at(WEDNESDAY, '18:00'), TZ);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.staff)).toHaveLength(0);
    expect(await rowsOf(NotificationKind.DAY_NOT_SUBMITTED, id.peer)).toHaveLength(1);
  });
});

const VERIFY = `mutation($input: VerifyActivitiesInput!) {
  verifyActivities(input: $input) { applied failed { entryId code } } }`;

describe('ENTRIES_RETURNED', () => {
  it('one notification per employee per returning decision, in the same transaction', async () => {
    await clear();
    await t.sql(`update employee set email = null where id = ?`, [id.staff]);
    const staffEntries = [
      await fx.entry({ employeeId: id.staff, date: '2026-11-30', start: '08:00', end: '09:00' }),
      await fx.entry({ employeeId: id.staff, date: '2026-11-30', start: '09:00', end: '10:00' }),
      await fx.entry({ employeeId: id.staff, date: '2026-12-01' }),
    ];
    const peerEntry = await fx.entry({ employeeId: id.peer, date: '2026-12-01' });
    const r = await t.as(persona.sectionHead, VERIFY, {
      input: { entryIds: [...staffEntries, peerEntry], decision: 'RETURN', note: 'Lengkapi bukti' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.verifyActivities).toEqual({ applied: 4, failed: [] });
    const staff = await rowsOf(NotificationKind.ENTRIES_RETURNED, id.staff);
    expect(staff).toHaveLength(1);
    const sectionHead = await t.one<{ name: string }>(`select name from employee where id = ?`, [
      id.sectionHead,
    ]);
    expect(staff[0]).toMatchObject({
      app: 'EMPLOYEE',
      link: '/day/2026-11-30',
      params: { count: 3, dates: ['2026-11-30', '2026-12-01'], by: sectionHead.name },
      email_state: null, // no address on file
    });
    expect(await rowsOf(NotificationKind.ENTRIES_RETURNED, id.peer)).toHaveLength(1);

    // approving creates nothing; a second returning decision is a new notification
    const another = await fx.entry({ employeeId: id.staff, date: '2026-12-02' });
    const approved = await fx.entry({
      employeeId: id.staff,
      date: '2026-12-02',
      start: '10:00',
      end: '11:00',
    });
    await t.as(persona.sectionHead, VERIFY, {
      input: { entryIds: [approved], decision: 'APPROVE' },
    });
    expect(await rowsOf(NotificationKind.ENTRIES_RETURNED, id.staff)).toHaveLength(1);
    await t.as(persona.sectionHead, VERIFY, {
      input: { entryIds: [another], decision: 'RETURN', note: 'Jam salah' },
    });
    const now = await rowsOf(NotificationKind.ENTRIES_RETURNED, id.staff);
    expect(now).toHaveLength(2);
    expect(now[1]!.params).toMatchObject({ count: 1, dates: ['2026-12-02'] });
  });

  it('queues an email when the employee wants it and has an address', async () => {
    await clear();
    await t.sql(`update employee set email = 'staf@example.go.id' where id = ?`, [id.staff]);
    const e = await fx.entry({
      employeeId: id.staff,
      date: '2026-12-01',
      start: '13:00',
      end: '14:00',
    });
    await entriesReturned(em(), agencyId, id.sectionHead, [e], 'nothing-returned-yet');
    expect(await rowsOf(NotificationKind.ENTRIES_RETURNED, id.staff)).toHaveLength(0);
    await t.as(persona.sectionHead, VERIFY, {
      input: { entryIds: [e], decision: 'RETURN', note: 'Perbaiki' },
    });
    const [row] = await rowsOf(NotificationKind.ENTRIES_RETURNED, id.staff);
    expect(row!.email_state).toBe('PENDING');
    // email only: the in-app channel off still carries the email
    await t.as(persona.staff, SET_PREFS, {
      input: [{ kind: 'ENTRIES_RETURNED', inApp: false, email: true }],
    });
    const e2 = await fx.entry({
      employeeId: id.staff,
      date: '2026-12-01',
      start: '14:00',
      end: '15:00',
    });
    await t.as(persona.sectionHead, VERIFY, {
      input: { entryIds: [e2], decision: 'RETURN', note: 'Perbaiki' },
    });
    const rows = await rowsOf(NotificationKind.ENTRIES_RETURNED, id.staff);
    expect(rows[1]).toMatchObject({ in_app: false, email_state: 'PENDING' });
    await t.sql(`update employee set email = null where id = ?`, [id.staff]);
  });
});

describe('TASKS_DUE', () => {
  // November's tasks are due on 5 December (the policy's day): reminded on Thursday 3 December.
  const TODAY = '2026-12-03';

  it('lists each person’s monthly tasks not done, two days before they are due', async () => {
    await clear();
    const q = await t.one<{ id: string }>(
      `insert into questionnaire (agency_id, id, title, period, deadline, status, audience, opened_at)
       values (?, gen_random_uuid(), 'Kepuasan layanan internal', '2026-11', '2026-12-05', 'OPEN', 'ALL', now())
       returning id`,
      [agencyId],
    );
    await t.sql(
      `insert into performance_plan (agency_id, id, employee_id, year, status, submitted_at)
       values (?, gen_random_uuid(), ?, 2026, 'APPROVED', now())
       on conflict (agency_id, employee_id, year) do update set status = 'APPROVED', submitted_at = now()`,
      [agencyId, id.peer],
    );
    const r = await tasksDue(em(), agencyId, TODAY);
    expect(r.created).toBeGreaterThan(10);
    const [peer] = await rowsOf(NotificationKind.TASKS_DUE, id.peer);
    expect(peer!.params.tasks).toContainEqual({ task: 'IKI' });
    const [staff] = await rowsOf(NotificationKind.TASKS_DUE, id.staff);
    expect(staff).toMatchObject({ app: 'EMPLOYEE', link: '/tasks', dedupe_key: 'due:2026-12-05' });
    expect(staff!.params).toMatchObject({ dueDate: '2026-12-05', period: '2026-11' });
    const tasks = staff!.params.tasks as { task: string }[];
    expect(tasks).toContainEqual({ task: 'REVIEW' });
    expect(tasks).toContainEqual({
      task: 'QUESTIONNAIRE',
      title: 'Kepuasan layanan internal',
      questionnaireId: q.id,
    });
    // not due in two days: nothing
    await clear();
    expect((await tasksDue(em(), agencyId, '2026-12-02')).created).toBe(0);
    await t.sql(`delete from questionnaire where id = ?`, [q.id]);
  });

  it('is silent once the tasks are done, and on a holiday', async () => {
    await clear();
    // the staff rates themself and their supervisor: their 360° tasks are done
    for (const ratee of [id.staff, id.sectionHead])
      await t.sql(
        `insert into behaviour_review (agency_id, id, month, rater_id, ratee_id, kind, scores)
         values (?, gen_random_uuid(), '2026-11', ?, ?, ?::rater_kind, '{7,7,7,7,7,7,7}')`,
        [agencyId, id.staff, ratee, ratee === id.staff ? 'SELF' : 'SUBORDINATE'],
      );
    await t.sql(
      `update peer_ranking_assignment set submitted_at = now(), ordered_ids = coworker_ids
        where rater_id = ? and month = '2026-11'`,
      [id.staff],
    );
    const plan = await t.sql<{ id: string }>(
      `select id from performance_plan where employee_id = ? and year = 2026 and status = 'APPROVED'`,
      [id.staff],
    );
    if (plan[0])
      await t.sql(
        `insert into iki_report (agency_id, id, employee_id, plan_id, month, status, submitted_at)
         values (?, gen_random_uuid(), ?, ?, '2026-11', 'SUBMITTED', now())`,
        [agencyId, id.staff, plan[0].id],
      );
    await tasksDue(em(), agencyId, TODAY);
    expect(await rowsOf(NotificationKind.TASKS_DUE, id.staff)).toHaveLength(0);
    expect(await rowsOf(NotificationKind.TASKS_DUE, id.peer)).toHaveLength(1);

    await clear();
    await t.sql(
      `insert into holiday (agency_id, date, name, kind) values (?, ?, 'Libur uji', 'NATIONAL')`,
      [agencyId, TODAY],
    );
    expect((await tasksDue(em(), agencyId, TODAY)).created).toBe(0);
    await t.sql(`delete from holiday where agency_id = ? and date = ?`, [agencyId, TODAY]);
  });
});

describe('QUEUE_NEAR_ESCALATION', () => {
  const TODAY = '2026-12-09';

  it('tells the supervisor of entries escalating on the next working day', async () => {
    await clear();
    const { days } = await t.one<{ days: number }>(
      `select escalation_working_days as days from performance_policy where agency_id = ?
        order by effective_from desc limit 1`,
      [agencyId],
    );
    // the latest submission dates that have waited limit - 1 and limit - 2 working days
    const dateAfter = async (n: number) =>
      (
        await t.one<{ d: string }>(
          `select to_char(max(d), 'YYYY-MM-DD') as d
             from generate_series(?::date - 40, ?::date, interval '1 day') as g(d)
            where working_days_between(?, d::date, ?::date) = ?`,
          [TODAY, TODAY, agencyId, TODAY, n],
        )
      ).d;
    const near = await dateAfter(days - 1);
    const notYet = await dateAfter(days - 2);
    for (const [date, employeeId] of [
      [near, id.staff],
      [near, id.peer],
      [notYet, id.staff],
    ] as const)
      await fx.entry({ employeeId, date, submittedAt: `${date}T17:00:00+07:00` });
    await queueNearEscalation(em(), agencyId, TODAY, TZ);
    const rows = await rowsOf(NotificationKind.QUEUE_NEAR_ESCALATION);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient_id: id.sectionHead,
      app: 'SUPERVISOR',
      link: '/decisions/performance',
      params: { count: 2, oldestDate: near, escalatesOn: '2026-12-10' },
    });
    // decided: nothing to remind of the next time
    await clear();
    await t.sql(`update activity_entry set status = 'APPROVED' where employee_id in (?, ?)`, [
      id.staff,
      id.peer,
    ]);
    expect((await queueNearEscalation(em(), agencyId, TODAY, TZ)).created).toBe(0);
  });
});

describe('WEEKLY_DIGEST', () => {
  const MONDAY = '2026-12-07';

  it('gives department heads their department’s backlog and executives the agency’s', async () => {
    await clear();
    await t.sql(`delete from activity_entry`);
    await t.sql(`update leave_request set status = 'CANCELLED' where status = 'PENDING'`);
    await t.sql(`update iki_report set status = 'APPROVED' where status = 'SUBMITTED'`);
    await t.sql(
      `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, status, submitted_at, reason)
       values (?, gen_random_uuid(), ?, 'ANNUAL', '2026-12-14', '2026-12-14', 'PENDING', now(), 'Keperluan keluarga')`,
      [agencyId, id.peer],
    );
    await fx.entry({ employeeId: id.staff, date: '2026-12-01' });
    await fx.entry({ employeeId: id.peer, date: '2026-12-02' });
    await fx.entry({
      employeeId: id.staff,
      date: '2026-11-10',
      submittedAt: '2026-11-10T17:00:00+07:00',
    });
    await weeklyDigest(em(), agencyId, MONDAY, TZ);
    const [head] = await rowsOf(NotificationKind.WEEKLY_DIGEST, id.departmentHead);
    expect(head).toMatchObject({
      app: 'SUPERVISOR',
      link: '/performance',
      dedupe_key: `week:${MONDAY}`,
    });
    expect(head!.params).toMatchObject({
      weekOf: MONDAY,
      pendingEntries: 3,
      overdueEntries: 1,
      pendingLeave: 1,
      pendingIki: 0,
    });
    expect(head!.params.scope).toMatch(/Komunikasi|Kominfo/);
    const [sekda] = await rowsOf(NotificationKind.WEEKLY_DIGEST, id.sekda);
    expect(sekda!.params).toMatchObject({ pendingEntries: 3, overdueEntries: 1 });
    expect(await rowsOf(NotificationKind.WEEKLY_DIGEST, id.staff)).toHaveLength(0);
    expect(await rowsOf(NotificationKind.WEEKLY_DIGEST, id.sectionHead)).toHaveLength(0);
  });
});

const PAGE = `query($first: Int, $after: String, $unreadOnly: Boolean, $app: NotificationApp) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly, app: $app) {
    items { id kind title body app link createdAt readAt } unreadCount nextCursor } }`;

describe('the GraphQL API', () => {
  async function seed(recipientId: string, n: number): Promise<void> {
    await t.sql(
      `insert into notification (agency_id, id, recipient_id, kind, app, params, link, dedupe_key, created_at)
       select ?, gen_random_uuid(), ?, 'DAY_NOT_SUBMITTED', 'EMPLOYEE',
              jsonb_build_object('date', to_char(date '2026-10-01' + i, 'YYYY-MM-DD')),
              '/day/' || to_char(date '2026-10-01' + i, 'YYYY-MM-DD'), 'seed-' || i,
              timestamptz '2026-11-01 08:00+07' + i * interval '1 hour'
         from generate_series(1, ?) as i`,
      [agencyId, recipientId, n],
    );
  }

  it('pages newest first, counts unread, marks read, and never shows others’ notifications', async () => {
    await clear();
    await seed(id.staff, 25);
    await seed(id.peer, 3);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r: any = await t.as(persona.staff, PAGE, { first: 10, after });
      expect(r.errors).toBeUndefined();
      expect(r.data.notifications.unreadCount).toBe(25);
      seen.push(...r.data.notifications.items.map((i: { id: string }) => i.id));
      after = r.data.notifications.nextCursor;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const first: any = await t.as(persona.staff, PAGE, { first: 2 });
    expect(first.data.notifications.items[0]).toMatchObject({
      kind: 'DAY_NOT_SUBMITTED',
      app: 'EMPLOYEE',
      link: '/day/2026-10-26',
      title: 'Aktivitas 26 Oktober 2026 belum dikirim',
      readAt: null,
    });
    const en: any = await t.as(persona.staff, PAGE, { first: 1 }, { lang: 'en-US,en;q=0.9' });
    expect(en.data.notifications.items[0].title).toBe(
      'Activities of 26 October 2026 not submitted',
    );

    // marking: only the caller's own ids count
    const peerIds = (
      await t.sql<{ id: string }>(`select id from notification where recipient_id = ?`, [id.peer])
    ).map((r) => r.id);
    const mine = seen.slice(0, 3);
    const marked = await t.as(
      persona.staff,
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      {
        ids: [...mine, ...peerIds],
      },
    );
    expect(marked.data).toEqual({ markNotificationsRead: 22 });
    const peerUnread = await t.one<{ n: number }>(
      `select count(*)::int as n from notification where recipient_id = ? and read_at is null`,
      [id.peer],
    );
    expect(peerUnread.n).toBe(3);
    const unreadOnly: any = await t.as(persona.staff, PAGE, { first: 100, unreadOnly: true });
    expect(unreadOnly.data.notifications.items).toHaveLength(22);
    const count = await t.as(persona.staff, `{ unreadNotificationCount }`);
    expect(count.data).toEqual({ unreadNotificationCount: 22 });
    const supervisorApp = await t.as(persona.staff, `{ unreadNotificationCount(app: SUPERVISOR) }`);
    expect(supervisorApp.data).toEqual({ unreadNotificationCount: 0 });
    const all = await t.as(persona.staff, `mutation { markNotificationsRead }`);
    expect(all.data).toEqual({ markNotificationsRead: 0 });

    // the peer's list holds only the peer's
    const peer: any = await t.as(persona.sectionHead, PAGE, {});
    expect(peer.data.notifications.items).toHaveLength(0);
    const anonymous = await t.gql(PAGE, {});
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const tooMany = await t.as(persona.staff, PAGE, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.as(persona.staff, PAGE, { after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reads the list in a fixed number of statements, whatever its length', async () => {
    await clear();
    await seed(id.staff, 2);
    await t.as(persona.staff, PAGE, { first: 50 }); // signs in first
    const few = await t.countStatements(() => t.as(persona.staff, PAGE, { first: 50 }));
    await t.sql(
      `insert into notification (agency_id, id, recipient_id, kind, app, params, link, dedupe_key)
       select ?, gen_random_uuid(), ?, 'ENTRIES_RETURNED', 'EMPLOYEE',
              jsonb_build_object('count', 2, 'dates', jsonb_build_array('2026-11-30'), 'by', 'Atasan'),
              '/day/2026-11-30', 'many-' || i
         from generate_series(1, 40) as i`,
      [agencyId, id.staff],
    );
    const many = await t.countStatements(() => t.as(persona.staff, PAGE, { first: 50 }));
    expect(many.count).toBe(few.count);
    expect(few.count).toBeLessThanOrEqual(3);
  });

  it('gets and sets preferences, with defaults and what applies to the caller', async () => {
    await clear();
    const SETTINGS = `{ notificationSettings { preferences { kind inApp email applies } emailAvailable emailAddress } }`;
    const staff: any = await t.as(persona.staff, SETTINGS);
    expect(staff.data.notificationSettings).toEqual({
      emailAvailable: false,
      emailAddress: null,
      preferences: [
        { kind: 'DAY_NOT_SUBMITTED', inApp: true, email: false, applies: true },
        { kind: 'ENTRIES_RETURNED', inApp: true, email: true, applies: true },
        { kind: 'TASKS_DUE', inApp: true, email: true, applies: true },
        { kind: 'QUEUE_NEAR_ESCALATION', inApp: true, email: false, applies: false },
        { kind: 'WEEKLY_DIGEST', inApp: true, email: true, applies: false },
      ],
    });
    const head: any = await t.as(persona.sectionHead, SETTINGS);
    const applies = (r: any, kind: string) =>
      r.data.notificationSettings.preferences.find((p: any) => p.kind === kind).applies;
    expect(applies(head, 'QUEUE_NEAR_ESCALATION')).toBe(true);
    expect(applies(head, 'WEEKLY_DIGEST')).toBe(false);
    expect(applies(await t.as(persona.departmentHead, SETTINGS), 'WEEKLY_DIGEST')).toBe(true);
    expect(applies(await t.as(persona.sekda, SETTINGS), 'WEEKLY_DIGEST')).toBe(true);

    const set: any = await t.as(persona.staff, SET_PREFS, {
      input: [
        { kind: 'TASKS_DUE', inApp: false, email: false },
        { kind: 'DAY_NOT_SUBMITTED', inApp: true, email: true },
      ],
    });
    expect(set.errors).toBeUndefined();
    const prefs = set.data.setNotificationPreferences.preferences;
    expect(prefs.find((p: any) => p.kind === 'TASKS_DUE')).toMatchObject({
      inApp: false,
      email: false,
    });
    expect(prefs.find((p: any) => p.kind === 'DAY_NOT_SUBMITTED')).toMatchObject({
      inApp: true,
      email: true,
    });
    // only the caller's preferences changed
    const other: any = await t.as(persona.sectionHead, SETTINGS);
    expect(other.data.notificationSettings.preferences[2]).toMatchObject({
      kind: 'TASKS_DUE',
      inApp: true,
    });
    const twice = await t.as(persona.staff, SET_PREFS, {
      input: [
        { kind: 'TASKS_DUE', inApp: true, email: true },
        { kind: 'TASKS_DUE', inApp: false, email: true },
      ],
    });
    expect(twice.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('renders each kind in Indonesian and English', async () => {
    await clear();
    await t.sql(
      `insert into notification (agency_id, id, recipient_id, kind, app, params, link, dedupe_key, created_at)
       values (?, gen_random_uuid(), ?, 'TASKS_DUE', 'EMPLOYEE',
               '{"dueDate":"2026-12-05","period":"2026-11","tasks":[{"task":"IKI"},{"task":"QUESTIONNAIRE","title":"Survei","questionnaireId":"x"}]}',
               '/tasks', 'a', now() - interval '3 minutes'),
              (?, gen_random_uuid(), ?, 'QUEUE_NEAR_ESCALATION', 'SUPERVISOR',
               '{"count":2,"oldestDate":"2026-12-01","escalatesOn":"2026-12-10"}', '/decisions/performance', 'b', now() - interval '2 minutes'),
              (?, gen_random_uuid(), ?, 'WEEKLY_DIGEST', 'SUPERVISOR',
               '{"scope":"Dinas Uji","weekOf":"2026-12-07","pendingEntries":12,"overdueEntries":3,"pendingLeave":2,"pendingIki":1}',
               '/performance', 'c', now() - interval '1 minute')`,
      [agencyId, id.departmentHead, agencyId, id.departmentHead, agencyId, id.departmentHead],
    );
    const idn: any = await t.as(persona.departmentHead, PAGE, {});
    const [digest, queue, tasks] = idn.data.notifications.items;
    expect(digest.title).toBe('Ringkasan mingguan Dinas Uji (minggu 7 Desember 2026)');
    expect(digest.body).toContain('Aktivitas menunggu verifikasi: 12 (melewati batas: 3)');
    expect(queue.body).toContain('10 Desember 2026');
    expect(tasks.body).toBe(
      'Belum selesai, batas 5 Desember 2026: laporan IKI November 2026 dan kuesioner “Survei”.',
    );
    const en: any = await t.as(persona.departmentHead, PAGE, { app: 'SUPERVISOR' }, { lang: 'en' });
    expect(en.data.notifications.items).toHaveLength(2);
    expect(en.data.notifications.items[0].body).toContain(
      'Activities awaiting verification: 12 (overdue: 3)',
    );
    expect(en.data.notifications.items[1].title).toBe('2 activities in your queue escalate soon');
  });
});
