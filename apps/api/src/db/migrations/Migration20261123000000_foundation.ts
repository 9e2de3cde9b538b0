import { Migration } from '@mikro-orm/migrations';

/**
 * The organisation, sign-in and audit tables.
 * Tenant tables: primary key (agency_id, id); every index, unique key and foreign key between
 * tenant tables leads with agency_id (checked for every entity by tenancy.int.test.ts).
 */
export class Migration20261123000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist`);
    this.addSql(`create extension if not exists pg_trgm`);

    this.addSql(
      `create type org_unit_kind as enum ('AGENCY','DEPARTMENT','DIVISION','SECTION','SUBSECTION','DISTRICT','VILLAGE','SCHOOL','CLINIC','OTHER')`,
    );
    this.addSql(`create type position_kind as enum ('STRUCTURAL','FUNCTIONAL','EXECUTOR')`);
    this.addSql(`create type employment_type as enum ('PNS','PPPK')`);
    this.addSql(`create type acting_kind as enum ('PLT','PLH')`);

    this.addSql(`
      create table agency (
        id uuid primary key,
        code text not null unique,
        name text not null,
        time_zone text not null default 'Asia/Jakarta',
        created_at timestamptz not null default now()
      )`);

    this.addSql(`
      create table org_unit (
        agency_id uuid not null references agency (id),
        id uuid not null,
        parent_id uuid,
        code text not null,
        name text not null,
        kind org_unit_kind not null,
        sort_order integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, code),
        foreign key (agency_id, parent_id) references org_unit (agency_id, id),
        check (parent_id is null or parent_id <> id)
      )`);
    this.addSql(`create index org_unit_parent_idx on org_unit (agency_id, parent_id)`);

    this.addSql(`
      create table position (
        agency_id uuid not null references agency (id),
        id uuid not null,
        unit_id uuid not null,
        parent_id uuid,
        name text not null,
        kind position_kind not null,
        job_class smallint not null check (job_class between 1 and 17),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, unit_id) references org_unit (agency_id, id),
        foreign key (agency_id, parent_id) references position (agency_id, id),
        check (parent_id is null or parent_id <> id)
      )`);
    this.addSql(`create index position_parent_idx on position (agency_id, parent_id)`);
    this.addSql(`create index position_unit_idx on position (agency_id, unit_id)`);

    this.addSql(`
      create table employee (
        agency_id uuid not null references agency (id),
        id uuid not null,
        nip text not null check (nip ~ '^[0-9]{18}$'),
        name text not null check (length(btrim(name)) > 0),
        rank text,
        employment_type employment_type not null default 'PNS',
        position_id uuid,
        active boolean not null default true,
        roles text[] not null default '{EMPLOYEE}'
          check (roles <@ array['EMPLOYEE','DEPARTMENT_ADMIN','AGENCY_ADMIN','EXECUTIVE']),
        admin_unit_id uuid,
        email text,
        password_hash text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, nip),
        foreign key (agency_id, position_id) references position (agency_id, id),
        foreign key (agency_id, admin_unit_id) references org_unit (agency_id, id),
        check (not ('DEPARTMENT_ADMIN' = any (roles)) or admin_unit_id is not null)
      )`);
    this.addSql(
      `create index employee_position_idx on employee (agency_id, position_id) where active`,
    );

    this.addSql(`
      create table acting_assignment (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        position_id uuid not null,
        kind acting_kind not null,
        start_date date not null,
        end_date date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, position_id) references position (agency_id, id),
        check (end_date is null or end_date >= start_date),
        constraint acting_assignment_no_overlap exclude using gist (
          agency_id with =, position_id with =, daterange(start_date, end_date, '[]') with &&
        )
      )`);
    this.addSql(
      `create index acting_assignment_employee_idx on acting_assignment (agency_id, employee_id)`,
    );

    // Who occupies a position on a date: an active holder first (lowest NIP when several share an
    // executor position), else an active employee acting in it (Plt/Plh) that day. `p_excluding`
    // skips the person whose supervisor is being resolved. Used by every hierarchy query.
    this.addSql(`
      create function position_occupant(p_agency uuid, p_position uuid, p_date date, p_excluding uuid)
      returns uuid language sql stable parallel safe as $$
        select o.id from (
          select h.id, 0 as pri, h.nip
            from employee h
           where h.agency_id = p_agency and h.position_id = p_position and h.active
             and h.id is distinct from p_excluding
          union all
          select a.employee_id, 1, e.nip
            from acting_assignment a
            join employee e on e.agency_id = a.agency_id and e.id = a.employee_id and e.active
           where a.agency_id = p_agency and a.position_id = p_position
             and a.start_date <= p_date and (a.end_date is null or a.end_date >= p_date)
             and a.employee_id is distinct from p_excluding
        ) o
        order by o.pri, o.nip
        limit 1
      $$`);

    this.addSql(`
      create table account (
        nip text primary key,
        agency_id uuid not null references agency (id)
      )`);

    this.addSql(`
      create table login_throttle (
        nip text primary key,
        failures integer not null default 0,
        last_failure_at timestamptz,
        locked_until timestamptz
      )`);

    this.addSql(`
      create table session (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        token_hash text not null,
        expires_at timestamptz not null,
        user_agent text,
        ip text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, employee_id) references employee (agency_id, id) on delete cascade
      )`);
    this.addSql(`create index session_employee_idx on session (agency_id, employee_id)`);

    this.addSql(`
      create table audit_event (
        agency_id uuid not null references agency (id),
        id uuid not null,
        actor_id uuid,
        action text not null,
        entity_type text not null,
        entity_id uuid,
        data jsonb,
        request_id text,
        at timestamptz not null default now(),
        primary key (agency_id, id)
      )`);
    this.addSql(
      `create index audit_event_entity_idx on audit_event (agency_id, entity_type, entity_id)`,
    );
    this.addSql(`create index audit_event_at_idx on audit_event (agency_id, at)`);
    this.addSql(`
      create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only';
      end $$`);
    this.addSql(`
      create trigger audit_event_append_only before update or delete on audit_event
      for each row execute function audit_event_append_only()`);
  }
}
