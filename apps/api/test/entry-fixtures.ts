/**
 * Test data for verification, written straight in SQL (the activities module's own API is not
 * needed to arrange a queue): an item, submitted entries, evidence.
 */

/** Runs SQL with `?` placeholders on the test database (TestApp.sql). */
export type RunSql = <R extends Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => Promise<R[]>;

export interface EntrySpec {
  employeeId: string;
  date: string;
  start?: string;
  end?: string;
  credited?: number;
  status?: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'RETURNED';
  /** Instant of submission (ISO); default: the entry's date at 17:00 in Jakarta. */
  submittedAt?: string | null;
  /** Instant of logging (ISO); default: the entry's date at 16:00 in Jakarta. */
  createdAt?: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  decisionSource?: string | null;
}

export class EntryFixtures {
  private itemId: string | null = null;

  constructor(
    private readonly sql: RunSql,
    readonly agencyId: string,
  ) {}

  /** One published general item (30 standard minutes), created on first use. */
  async item(): Promise<string> {
    if (this.itemId) return this.itemId;
    const [row] = await this.sql<{ id: string }>(
      `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
       values (?, gen_random_uuid(), 'verif-' || substr(md5(random()::text), 1, 8), 'Menyusun laporan', 'laporan', 30, 'MAIN', 'PUBLISHED')
       returning id`,
      [this.agencyId],
    );
    this.itemId = row!.id;
    return this.itemId;
  }

  async entry(spec: EntrySpec): Promise<string> {
    const status = spec.status ?? 'SUBMITTED';
    const [row] = await this.sql<{ id: string }>(
      `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                   credited_minutes, status, submitted_at, created_at, decided_by, decided_at, decision_source)
       values (?, gen_random_uuid(), ?, ?::date, ?::time, ?::time, ?, 1, ?, ?::activity_entry_status,
               ?::timestamptz, ?::timestamptz, ?, ?::timestamptz, ?::decision_source)
       returning id`,
      [
        this.agencyId,
        spec.employeeId,
        spec.date,
        spec.start ?? '08:00',
        spec.end ?? '09:00',
        await this.item(),
        spec.credited ?? 30,
        status,
        spec.submittedAt === undefined
          ? status === 'DRAFT'
            ? null
            : `${spec.date}T17:00:00+07:00`
          : spec.submittedAt,
        spec.createdAt ?? `${spec.date}T16:00:00+07:00`,
        spec.decidedBy ?? null,
        spec.decidedAt ?? null,
        spec.decisionSource ?? null,
      ],
    );
    return row!.id;
  }

  /**
   * `count` submitted entries of one person in one statement: ten 30-minute entries a day from
   * 07:00, on consecutive days going back from `lastDate`, all submitted on `submittedAt`.
   */
  async many(
    employeeId: string,
    count: number,
    lastDate: string,
    submittedAt: string,
  ): Promise<void> {
    await this.sql(
      `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                   credited_minutes, status, submitted_at, created_at)
       select ?, gen_random_uuid(), ?, ?::date - (i / 10), time '07:00' + (i % 10) * interval '30 minutes',
              time '07:30' + (i % 10) * interval '30 minutes', ?, 1, 30, 'SUBMITTED', ?::timestamptz, ?::timestamptz
         from generate_series(0, ? - 1) as i`,
      [this.agencyId, employeeId, lastDate, await this.item(), submittedAt, submittedAt, count],
    );
  }

  /** Evidence with this SHA-256, attached to the entries. */
  async evidence(ownerId: string, sha256: string, entryIds: string[]): Promise<void> {
    const [row] = await this.sql<{ id: string }>(
      `insert into evidence (agency_id, id, owner_id, kind, mime_type, size_bytes, sha256, storage_key)
       values (?, gen_random_uuid(), ?, 'IMAGE', 'image/jpeg', 1000, ?, 'test/' || gen_random_uuid())
       returning id`,
      [this.agencyId, ownerId, sha256],
    );
    for (const entryId of entryIds)
      await this.sql(
        `insert into activity_entry_evidence (agency_id, entry_id, evidence_id) values (?, ?, ?)`,
        [this.agencyId, entryId, row!.id],
      );
  }
}
