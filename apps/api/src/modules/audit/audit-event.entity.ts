import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from '../../common/ids.js';

/** Append-only record of every change made through the API (the database refuses updates and deletes). */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = uuidv7();

  @Property({ type: 'uuid', fieldName: 'agency_id' })
  agencyId!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'uuid', nullable: true })
  entityId: string | null = null;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;

  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  @Property({ type: 'timestamptz' })
  at: Date & Opt = new Date();
}
