import { Migration } from '@mikro-orm/migrations';

/**
 * Shift rosters (jadwal dinas): a unit's shifts (shift_pattern, a night shift ends on the next
 * calendar day when end_time <= start_time) and a roster cell per employee and date that overrides
 * the work pattern for that date (a shift, or a day off when shift_id is null).
 *
 * attendance_day(agency, employee, instant, time zone, is_check_in) decides which date a check
 * belongs to: the local date, except in the morning after a night shift on the roster, when a
 * check-out (or a fingerprint log) until 12:00, or a check-in before the shift's end, belongs to
 * the night shift that started the evening before.
 */
export class Migration20261126090000_roster extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table shift_pattern (
        agency_id uuid not null references agency (id),
        id uuid not null,
        unit_id uuid not null,
        code text not null,
        name text not null,
        start_time time not null,
        end_time time not null,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (agency_id, id),
        foreign key (agency_id, unit_id) references org_unit (agency_id, id),
        check (code ~ '^[A-Z0-9]{1,4}$'),
        check (start_time <> end_time)
      )`);
    this.addSql(
      `create unique index shift_pattern_code_idx on shift_pattern (agency_id, unit_id, code)`,
    );
    this.addSql(`
      create table roster_cell (
        agency_id uuid not null references agency (id),
        employee_id uuid not null,
        date date not null,
        unit_id uuid not null,
        shift_id uuid,
        updated_by uuid,
        updated_at timestamptz not null default now(),
        primary key (agency_id, employee_id, date),
        foreign key (agency_id, employee_id) references employee (agency_id, id),
        foreign key (agency_id, unit_id) references org_unit (agency_id, id),
        foreign key (agency_id, shift_id) references shift_pattern (agency_id, id)
      )`);
    this.addSql(`create index roster_cell_unit_idx on roster_cell (agency_id, unit_id, date)`);
    this.addSql(`create index roster_cell_shift_idx on roster_cell (agency_id, shift_id)`);
    this.addSql(`
      create function attendance_day(p_agency uuid, p_employee uuid, p_at timestamptz, p_tz text,
                                     p_check_in boolean)
      returns date language sql stable as $$
        select case
                 when exists (
                   select 1
                     from roster_cell rc
                     join shift_pattern sp on sp.agency_id = rc.agency_id and sp.id = rc.shift_id
                    where rc.agency_id = p_agency and rc.employee_id = p_employee
                      and rc.date = (p_at at time zone p_tz)::date - 1
                      and sp.end_time < sp.start_time
                      and (p_at at time zone p_tz)::time
                          < case when p_check_in then sp.end_time else greatest(sp.end_time, time '12:00') end)
                 then (p_at at time zone p_tz)::date - 1
                 else (p_at at time zone p_tz)::date
               end
      $$`);
  }
}
