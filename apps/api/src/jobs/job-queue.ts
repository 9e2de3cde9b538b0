/**
 * The job queue (pg-boss on the application's PostgreSQL): the reminders' schedules and the
 * email outbox. Jobs live in the database (schema `pgboss`), so they survive restarts, and each
 * job is fetched by one worker (SKIP LOCKED) however many API processes run; a schedule fires once
 * per minute slot across processes (pg-boss's cron lock), and the notifications' dedupe key makes
 * a repeated run harmless anyway.
 *
 * Queues:
 * - reminders-evening-<tz> (18:00) and reminders-morning-<tz> (07:00), one pair per time zone of
 *   the agencies (cron in that zone), running notifications/reminders.ts for its agencies;
 * - email-dispatch (every minute, and right after each reminder run): claims the notifications
 *   waiting for email (email_state PENDING → QUEUED) and queues one email-send job each, in one
 *   transaction; notifications waiting longer than 2 days (email was off) are SKIPPED;
 * - email-send: sends one notification's email; SMTP failures are retried with backoff.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import { query } from '../common/sql.js';
import { emailOf, smtpMailer, type Mailer } from '../modules/notifications/email.js';
import { runReminders, type ReminderSlot } from '../modules/notifications/reminders.js';

export const EVENING_CRON = '0 18 * * *';
export const MORNING_CRON = '0 7 * * *';
const DISPATCH = 'email-dispatch';
const SEND = 'email-send';
/** Notifications waiting for email longer than this are not sent any more. */
const EMAIL_MAX_AGE = '2 days';

export const reminderQueue = (slot: ReminderSlot, timeZone: string) =>
  `reminders-${slot}-${timeZone.replace(/\W/g, '_')}`;

interface ReminderJob {
  slot: ReminderSlot;
  timeZone: string;
}
interface SendJob {
  agencyId: string;
  id: string;
}

type Logger = {
  info(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
};

export interface JobQueueOptions {
  /** The database's connection string (pg-boss keeps its own small pool). */
  url: string;
  orm: MikroORM;
  config: Pick<Config, 'smtp' | 'publicUrl'>;
  log: Logger;
  /** Register the cron schedules (default true). */
  schedule?: boolean;
  /** Email through this mailer instead of SMTP_URL's (tests). */
  mailer?: Mailer | null;
  /** The clock of the reminder runs (tests); the real time by default. */
  now?: () => Date;
  pollingIntervalSeconds?: number;
}

/** pg-boss's `db` option over an EntityManager, so a job is queued in that em's transaction. */
export const inTransaction = (em: EntityManager): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: await query(em, text, values ?? []) }),
});

export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    private readonly options: JobQueueOptions,
    private readonly mailer: Mailer | null,
  ) {}

  static async start(options: JobQueueOptions): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: options.url,
      application_name: 'kinerja-jobs',
      max: 3,
      schedule: options.schedule ?? true,
    });
    // pg's errors carry their client; log what helps.
    boss.on('error', (err: Error & { code?: string }) =>
      options.log.error(
        { err: { message: err.message, code: err.code, stack: err.stack } },
        'job queue',
      ),
    );
    await boss.start();
    const mailer =
      options.mailer !== undefined
        ? options.mailer
        : options.config.smtp
          ? smtpMailer(options.config.smtp.url, options.config.smtp.from)
          : null;
    const queue = new JobQueue(boss, options, mailer);
    await queue.setUp();
    return queue;
  }

  private get now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private async setUp(): Promise<void> {
    const { boss, options } = this;
    const work = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
    const zones = await query<{ time_zone: string }>(
      options.orm.em.fork(),
      `select distinct time_zone from agency order by time_zone`,
    );
    for (const { time_zone: timeZone } of zones) {
      for (const slot of ['morning', 'evening'] as const) {
        const name = reminderQueue(slot, timeZone);
        await boss.createQueue(name, { name, retryLimit: 2, retryDelay: 300 });
        if (options.schedule ?? true)
          await boss.schedule(
            name,
            slot === 'morning' ? MORNING_CRON : EVENING_CRON,
            { slot, timeZone },
            {
              tz: timeZone,
            },
          );
        await boss.work<ReminderJob>(name, work, async ([job]) => {
          if (job) await this.remind(job.data.slot, job.data.timeZone);
        });
      }
    }
    if (!this.mailer) return;
    await boss.createQueue(DISPATCH, { name: DISPATCH, policy: 'singleton' });
    await boss.createQueue(SEND, {
      name: SEND,
      retryLimit: 6,
      retryDelay: 60,
      retryBackoff: true,
    });
    if (options.schedule ?? true) await boss.schedule(DISPATCH, '* * * * *');
    await boss.work(DISPATCH, work, async () => {
      await this.dispatchEmails();
    });
    await boss.work<SendJob>(SEND, work, async ([job]) => {
      if (job) await this.sendEmail(job.data.agencyId, job.data.id);
    });
  }

  /** One reminder slot for every agency of a time zone. */
  async remind(slot: ReminderSlot, timeZone: string): Promise<void> {
    const em = this.options.orm.em.fork();
    const agencies = await query<{ id: string }>(
      em,
      `select id from agency where time_zone = $1 order by id`,
      [timeZone],
    );
    const now = this.now;
    for (const { id } of agencies) {
      const created = await runReminders(em.fork(), { agencyId: id, timeZone }, slot, now);
      this.options.log.info({ agencyId: id, slot, created }, 'reminders');
    }
    if (this.mailer) await this.dispatchEmails();
  }

  /** Queues an email-send job for each notification waiting for email; returns how many. */
  async dispatchEmails(): Promise<number> {
    if (!this.mailer) return 0;
    return this.options.orm.em.fork().transactional(async (em) => {
      await query(
        em,
        `update notification set email_state = 'SKIPPED', updated_at = now()
          where email_state = 'PENDING' and created_at < now() - interval '${EMAIL_MAX_AGE}'`,
      );
      const claimed = await query<{ agency_id: string; id: string }>(
        em,
        `with claimed as (
           select agency_id, id from notification
            where email_state = 'PENDING'
            order by created_at limit 500
            for update skip locked)
         update notification n set email_state = 'QUEUED', updated_at = now()
           from claimed c where n.agency_id = c.agency_id and n.id = c.id
         returning n.agency_id, n.id`,
      );
      if (claimed.length)
        await this.boss.insert(
          claimed.map((c) => ({
            name: SEND,
            data: { agencyId: c.agency_id, id: c.id },
            singletonKey: c.id,
          })),
          { db: inTransaction(em) },
        );
      return claimed.length;
    });
  }

  private async sendEmail(agencyId: string, id: string): Promise<void> {
    const em = this.options.orm.em.fork();
    const message = await emailOf(em, agencyId, id, this.options.config.publicUrl);
    if (!message || !this.mailer) return;
    await this.mailer.send(message);
    await query(
      em,
      `update notification set email_state = 'SENT', emailed_at = now(), updated_at = now()
        where agency_id = $1 and id = $2`,
      [agencyId, id],
    );
  }

  /** Stops fetching, waits for running jobs (up to 20 s) and closes the pool and the mailer. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    this.mailer?.close();
  }
}
