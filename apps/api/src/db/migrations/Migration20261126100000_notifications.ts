import { Migration } from '@mikro-orm/migrations';

/**
 * In-app notifications and email reminders (issue 10).
 *
 * - notification: one notice to one employee. Stores the kind and its params (JSON), never the
 *   text: title and body are rendered in the reader's language. `dedupe_key` names the occasion
 *   (a date, a decision batch, a week), and the unique key makes every trigger idempotent: run
 *   twice, or in two processes at once, it creates one row (insert … on conflict do nothing).
 *   `email_state` is the outbox of email: PENDING when the recipient wants it by email and has an
 *   address, QUEUED once a pg-boss job carries it (set in the job's transaction), SENT when the
 *   SMTP server accepted it, SKIPPED when it was too old to send once email came on. A row with
 *   `in_app` false exists only to carry an email (the person turned the in-app channel off).
 * - notification_preference: an employee's choice per kind and channel; no row = the defaults.
 */
export class Migration20261126100000_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table notification (
        agency_id uuid not null references agency (id),
        id uuid not null,
        recipient_id uuid not null,
        kind text not null check (kind in
          ('DAY_NOT_SUBMITTED','ENTRIES_RETURNED','TASKS_DUE','QUEUE_NEAR_ESCALATION','WEEKLY_DIGEST')),
        app text not null check (app in ('EMPLOYEE','SUPERVISOR')),
        params jsonb not null default '{}',
        link text,
        dedupe_key text not null,
        in_app boolean not null default true,
        read_at timestamptz,
        email_state text check (email_state in ('PENDING','QUEUED','SENT','SKIPPED')),
        emailed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, recipient_id, kind, dedupe_key),
        foreign key (agency_id, recipient_id) references employee (agency_id, id)
      )`);
    this.addSql(
      `create index notification_recipient_idx on notification (agency_id, recipient_id, created_at desc, id desc) where in_app`,
    );
    this.addSql(
      `create index notification_unread_idx on notification (agency_id, recipient_id) where in_app and read_at is null`,
    );
    this.addSql(
      `create index notification_email_idx on notification (agency_id, created_at) where email_state = 'PENDING'`,
    );
    this.addSql(`
      create table notification_preference (
        agency_id uuid not null references agency (id),
        employee_id uuid not null,
        kind text not null check (kind in
          ('DAY_NOT_SUBMITTED','ENTRIES_RETURNED','TASKS_DUE','QUEUE_NEAR_ESCALATION','WEEKLY_DIGEST')),
        in_app boolean not null,
        email boolean not null,
        updated_at timestamptz not null default now(),
        primary key (agency_id, employee_id, kind),
        foreign key (agency_id, employee_id) references employee (agency_id, id)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table notification_preference');
    this.addSql('drop table notification');
  }
}
