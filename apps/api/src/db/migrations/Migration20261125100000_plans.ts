import { Migration } from '@mikro-orm/migrations';

/**
 * SKP plans and monthly IKI (issue 7; rules.md, "IKI, SKP and the rating"): one plan per employee
 * and year, its planned results (RHK), each linked to the supervisor's result it supports
 * (intervensi; null while unaligned), their indicators, and the monthly IKI reports with one
 * realisation per indicator and its evidence. The teaching practices of the teachers' template are
 * the agency's own list. Tenant keys lead with agency_id, as everywhere.
 *
 * A supervisor's result may disappear (their returned draft is edited): the results that
 * supported it are then unaligned (parent set null), not deleted. An indicator with realisations
 * cannot be removed (an approved plan is not edited).
 */
export class Migration20261125100000_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type plan_status as enum ('DRAFT','SUBMITTED','APPROVED','RETURNED')`);
    this.addSql(`create type indicator_kind as enum ('QUANTITY','QUALITY','TIME','COST')`);
    this.addSql(`create type iki_report_status as enum ('SUBMITTED','APPROVED','RETURNED')`);
    this.addSql(
      `create type practice_observation as enum ('BELUM_DILAKUKAN','DILAKUKAN_BELUM_EFEKTIF','DILAKUKAN_EFEKTIF')`,
    );

    this.addSql(`
      create table teaching_practice (
        agency_id uuid not null references agency (id),
        id uuid not null,
        code text not null check (code ~ '^[A-Z0-9_]{1,40}$'),
        name text not null check (length(btrim(name)) between 3 and 200),
        sort_order integer not null default 0,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, code)
      )`);

    this.addSql(`
      create table performance_plan (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        year integer not null check (year between 2000 and 2100),
        status plan_status not null default 'DRAFT',
        template_code text,
        practice_id uuid,
        submitted_at timestamptz,
        decided_by uuid,
        decided_at timestamptz,
        decision_note text,
        decision_source decision_source,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, employee_id, year),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, practice_id) references teaching_practice (agency_id, id),
        check (status = 'DRAFT' or submitted_at is not null)
      )`);
    this.addSql(
      `create index performance_plan_pending_idx on performance_plan (agency_id, employee_id, submitted_at) where status = 'SUBMITTED'`,
    );
    this.addSql(
      `create index performance_plan_year_idx on performance_plan (agency_id, year, employee_id)`,
    );

    this.addSql(`
      create table planned_result (
        agency_id uuid not null references agency (id),
        id uuid not null,
        plan_id uuid not null,
        title text not null check (length(btrim(title)) between 3 and 500),
        parent_result_id uuid,
        sort_order integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, plan_id) references performance_plan (agency_id, id) on delete cascade,
        foreign key (agency_id, parent_result_id) references planned_result (agency_id, id)
          on delete set null (parent_result_id),
        check (parent_result_id is null or parent_result_id <> id)
      )`);
    this.addSql(
      `create index planned_result_plan_idx on planned_result (agency_id, plan_id, sort_order)`,
    );
    this.addSql(
      `create index planned_result_parent_idx on planned_result (agency_id, parent_result_id) where parent_result_id is not null`,
    );

    this.addSql(`
      create table indicator (
        agency_id uuid not null references agency (id),
        id uuid not null,
        result_id uuid not null,
        kind indicator_kind not null,
        name text not null check (length(btrim(name)) between 3 and 500),
        target numeric(14,2) not null check (target > 0),
        unit text not null check (length(btrim(unit)) between 1 and 40),
        practice_id uuid,
        sort_order integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, result_id) references planned_result (agency_id, id) on delete cascade,
        foreign key (agency_id, practice_id) references teaching_practice (agency_id, id)
      )`);
    this.addSql(
      `create index indicator_result_idx on indicator (agency_id, result_id, sort_order)`,
    );

    this.addSql(`
      create table iki_report (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        plan_id uuid not null,
        month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status iki_report_status not null default 'SUBMITTED',
        submitted_at timestamptz not null,
        late boolean not null default false,
        decided_by uuid,
        decided_at timestamptz,
        decision_note text,
        decision_source decision_source,
        score integer check (score between 0 and 12000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, employee_id, month),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, plan_id) references performance_plan (agency_id, id),
        check ((status = 'APPROVED') = (score is not null))
      )`);
    this.addSql(
      `create index iki_report_pending_idx on iki_report (agency_id, employee_id, submitted_at) where status = 'SUBMITTED'`,
    );
    this.addSql(`create index iki_report_plan_idx on iki_report (agency_id, plan_id)`);
    this.addSql(
      `create index iki_report_month_idx on iki_report (agency_id, month, employee_id) where status = 'APPROVED'`,
    );

    this.addSql(`
      create table iki_realisation (
        agency_id uuid not null references agency (id),
        id uuid not null,
        report_id uuid not null,
        indicator_id uuid not null,
        realisation numeric(14,2) not null check (realisation >= 0),
        observation practice_observation,
        note text check (length(note) <= 2000),
        score integer check (score between 0 and 12000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, report_id, indicator_id),
        foreign key (agency_id, report_id) references iki_report (agency_id, id) on delete cascade,
        foreign key (agency_id, indicator_id) references indicator (agency_id, id)
      )`);
    this.addSql(
      `create index iki_realisation_indicator_idx on iki_realisation (agency_id, indicator_id)`,
    );

    this.addSql(`
      create table iki_realisation_evidence (
        agency_id uuid not null references agency (id),
        realisation_id uuid not null,
        evidence_id uuid not null,
        primary key (agency_id, realisation_id, evidence_id),
        foreign key (agency_id, realisation_id) references iki_realisation (agency_id, id) on delete cascade,
        foreign key (agency_id, evidence_id) references evidence (agency_id, id)
      )`);
    this.addSql(
      `create index iki_realisation_evidence_evidence_idx on iki_realisation_evidence (agency_id, evidence_id)`,
    );
  }
}
