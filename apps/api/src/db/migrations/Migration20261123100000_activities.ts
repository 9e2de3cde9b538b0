import { Migration } from '@mikro-orm/migrations';

/**
 * The activity bank, daily entries with evidence, verification, the performance policy (the values
 * the activity rules need; the report-card issue extends it) and periods (months, closed or open).
 * Tenant keys lead with agency_id, as everywhere.
 */
export class Migration20261123100000_activities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gin`);
    this.addSql(`create type activity_category as enum ('MAIN','ADDITIONAL')`);
    this.addSql(
      `create type activity_item_status as enum ('PROPOSED','PUBLISHED','REJECTED','RETIRED')`,
    );
    this.addSql(
      `create type activity_entry_status as enum ('DRAFT','SUBMITTED','APPROVED','REJECTED','RETURNED')`,
    );
    this.addSql(
      `create type decision_source as enum ('SUPERVISOR','ACTING','ESCALATED','ADMIN','AUTO')`,
    );
    this.addSql(`create type evidence_kind as enum ('IMAGE','DOCUMENT')`);

    this.addSql(`
      create table performance_policy (
        agency_id uuid not null references agency (id),
        id uuid not null,
        effective_from date not null,
        daily_minimum_minutes integer not null default 350 check (daily_minimum_minutes > 0),
        daily_cap_minutes integer not null default 450 check (daily_cap_minutes > 0),
        backdating_days integer not null default 5 check (backdating_days >= 0),
        entry_deadline_day integer not null default 3 check (entry_deadline_day between 1 and 28),
        verification_deadline_day integer not null default 7 check (verification_deadline_day between 1 and 28),
        escalation_working_days integer not null default 5 check (escalation_working_days >= 1),
        auto_approve_top boolean not null default false,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, effective_from)
      )`);

    this.addSql(`
      create table period (
        agency_id uuid not null references agency (id),
        id uuid not null,
        month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        closed boolean not null default false,
        closed_at timestamptz,
        closed_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, month)
      )`);

    // What item search looks in (lowercased). Immutable for text[] (array_to_string is only
    // stable in general because of other element types' output functions).
    this.addSql(`
      create function activity_item_search_text(name text, description text, output_unit text, keywords text[])
      returns text language sql immutable parallel safe as $$
        select lower(name || ' ' || coalesce(description, '') || ' ' || output_unit || ' ' || array_to_string(keywords, ' '))
      $$`);
    this.addSql(`
      create table activity_item (
        agency_id uuid not null references agency (id),
        id uuid not null,
        code text not null check (length(code) between 1 and 40),
        name text not null check (length(btrim(name)) >= 3),
        description text,
        output_unit text not null,
        standard_minutes integer not null check (standard_minutes between 1 and 1440),
        category activity_category not null,
        scope_position_ids uuid[] not null default '{}',
        scope_position_kinds text[] not null default '{}'
          check (scope_position_kinds <@ array['STRUCTURAL','FUNCTIONAL','EXECUTOR']),
        scope_unit_ids uuid[] not null default '{}',
        keywords text[] not null default '{}',
        requires_evidence boolean not null default false,
        status activity_item_status not null default 'PROPOSED',
        proposed_by uuid,
        decided_by uuid,
        decided_at timestamptz,
        rejection_reason text,
        search_text text generated always as (
          activity_item_search_text(name, description, output_unit, keywords)
        ) stored,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, code)
      )`);
    this.addSql(`create index activity_item_status_idx on activity_item (agency_id, status)`);
    this.addSql(
      `create index activity_item_fts_idx on activity_item using gin (agency_id, to_tsvector('simple', search_text))`,
    );
    this.addSql(
      `create index activity_item_trgm_idx on activity_item using gin (agency_id, search_text gin_trgm_ops)`,
    );

    this.addSql(`
      create table activity_favourite (
        agency_id uuid not null references agency (id),
        employee_id uuid not null,
        item_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (agency_id, employee_id, item_id),
        foreign key (agency_id, employee_id) references employee (agency_id, id) on delete cascade,
        foreign key (agency_id, item_id) references activity_item (agency_id, id) on delete cascade
      )`);

    this.addSql(`
      create table evidence (
        agency_id uuid not null references agency (id),
        id uuid not null,
        owner_id uuid not null,
        kind evidence_kind not null,
        mime_type text not null,
        original_name text,
        size_bytes integer not null check (size_bytes > 0),
        sha256 text not null,
        storage_key text not null,
        thumbnail_key text,
        width integer,
        height integer,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, owner_id) references employee (agency_id, id)
      )`);
    this.addSql(`create index evidence_sha256_idx on evidence (agency_id, sha256)`);
    this.addSql(`create index evidence_owner_idx on evidence (agency_id, owner_id)`);

    this.addSql(`
      create table activity_entry (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        date date not null,
        start_time time not null,
        end_time time not null,
        item_id uuid not null,
        quantity integer not null check (quantity >= 1),
        description text,
        credited_minutes integer not null check (credited_minutes >= 0),
        status activity_entry_status not null default 'DRAFT',
        submitted_at timestamptz,
        decided_by uuid,
        decided_at timestamptz,
        decision_note text,
        decision_source decision_source,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, item_id) references activity_item (agency_id, id),
        check (end_time > start_time),
        constraint activity_entry_no_overlap exclude using gist (
          agency_id with =, employee_id with =, tsrange(date + start_time, date + end_time) with &&
        ) where (status <> 'REJECTED')
      )`);
    this.addSql(
      `create index activity_entry_employee_date_idx on activity_entry (agency_id, employee_id, date)`,
    );
    this.addSql(
      `create index activity_entry_pending_idx on activity_entry (agency_id, employee_id, submitted_at) where status = 'SUBMITTED'`,
    );

    this.addSql(`
      create table activity_entry_evidence (
        agency_id uuid not null references agency (id),
        entry_id uuid not null,
        evidence_id uuid not null,
        primary key (agency_id, entry_id, evidence_id),
        foreign key (agency_id, entry_id) references activity_entry (agency_id, id) on delete cascade,
        foreign key (agency_id, evidence_id) references evidence (agency_id, id)
      )`);
    this.addSql(
      `create index activity_entry_evidence_evidence_idx on activity_entry_evidence (agency_id, evidence_id)`,
    );

    this.addSql(`
      create table activity_schedule (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        item_id uuid not null,
        weekdays smallint[] not null check (weekdays <@ array[1,2,3,4,5,6,7]::smallint[] and cardinality(weekdays) > 0),
        start_time time not null,
        end_time time not null,
        quantity integer not null default 1 check (quantity >= 1),
        description text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, employee_id) references employee (agency_id, id) on delete cascade,
        foreign key (agency_id, item_id) references activity_item (agency_id, id),
        check (end_time > start_time)
      )`);
    this.addSql(
      `create index activity_schedule_employee_idx on activity_schedule (agency_id, employee_id)`,
    );
  }
}
