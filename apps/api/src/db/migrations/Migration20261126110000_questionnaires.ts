import { Migration } from '@mikro-orm/migrations';

/**
 * Monthly questionnaires (issue 10): an agency admin defines one (its questions), targets it at a
 * group (everyone, a department's subtree, a position kind, teachers) and opens it for a month
 * with a deadline; each targeted employee answers once and may change the answers until the
 * deadline (inclusive, agency time zone).
 *
 * - questionnaire: status DRAFT or OPEN is stored; CLOSED is derived (OPEN and the deadline has
 *   passed in the agency's time zone). Who it targets is computed live from the employees'
 *   current positions (questionnaire.targets.ts), never materialised.
 * - questionnaire_question: ordered questions; options for the choice kinds, bounds for SCALE.
 * - questionnaire_response: one per questionnaire and employee (the unique key makes concurrent
 *   first submissions safe). For an anonymous questionnaire the API never reads employee_id back
 *   out with the answers: results are aggregated, texts ordered by text.
 * - questionnaire_answer: one per response and question (scale, choices or text).
 */
export class Migration20261126110000_questionnaires extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type questionnaire_audience as enum ('ALL','DEPARTMENT','POSITION_KIND','TEACHERS')`,
    );
    this.addSql(
      `create type question_kind as enum ('SCALE','SINGLE_CHOICE','MULTIPLE_CHOICE','SHORT_TEXT')`,
    );
    this.addSql(`
      create table questionnaire (
        agency_id uuid not null references agency (id),
        id uuid not null,
        title text not null check (length(btrim(title)) > 0),
        description text,
        anonymous boolean not null default false,
        period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        deadline date not null,
        status text not null default 'DRAFT' check (status in ('DRAFT','OPEN')),
        audience questionnaire_audience not null,
        department_id uuid,
        position_kind position_kind,
        opened_at timestamptz,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, department_id) references org_unit (agency_id, id),
        foreign key (agency_id, created_by) references employee (agency_id, id),
        check ((audience = 'DEPARTMENT') = (department_id is not null)),
        check ((audience = 'POSITION_KIND') = (position_kind is not null)),
        check ((status = 'OPEN') = (opened_at is not null)),
        check (deadline >= to_date(period || '-01', 'YYYY-MM-DD'))
      )`);
    this.addSql(
      `create index questionnaire_period_idx on questionnaire (agency_id, period, status)`,
    );
    this.addSql(
      `create index questionnaire_deadline_idx on questionnaire (agency_id, deadline) where status = 'OPEN'`,
    );

    this.addSql(`
      create table questionnaire_question (
        agency_id uuid not null references agency (id),
        id uuid not null,
        questionnaire_id uuid not null,
        position smallint not null check (position >= 1),
        kind question_kind not null,
        text text not null check (length(btrim(text)) > 0),
        required boolean not null default true,
        options text[] not null default '{}',
        scale_min smallint,
        scale_max smallint,
        scale_min_label text,
        scale_max_label text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, questionnaire_id, position),
        foreign key (agency_id, questionnaire_id) references questionnaire (agency_id, id) on delete cascade,
        check ((kind = 'SCALE') = (scale_min is not null and scale_max is not null)),
        check (scale_min is null or (scale_min >= 0 and scale_max <= 10 and scale_min < scale_max)),
        check ((kind in ('SINGLE_CHOICE','MULTIPLE_CHOICE')) = (cardinality(options) >= 2))
      )`);

    this.addSql(`
      create table questionnaire_response (
        agency_id uuid not null references agency (id),
        id uuid not null,
        questionnaire_id uuid not null,
        employee_id uuid not null,
        submitted_at timestamptz not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        unique (agency_id, questionnaire_id, employee_id),
        foreign key (agency_id, questionnaire_id) references questionnaire (agency_id, id) on delete cascade,
        foreign key (agency_id, employee_id) references employee (agency_id, id)
      )`);
    this.addSql(
      `create index questionnaire_response_employee_idx on questionnaire_response (agency_id, employee_id)`,
    );

    this.addSql(`
      create table questionnaire_answer (
        agency_id uuid not null references agency (id),
        response_id uuid not null,
        question_id uuid not null,
        scale smallint,
        choices text[] not null default '{}',
        text text,
        primary key (agency_id, response_id, question_id),
        foreign key (agency_id, response_id) references questionnaire_response (agency_id, id) on delete cascade,
        foreign key (agency_id, question_id) references questionnaire_question (agency_id, id) on delete cascade,
        check (text is null or length(text) <= 1000)
      )`);
    this.addSql(
      `create index questionnaire_answer_question_idx on questionnaire_answer (agency_id, question_id)`,
    );
  }
}
