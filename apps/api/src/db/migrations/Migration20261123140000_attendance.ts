import { Migration } from '@mikro-orm/migrations';

/**
 * The work calendar (work patterns, holidays, special periods), office locations, attendance
 * (check-ins and check-outs, fingerprint logs) and leave and permit requests.
 */
export class Migration20261123140000_attendance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type holiday_kind as enum ('NATIONAL','COLLECTIVE_LEAVE')`);
    this.addSql(`create type attendance_source as enum ('APP','FINGERPRINT','ADMIN')`);
    this.addSql(`create type leave_kind as enum (
      'ANNUAL','SICK','IMPORTANT_REASONS','MATERNITY','BIG','UNPAID',
      'PERMIT_LATE','PERMIT_EARLY','OFFICIAL_TRAVEL','WORK_FROM_HOME')`);
    this.addSql(`create type request_status as enum ('PENDING','APPROVED','REJECTED','CANCELLED')`);

    // A work week: hours per ISO weekday (1 = Monday … 7 = Sunday); a day absent is not a working day.
    this.addSql(`
      create table work_pattern (
        agency_id uuid not null references agency (id),
        id uuid not null,
        code text not null,
        name text not null,
        is_default boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, code)
      )`);
    this.addSql(
      `create unique index work_pattern_default_idx on work_pattern (agency_id) where is_default`,
    );
    this.addSql(`
      create table work_pattern_day (
        agency_id uuid not null,
        pattern_id uuid not null,
        weekday smallint not null check (weekday between 1 and 7),
        start_time time not null,
        end_time time not null,
        break_minutes integer not null default 0 check (break_minutes >= 0),
        primary key (agency_id, pattern_id, weekday),
        foreign key (agency_id, pattern_id) references work_pattern (agency_id, id) on delete cascade,
        check (end_time > start_time)
      )`);
    // A unit's own pattern; units without one inherit their parent's, and the agency default at the top.
    this.addSql(`alter table org_unit add column work_pattern_id uuid`);
    this.addSql(
      `alter table org_unit add foreign key (agency_id, work_pattern_id) references work_pattern (agency_id, id)`,
    );
    this.addSql(`create index org_unit_work_pattern_idx on org_unit (agency_id, work_pattern_id)`);

    // Other hours for a while (Ramadan): units on base_pattern (all when null) follow pattern instead.
    this.addSql(`
      create table special_period (
        agency_id uuid not null references agency (id),
        id uuid not null,
        name text not null,
        start_date date not null,
        end_date date not null,
        base_pattern_id uuid,
        pattern_id uuid not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, base_pattern_id) references work_pattern (agency_id, id),
        foreign key (agency_id, pattern_id) references work_pattern (agency_id, id),
        check (end_date >= start_date)
      )`);
    this.addSql(
      `create index special_period_dates_idx on special_period (agency_id, start_date, end_date)`,
    );

    this.addSql(`
      create table holiday (
        agency_id uuid not null references agency (id),
        date date not null,
        name text not null,
        kind holiday_kind not null,
        created_at timestamptz not null default now(),
        primary key (agency_id, date)
      )`);

    this.addSql(`
      create table office_location (
        agency_id uuid not null references agency (id),
        id uuid not null,
        name text not null,
        latitude double precision not null check (latitude between -90 and 90),
        longitude double precision not null check (longitude between -180 and 180),
        radius_metres integer not null default 100 check (radius_metres between 10 and 5000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id)
      )`);
    this.addSql(`
      create table unit_office (
        agency_id uuid not null,
        unit_id uuid not null,
        location_id uuid not null,
        primary key (agency_id, unit_id, location_id),
        foreign key (agency_id, unit_id) references org_unit (agency_id, id) on delete cascade,
        foreign key (agency_id, location_id) references office_location (agency_id, id) on delete cascade
      )`);
    this.addSql(`create index unit_office_location_idx on unit_office (agency_id, location_id)`);

    // Where an employee works from home (their WFH requests use it).
    this.addSql(
      `alter table employee add column home_latitude double precision, add column home_longitude double precision`,
    );

    this.addSql(`
      create table leave_request (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        kind leave_kind not null,
        start_date date not null,
        end_date date not null,
        half_day boolean not null default false,
        start_time time,
        end_time time,
        reason text not null,
        attachment_id uuid,
        destination_name text,
        destination_latitude double precision,
        destination_longitude double precision,
        status request_status not null default 'PENDING',
        submitted_at timestamptz not null default now(),
        decided_by uuid,
        decided_at timestamptz,
        decision_note text,
        decision_source decision_source,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, attachment_id) references evidence (agency_id, id),
        check (end_date >= start_date),
        check ((start_time is null) = (end_time is null)),
        check (start_time is null or end_time > start_time)
      )`);
    this.addSql(
      `create index leave_request_employee_idx on leave_request (agency_id, employee_id, start_date, end_date)`,
    );
    this.addSql(
      `create index leave_request_pending_idx on leave_request (agency_id, employee_id, submitted_at) where status = 'PENDING'`,
    );

    this.addSql(`
      create table attendance_record (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        date date not null,
        check_in_at timestamptz,
        check_in_latitude double precision,
        check_in_longitude double precision,
        check_in_accuracy_metres double precision,
        check_in_in_area boolean,
        check_in_place text,
        check_in_photo_id uuid,
        check_in_source attendance_source,
        check_in_accepted_by uuid,
        check_out_at timestamptz,
        check_out_latitude double precision,
        check_out_longitude double precision,
        check_out_accuracy_metres double precision,
        check_out_in_area boolean,
        check_out_place text,
        check_out_photo_id uuid,
        check_out_source attendance_source,
        check_out_accepted_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, employee_id, date),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, check_in_photo_id) references evidence (agency_id, id),
        foreign key (agency_id, check_out_photo_id) references evidence (agency_id, id)
      )`);
    this.addSql(`create index attendance_record_date_idx on attendance_record (agency_id, date)`);

    this.addSql(`
      create table fingerprint_log (
        agency_id uuid not null references agency (id),
        employee_id uuid not null,
        at timestamptz not null,
        imported_at timestamptz not null default now(),
        primary key (agency_id, employee_id, at),
        foreign key (agency_id, employee_id) references employee (agency_id, id)
      )`);
  }
}
