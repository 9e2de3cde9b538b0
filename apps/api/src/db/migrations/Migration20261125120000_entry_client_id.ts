import { Migration } from '@mikro-orm/migrations';

/**
 * The id a device gives an entry it logs (the employee app's offline queue), so that sending it
 * again returns the entry already logged instead of making a second one.
 */
export class Migration20261125120000_entry_client_id extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table activity_entry add column client_id uuid`);
    this.addSql(
      `create unique index activity_entry_client_idx on activity_entry (agency_id, employee_id, client_id)
        where client_id is not null`,
    );
  }
}
