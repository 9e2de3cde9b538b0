/**
 * Delivery: an in-process SMTP server (smtp-server) receives what the job queue (pg-boss on the
 * test database) sends; two job queues on the same database run a job once and send each email
 * once; the reminder schedules are stored per time zone.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryFixtures } from '../../../test/entry-fixtures.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { EVENING_CRON, JobQueue, MORNING_CRON, reminderQueue } from '../../jobs/job-queue.js';

const TZ = 'Asia/Jakarta';
const PUBLIC_URL = 'https://kinerja.example.go.id';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  subject: string;
  text: string;
}

let t: TestApp;
let smtp: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];
const queues: JobQueue[] = [];
const runs: string[] = [];

/** The plain-text part of a message nodemailer wrote (quoted-printable or 7bit). */
function parse(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '';
  let body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    body = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < body.length; i++) {
      const hex = body.slice(i + 1, i + 3);
      if (body[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(...Buffer.from(body[i]!, 'utf8'));
    }
    body = Buffer.from(bytes).toString('utf8');
  }
  return { subject, text: body.replace(/\r\n/g, '\n') };
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function startQueue(options: { schedule?: boolean; now?: string } = {}): Promise<JobQueue> {
  const queue = JobQueue.start({
    url: t.url,
    orm: t.orm,
    config: {
      smtp: { url: smtpUrl, from: 'Kinerja <kinerja@example.go.id>' },
      publicUrl: PUBLIC_URL,
    },
    log: {
      info: (obj, msg) => {
        if (msg === 'reminders') runs.push(JSON.stringify(obj));
      },
      error: () => {},
    },
    schedule: options.schedule ?? false,
    now: options.now ? () => new Date(options.now!) : undefined,
    pollingIntervalSeconds: 0.5,
  });
  return queue.then((q) => {
    queues.push(q);
    return q;
  });
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-12-02T19:00:00+07:00' });
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'kinerja' && auth.password === 'rahasia')
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const { subject, text } = parse(Buffer.concat(chunks).toString('utf8'));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          subject,
          text,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  smtpUrl = `smtp://kinerja:rahasia@127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  for (const q of queues) await q.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await t?.close();
});

describe('email', () => {
  it('sends a returned-entries notification through the job queue to the SMTP server', async () => {
    const queue = await startQueue();
    const agencyId = (await t.one<{ id: string }>(`select id from agency limit 1`)).id;
    const fx = new EntryFixtures(t.sql, agencyId);
    const staffId = await t.idOf(persona.staff);
    await t.sql(`update employee set email = 'staf.kominfo@example.go.id' where id = ?`, [staffId]);
    const entry = await fx.entry({ employeeId: staffId, date: '2026-12-01' });
    const r = await t.as(
      persona.sectionHead,
      `mutation($input: VerifyActivitiesInput!) { verifyActivities(input: $input) { applied } }`,
      { input: { entryIds: [entry], decision: 'RETURN', note: 'Lengkapi bukti' } },
    );
    expect(r.data).toEqual({ verifyActivities: { applied: 1 } });
    // the request only wrote the outbox; the dispatcher queues it, a worker sends it
    expect(received).toHaveLength(0);
    expect(await queue.dispatchEmails()).toBe(1);
    await until('the email', () => received.length === 1);
    const [mail] = received;
    expect(mail).toMatchObject({
      from: 'kinerja@example.go.id',
      to: ['staf.kominfo@example.go.id'],
      user: 'kinerja',
      subject: '1 aktivitas dikembalikan untuk diperbaiki',
    });
    expect(mail!.text).toContain('mengembalikan 1 aktivitas Anda (tanggal 1 Desember 2026)');
    expect(mail!.text).toContain(`Buka Kinerja: ${PUBLIC_URL}/employee/day/2026-12-01`);
    expect(mail!.text).toContain('1 activities returned for revision');
    await until('SENT', async () => {
      const row = await t.one<{ email_state: string }>(
        `select email_state from notification where recipient_id = ? and kind = 'ENTRIES_RETURNED'`,
        [staffId],
      );
      return row.email_state === 'SENT';
    });
    // dispatching again finds nothing
    expect(await queue.dispatchEmails()).toBe(0);
  }, 60_000);
});

describe('several API processes', () => {
  it('run a queued reminder job once, and send each email once', async () => {
    // The earlier test's queue (on today's real clock) must not take this job.
    for (const q of queues.splice(0)) await q.stop();
    const now = '2026-12-02T18:30:00+07:00';
    const a = await startQueue({ now });
    const b = await startQueue({ now });
    received.length = 0;
    runs.length = 0;
    // three people want this reminder by email
    const people = await t.sql<{ id: string }>(
      `select e.id from employee e where e.active and e.position_id is not null
        and not exists (select 1 from activity_entry x where x.employee_id = e.id and x.date = '2026-12-02')
        order by e.nip limit 3`,
    );
    for (const [i, p] of people.entries()) {
      await t.sql(`update employee set email = ? where id = ?`, [
        `pegawai${i}@example.go.id`,
        p.id,
      ]);
      await t.sql(
        `insert into notification_preference (agency_id, employee_id, kind, in_app, email)
         select agency_id, id, 'DAY_NOT_SUBMITTED', true, true from employee where id = ?`,
        [p.id],
      );
    }
    const name = reminderQueue('evening', TZ);
    const jobId = await a.boss.send(name, { slot: 'evening', timeZone: TZ });
    expect(jobId).not.toBeNull();
    await until(
      'the job',
      async () => (await a.boss.getJobById(name, jobId!))?.state === 'completed',
    );
    expect(runs).toHaveLength(1);
    const count = async () =>
      (
        await t.one<{ n: number }>(
          `select count(*)::int as n from notification where kind = 'DAY_NOT_SUBMITTED' and dedupe_key = '2026-12-02'`,
        )
      ).n;
    const created = await count();
    expect(created).toBeGreaterThan(3);

    await until('three emails', () => received.length >= 3);
    // both processes run the same slot at once (a second schedule firing): no new rows, no new email
    await Promise.all([a.remind('evening', TZ), b.remind('evening', TZ)]);
    expect(await count()).toBe(created);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(received.map((m) => m.to[0]).sort()).toEqual([
      'pegawai0@example.go.id',
      'pegawai1@example.go.id',
      'pegawai2@example.go.id',
    ]);
    expect(received[0]!.subject).toBe('Aktivitas 2 Desember 2026 belum dikirim');
  }, 90_000);

  it('stores the reminder schedules per agency time zone, so they survive a restart', async () => {
    const queue = await startQueue({ schedule: true });
    await queue.stop();
    queues.splice(queues.indexOf(queue), 1);
    const schedules = await t.sql<{ name: string; cron: string; timezone: string }>(
      `select name, cron, timezone from pgboss.schedule order by name`,
    );
    expect(schedules).toEqual(
      expect.arrayContaining([
        { name: 'email-dispatch', cron: '* * * * *', timezone: 'UTC' },
        { name: reminderQueue('evening', TZ), cron: EVENING_CRON, timezone: TZ },
        { name: reminderQueue('morning', TZ), cron: MORNING_CRON, timezone: TZ },
      ]),
    );
  }, 60_000);
});
