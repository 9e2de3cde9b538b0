import { Migration } from '@mikro-orm/migrations';

/**
 * Attendance reads by selfie: who may see an uploaded photo (evidence.service.ts) and whether a
 * photo was already used for a check (attendance.service.ts) look up attendance_record by its photo
 * columns; without these indexes each lookup would scan the agency's records.
 */
export class Migration20261123170000_attendance_extra extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index attendance_record_check_in_photo_idx on attendance_record (agency_id, check_in_photo_id) where check_in_photo_id is not null`,
    );
    this.addSql(
      `create index attendance_record_check_out_photo_idx on attendance_record (agency_id, check_out_photo_id) where check_out_photo_id is not null`,
    );
  }
}
