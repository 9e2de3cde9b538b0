import { Migration } from '@mikro-orm/migrations';

/** (being written) */
export class Migration20261125110000_reviews extends Migration {
  override async up(): Promise<void> {
    // filled in by the reviews work
  }
}
