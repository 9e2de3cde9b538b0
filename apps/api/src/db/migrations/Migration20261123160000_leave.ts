import { Migration } from '@mikro-orm/migrations';

/**
 * Leave and permits: one person's pending and approved requests never overlap, even against
 * concurrent requests (the service checks first, to give a precise message).
 *
 * Each request occupies a part of its days, its slot: a whole-day request the whole day [0,3), a
 * permit to arrive late the start [0,1), a half day of official travel the middle [1,2), a permit
 * to leave early the end [2,3). Two requests clash when their dates and their slots overlap: a
 * whole-day request clashes with anything on its dates; a permit to arrive late and one to leave
 * early on the same date do not clash, two of the same kind do.
 */
export class Migration20261123160000_leave extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function leave_request_slot(p_kind leave_kind, p_half_day boolean)
      returns int4range language sql immutable parallel safe as $$
        select case
          when p_kind = 'PERMIT_LATE' then int4range(0, 1)
          when p_kind = 'PERMIT_EARLY' then int4range(2, 3)
          when p_half_day then int4range(1, 2)
          else int4range(0, 3)
        end
      $$`);
    this.addSql(`
      alter table leave_request add constraint leave_request_no_overlap exclude using gist (
        agency_id with =,
        employee_id with =,
        daterange(start_date, end_date, '[]') with &&,
        leave_request_slot(kind, half_day) with &&
      ) where (status in ('PENDING', 'APPROVED'))`);
    // Permits and half days are one date.
    this.addSql(`alter table leave_request add constraint leave_request_partial_one_day
      check (not (half_day or kind in ('PERMIT_LATE', 'PERMIT_EARLY')) or start_date = end_date)`);
    this.addSql(
      `create index leave_request_attachment_idx on leave_request (agency_id, attachment_id) where attachment_id is not null`,
    );
    this.addSql(
      `create index leave_request_decided_idx on leave_request (agency_id, decided_by, decided_at) where decided_by is not null`,
    );
  }
}
