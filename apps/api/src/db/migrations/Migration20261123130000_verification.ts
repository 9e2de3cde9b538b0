import { Migration } from '@mikro-orm/migrations';

/**
 * Verification: the working-day count that escalation uses (one SQL function, so the work
 * calendar with holidays can replace its body later without touching any query), and the indexes
 * of the supervisor statistics and the audit-log search.
 */
export class Migration20261123130000_verification extends Migration {
  override async up(): Promise<void> {
    // Working days strictly after p_from up to and including p_to (0 when p_to <= p_from).
    // For now Monday–Friday; the agency parameter is there for its work calendar (holidays,
    // collective leave) when that arrives.
    this.addSql(`
      create function working_days_between(p_agency uuid, p_from date, p_to date)
      returns integer language sql stable parallel safe as $$
        select count(*)::int
          from generate_series(p_from + 1, p_to, interval '1 day') as d(day)
         where extract(isodow from d.day) < 6
      $$`);
    this.addSql(
      `create index activity_entry_decided_idx on activity_entry (agency_id, decided_by, decided_at) where decided_by is not null`,
    );
    this.addSql(`create index audit_event_actor_idx on audit_event (agency_id, actor_id, at)`);
  }
}
