/** Per-request batched lookups of the calendar (one statement per kind and tick). */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { WorkPattern } from './calendar.entities.js';
import type { WorkPatternDay } from './calendar.types.js';

export function createCalendarLoaders(em: EntityManager, agencyId: string) {
  return {
    pattern: new DataLoader<string, WorkPattern | null>(async (ids) => {
      const rows = await em.find(WorkPattern, { agencyId, id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    patternDays: new DataLoader<string, WorkPatternDay[]>(async (ids) => {
      const rows = await query<WorkPatternDay & { patternId: string }>(
        em,
        `select pattern_id as "patternId", weekday, to_char(start_time, 'HH24:MI') as start,
                to_char(end_time, 'HH24:MI') as "end", break_minutes as "breakMinutes",
                (extract(epoch from end_time - start_time) / 60)::int - break_minutes as "netMinutes"
           from work_pattern_day
          where agency_id = $1 and pattern_id = any($2::uuid[])
          order by pattern_id, weekday`,
        [agencyId, ids],
      );
      return ids.map((id) => rows.filter((r) => r.patternId === id));
    }),
    /** A unit's own pattern id (null: it inherits). */
    unitPatternId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await query<{ id: string; patternId: string | null }>(
        em,
        `select id, work_pattern_id as "patternId" from org_unit where agency_id = $1 and id = any($2::uuid[])`,
        [agencyId, ids],
      );
      const map = new Map(rows.map((r) => [r.id, r.patternId]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** The units that have a pattern as their own (not those inheriting it), by name. */
    unitsByPattern: new DataLoader<string, OrgUnit[]>(async (patternIds) => {
      const links = await query<{ id: string; patternId: string }>(
        em,
        `select id, work_pattern_id as "patternId" from org_unit
          where agency_id = $1 and work_pattern_id = any($2::uuid[])`,
        [agencyId, patternIds],
      );
      const units = links.length
        ? await em.find(
            OrgUnit,
            { agencyId, id: { $in: links.map((l) => l.id) } },
            { orderBy: { name: 'asc' } },
          )
        : [];
      return patternIds.map((patternId) => {
        const mine = new Set(links.filter((l) => l.patternId === patternId).map((l) => l.id));
        return units.filter((u) => mine.has(u.id));
      });
    }),
  };
}

export type CalendarLoaders = ReturnType<typeof createCalendarLoaders>;
