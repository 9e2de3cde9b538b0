import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './audit-event.entity.js';

/** Appends to the audit log inside the caller's unit of work (flushed with the change it records). */
export class AuditLog {
  constructor(
    private readonly em: EntityManager,
    private readonly agencyId: string,
    private readonly actorId: string | null,
    private readonly requestId: string | null,
  ) {}

  write(
    action: string,
    entityType: string,
    entityId: string | null,
    data?: Record<string, unknown>,
  ): void {
    this.em.persist(
      this.em.create(AuditEvent, {
        agencyId: this.agencyId,
        actorId: this.actorId,
        action,
        entityType,
        entityId,
        data: data ?? null,
        requestId: this.requestId,
      }),
    );
  }
}
