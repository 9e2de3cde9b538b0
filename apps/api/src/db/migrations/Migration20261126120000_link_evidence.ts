import { Migration } from '@mikro-orm/migrations';

/**
 * Link evidence: an entry's evidence may be an http(s) link (a teaching video, a document in the
 * agency's drive), stored as the link itself and never fetched, so it has no stored bytes.
 */
export class Migration20261126120000_link_evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type evidence_kind add value if not exists 'LINK'`);
    this.addSql(`alter table evidence alter column storage_key drop not null`);
    this.addSql(`alter table evidence add column link_url text`);
    // Exactly one of stored bytes or a link (the new enum value cannot be used in this transaction).
    this.addSql(
      `alter table evidence add constraint evidence_bytes_or_link
         check ((storage_key is null) = (link_url is not null))`,
    );
    // A link has no bytes (size 0); a file still has some.
    this.addSql(`alter table evidence drop constraint evidence_size_bytes_check`);
    this.addSql(
      `alter table evidence add constraint evidence_size_bytes_check
         check (size_bytes > 0 or (size_bytes = 0 and link_url is not null))`,
    );
  }
}
