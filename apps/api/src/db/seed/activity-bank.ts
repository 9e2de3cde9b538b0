/**
 * Writes the demo activity bank (activity-bank.data.ts) in set-based, idempotent statements: ids
 * derive from the item codes, so a second run updates the published items in place (published
 * again) and leaves the pending proposals as the agency admin left them (published, rejected…).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import type { DemoCity } from './demo-city.data.js';
import { buildActivityBank, buildProposedItems } from './activity-bank.data.js';

export interface BankSeedIds {
  agencyId: string;
  /** The id of a demo unit by key. */
  unit: (key: string) => string;
  /** The id of a demo item by code. */
  item: (code: string) => string;
  /** The id of a demo employee by NIP. */
  employee: (nip: string) => string;
}

/** Separates list elements inside one text parameter (no item text contains it). */
const SEP = '\u001f';

export async function seedActivityBank(
  em: EntityManager,
  city: DemoCity,
  ids: BankSeedIds,
): Promise<number> {
  const items = buildActivityBank(city);
  await query(
    em,
    `insert into activity_item (agency_id, id, code, name, description, output_unit, standard_minutes,
            category, scope_position_kinds, scope_unit_ids, keywords, requires_evidence, status, decided_at)
     select $1, x.id, x.code, x.name, x.description, x.output_unit, x.minutes, x.category::activity_category,
            coalesce(string_to_array(nullif(x.kinds, ''), $2), '{}'),
            coalesce(string_to_array(nullif(x.unit_ids, ''), $2)::uuid[], '{}'),
            coalesce(string_to_array(nullif(x.keywords, ''), $2), '{}'),
            x.evidence, 'PUBLISHED', now()
       from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::boolean[])
            as x(id, code, name, description, output_unit, minutes, category, kinds, unit_ids, keywords, evidence)
     on conflict (agency_id, id) do update set code = excluded.code, name = excluded.name,
       description = excluded.description, output_unit = excluded.output_unit,
       standard_minutes = excluded.standard_minutes, category = excluded.category,
       scope_position_ids = '{}', scope_position_kinds = excluded.scope_position_kinds,
       scope_unit_ids = excluded.scope_unit_ids, keywords = excluded.keywords,
       requires_evidence = excluded.requires_evidence, status = 'PUBLISHED', rejection_reason = null,
       updated_at = now()`,
    [
      ids.agencyId,
      SEP,
      items.map((i) => ids.item(i.code)),
      items.map((i) => i.code),
      items.map((i) => i.name),
      items.map((i) => i.description),
      items.map((i) => i.outputUnit),
      items.map((i) => i.standardMinutes),
      items.map((i) => i.category),
      items.map((i) => i.positionKinds.join(SEP)),
      items.map((i) => i.unitKeys.map(ids.unit).join(SEP)),
      items.map((i) => i.keywords.join(SEP)),
      items.map((i) => i.requiresEvidence),
    ],
  );
  await seedProposals(em, city, ids);
  return items.length;
}

/** The proposals waiting for the agency admin: inserted once, never reset by a later run. */
async function seedProposals(em: EntityManager, city: DemoCity, ids: BankSeedIds): Promise<void> {
  const items = buildProposedItems(city);
  await query(
    em,
    `insert into activity_item (agency_id, id, code, name, description, output_unit, standard_minutes,
            category, scope_unit_ids, keywords, requires_evidence, status, proposed_by)
     select $1, x.id, x.code, x.name, x.description, x.output_unit, x.minutes, x.category::activity_category,
            string_to_array(x.unit_ids, $2)::uuid[], string_to_array(x.keywords, $2),
            x.evidence, 'PROPOSED', x.proposed_by
       from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[],
                   $10::text[], $11::text[], $12::boolean[], $13::uuid[])
            as x(id, code, name, description, output_unit, minutes, category, unit_ids, keywords, evidence, proposed_by)
     on conflict do nothing`,
    [
      ids.agencyId,
      SEP,
      items.map((i) => ids.item(i.code)),
      items.map((i) => i.code),
      items.map((i) => i.name),
      items.map((i) => i.description),
      items.map((i) => i.outputUnit),
      items.map((i) => i.standardMinutes),
      items.map((i) => i.category),
      items.map((i) => i.unitKeys.map(ids.unit).join(SEP)),
      items.map((i) => i.keywords.join(SEP)),
      items.map((i) => i.requiresEvidence),
      items.map((i) => ids.employee(i.proposerNip)),
    ],
  );
}
