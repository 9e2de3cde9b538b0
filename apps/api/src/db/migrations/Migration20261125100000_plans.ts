import { Migration } from '@mikro-orm/migrations';

/** (being written) */
export class Migration20261125100000_plans extends Migration {
  override async up(): Promise<void> {
    // filled in by the plans work
  }
}
