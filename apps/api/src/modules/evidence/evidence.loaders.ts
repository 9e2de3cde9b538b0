/**
 * Evidence loaders, built per request and agency (wired into loaders.ts): the evidence attached to
 * each activity entry, one statement per batch.
 */
import type { EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { query } from '../../common/sql.js';
import { Evidence } from './evidence.entity.js';

export function createEvidenceLoaders(em: EntityManager, agencyId: string) {
  return {
    /** Entry id → its evidence, oldest upload first. */
    byEntry: new DataLoader<string, Evidence[]>(async (entryIds) => {
      const rows = await query<EntityDictionary<Evidence> & { link_entry_id: string }>(
        em,
        `select l.entry_id as link_entry_id, ev.*
           from activity_entry_evidence l
           join evidence ev on ev.agency_id = l.agency_id and ev.id = l.evidence_id
          where l.agency_id = $1 and l.entry_id = any($2::uuid[])
          order by ev.created_at, ev.id`,
        [agencyId, entryIds],
      );
      const groups = new Map<string, Evidence[]>();
      for (const { link_entry_id: entryId, ...row } of rows) {
        const evidence = em.map(Evidence, row);
        const list = groups.get(entryId);
        if (list) list.push(evidence);
        else groups.set(entryId, [evidence]);
      }
      return entryIds.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type EvidenceLoaders = ReturnType<typeof createEvidenceLoaders>;
