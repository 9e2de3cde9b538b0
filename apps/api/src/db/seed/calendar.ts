/**
 * Writes the demo city's calendar and places (calendar.data.ts). Idempotent and set-based like
 * the rest of the demo seed: stable ids, one statement per table, upserts. The default flag is
 * only given on first insert, and only if the agency has no default yet, so a re-run never fights
 * an admin's choice.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import {
  DEMO_HOLIDAYS,
  DEMO_HOMES,
  DEMO_OFFICES,
  DEMO_PATTERNS,
  DEMO_SPECIAL_PERIODS,
} from './calendar.data.js';

export interface CalendarSeedIds {
  agencyId: string;
  unit: (key: string) => string;
  employee: (nip: string) => string;
  /** A stable id for a seeded calendar row of this kind and key. */
  id: (kind: string, key: string) => string;
}

export async function seedCalendar(em: EntityManager, ids: CalendarSeedIds): Promise<void> {
  const { agencyId } = ids;
  const sql = (q: string, params: unknown[]) => query(em, q, params);
  const patternId = (code: string) => ids.id('work-pattern', code);

  await sql(
    `insert into work_pattern (agency_id, id, code, name, is_default)
     select $1, p.id, p.code, p.name,
            p.is_default and not exists (select 1 from work_pattern w where w.agency_id = $1 and w.is_default)
       from unnest($2::uuid[], $3::text[], $4::text[], $5::boolean[]) as p(id, code, name, is_default)
     on conflict (agency_id, id) do update set code = excluded.code, name = excluded.name, updated_at = now()`,
    [
      agencyId,
      DEMO_PATTERNS.map((p) => patternId(p.code)),
      DEMO_PATTERNS.map((p) => p.code),
      DEMO_PATTERNS.map((p) => p.name),
      DEMO_PATTERNS.map((p) => p.isDefault),
    ],
  );
  const days = DEMO_PATTERNS.flatMap((p) =>
    p.days.map((d) => ({ ...d, patternId: patternId(p.code) })),
  );
  await sql(
    `insert into work_pattern_day (agency_id, pattern_id, weekday, start_time, end_time, break_minutes)
     select $1, d.pattern_id, d.weekday, d.start_time, d.end_time, d.break_minutes
       from unnest($2::uuid[], $3::smallint[], $4::time[], $5::time[], $6::int[])
            as d(pattern_id, weekday, start_time, end_time, break_minutes)
     on conflict (agency_id, pattern_id, weekday) do update set start_time = excluded.start_time,
       end_time = excluded.end_time, break_minutes = excluded.break_minutes`,
    [
      agencyId,
      days.map((d) => d.patternId),
      days.map((d) => d.weekday),
      days.map((d) => d.start),
      days.map((d) => d.end),
      days.map((d) => d.breakMinutes),
    ],
  );
  const unitPatterns = DEMO_PATTERNS.flatMap((p) =>
    p.unitKeys.map((key) => ({ unitId: ids.unit(key), patternId: patternId(p.code) })),
  );
  await sql(
    `update org_unit o set work_pattern_id = x.pattern_id, updated_at = now()
       from unnest($2::uuid[], $3::uuid[]) as x(unit_id, pattern_id)
      where o.agency_id = $1 and o.id = x.unit_id`,
    [agencyId, unitPatterns.map((u) => u.unitId), unitPatterns.map((u) => u.patternId)],
  );
  const periods = DEMO_SPECIAL_PERIODS;
  await sql(
    `insert into special_period (agency_id, id, name, start_date, end_date, base_pattern_id, pattern_id)
     select $1, s.id, s.name, s.start_date, s.end_date, s.base_pattern_id, s.pattern_id
       from unnest($2::uuid[], $3::text[], $4::date[], $5::date[], $6::uuid[], $7::uuid[])
            as s(id, name, start_date, end_date, base_pattern_id, pattern_id)
     on conflict (agency_id, id) do update set name = excluded.name, start_date = excluded.start_date,
       end_date = excluded.end_date, base_pattern_id = excluded.base_pattern_id,
       pattern_id = excluded.pattern_id, updated_at = now()`,
    [
      agencyId,
      periods.map((s) => ids.id('special-period', s.key)),
      periods.map((s) => s.name),
      periods.map((s) => s.startDate),
      periods.map((s) => s.endDate),
      periods.map((s) => (s.baseCode ? patternId(s.baseCode) : null)),
      periods.map((s) => patternId(s.patternCode)),
    ],
  );
  await sql(
    `insert into holiday (agency_id, date, name, kind)
     select $1, h.date, h.name, h.kind::holiday_kind
       from unnest($2::date[], $3::text[], $4::text[]) as h(date, name, kind)
     on conflict (agency_id, date) do update set name = excluded.name, kind = excluded.kind`,
    [
      agencyId,
      DEMO_HOLIDAYS.map((h) => h.date),
      DEMO_HOLIDAYS.map((h) => h.name),
      DEMO_HOLIDAYS.map((h) => h.kind),
    ],
  );
  const officeId = (key: string) => ids.id('office-location', key);
  await sql(
    `insert into office_location (agency_id, id, name, latitude, longitude, radius_metres)
     select $1, o.id, o.name, o.latitude, o.longitude, o.radius_metres
       from unnest($2::uuid[], $3::text[], $4::float8[], $5::float8[], $6::int[])
            as o(id, name, latitude, longitude, radius_metres)
     on conflict (agency_id, id) do update set name = excluded.name, latitude = excluded.latitude,
       longitude = excluded.longitude, radius_metres = excluded.radius_metres, updated_at = now()`,
    [
      agencyId,
      DEMO_OFFICES.map((o) => officeId(o.key)),
      DEMO_OFFICES.map((o) => o.name),
      DEMO_OFFICES.map((o) => o.latitude),
      DEMO_OFFICES.map((o) => o.longitude),
      DEMO_OFFICES.map((o) => o.radiusMetres),
    ],
  );
  const links = DEMO_OFFICES.flatMap((o) =>
    o.unitKeys.map((key) => ({ unitId: ids.unit(key), locationId: officeId(o.key) })),
  );
  await sql(
    `insert into unit_office (agency_id, unit_id, location_id)
     select $1, l.unit_id, l.location_id from unnest($2::uuid[], $3::uuid[]) as l(unit_id, location_id)
     on conflict do nothing`,
    [agencyId, links.map((l) => l.unitId), links.map((l) => l.locationId)],
  );
  await sql(
    `update employee e set home_latitude = h.latitude, home_longitude = h.longitude
       from unnest($2::uuid[], $3::float8[], $4::float8[]) as h(id, latitude, longitude)
      where e.agency_id = $1 and e.id = h.id`,
    [
      agencyId,
      DEMO_HOMES.map((h) => ids.employee(h.nip)),
      DEMO_HOMES.map((h) => h.latitude),
      DEMO_HOMES.map((h) => h.longitude),
    ],
  );
}
