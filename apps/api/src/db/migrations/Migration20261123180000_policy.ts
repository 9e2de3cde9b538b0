import { Migration } from '@mikro-orm/migrations';

/**
 * The rest of the performance policy (rules.md: targets, weights, deductions, TPP bases, rating
 * thresholds, closing day, other cuts), per-position TPP overrides, who receives no TPP, employment
 * dates for pro-rating, disciplinary sanctions, and the frozen report cards of closed months.
 */
export class Migration20261123180000_policy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table performance_policy
        add column monthly_target_mode text not null default 'WORKING_DAYS' check (monthly_target_mode in ('WORKING_DAYS', 'FIXED')),
        add column monthly_target_fixed_minutes integer check (monthly_target_fixed_minutes > 0),
        add column additional_cap_percent integer not null default 25 check (additional_cap_percent between 0 and 100),
        add column performance_weight integer not null default 60 check (performance_weight between 0 and 100),
        add column discipline_weight integer not null default 40 check (discipline_weight between 0 and 100),
        add column deductions jsonb not null default '{"TL1":50,"TL2":100,"TL3":125,"TL4":150,"PSW1":50,"PSW2":100,"PSW3":125,"PSW4":150,"TK":500}',
        add column tpp_bases jsonb not null default '{"1":910340,"2":1150930,"3":1391519,"4":1684129,"5":2841561,"6":3407272,"7":3920964,"8":4447069,"9":5532975,"10":6360556,"11":7312275,"12":9458076,"13":11828507,"14":13179238,"15":17311827,"16":20000000,"17":24000000}',
        add column rating_thresholds jsonb not null default '{"ikiAbove":110,"ikiAsExpected":80,"behaviourAbove":90,"behaviourAsExpected":70,"achievementAsExpected":100,"achievementBelow":80}',
        add column closing_day integer not null default 10 check (closing_day between 1 and 28),
        add column sanction_cut_percent integer not null default 25 check (sanction_cut_percent between 0 and 100),
        add column sick_leave_free_days integer not null default 3 check (sick_leave_free_days >= 0),
        add column sick_leave_cut_percent_per_day integer not null default 1 check (sick_leave_cut_percent_per_day between 0 and 100),
        add column big_leave_cut_percent_per_day integer not null default 3 check (big_leave_cut_percent_per_day between 0 and 100),
        add constraint performance_policy_weights check (performance_weight + discipline_weight = 100),
        add constraint performance_policy_fixed_target check (monthly_target_mode <> 'FIXED' or monthly_target_fixed_minutes is not null)`);

    this.addSql(`alter table position
        add column tpp_base_override integer check (tpp_base_override >= 0),
        add column elected boolean not null default false`);
    this.addSql(`alter table employee add column joined_on date, add column left_on date,
        add constraint employee_employment_dates check (left_on is null or joined_on is null or left_on >= joined_on)`);

    this.addSql(`
      create table disciplinary_sanction (
        agency_id uuid not null references agency (id),
        id uuid not null,
        employee_id uuid not null,
        start_month text not null check (start_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        end_month text not null check (end_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        reason text not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        check (end_month >= start_month)
      )`);
    this.addSql(
      `create index disciplinary_sanction_employee_idx on disciplinary_sanction (agency_id, employee_id)`,
    );

    this
      .addSql(`alter table period add column closed_reason text, add column reopened_at timestamptz,
        add column reopened_by uuid, add column reopen_reason text`);

    this.addSql(`
      create table report_snapshot (
        agency_id uuid not null references agency (id),
        month text not null,
        employee_id uuid not null,
        unit_id uuid,
        data jsonb not null,
        computed_at timestamptz not null default now(),
        primary key (agency_id, month, employee_id),
        foreign key (agency_id, employee_id) references employee (agency_id, id)
      )`);
    this.addSql(
      `create index report_snapshot_unit_idx on report_snapshot (agency_id, month, unit_id)`,
    );
  }
}
