import { Migration } from '@mikro-orm/migrations';

/**
 * A permit on a night shift may run past midnight (arriving at 00:30 for a 21:00–07:00 shift
 * covers 21:00–00:30): its end may then be earlier in the day than its start, but never equal.
 */
export class Migration20261126130000_night_permits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table leave_request drop constraint leave_request_check2`);
    this.addSql(
      `alter table leave_request add constraint leave_request_permit_times
         check (start_time is null or end_time <> start_time)`,
    );
  }
}
