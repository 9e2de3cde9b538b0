import { Migration } from '@mikro-orm/migrations';

/**
 * The policy's review settings (rules.md, "The 360° behaviour review"): when the monthly tasks are
 * due, how many peers and coworkers are drawn, the anonymity threshold and the rater weights. An
 * empty object means the defaults (merged in policyFromRow).
 */
export class Migration20261125090000_review_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table performance_policy add column review_settings jsonb not null default '{}'::jsonb`,
    );
  }
}
