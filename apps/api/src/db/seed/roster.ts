/**
 * The demo city's shift rosters: every puskesmas (unit kind CLINIC) works in three shifts, P (Pagi
 * 07:00–14:00), S (Siang 14:00–21:00) and M (Malam 21:00–07:00, ending the next morning), and each
 * of its people has a cell on every date of the history's range (seedDemoHistory: three months
 * before its day to the end of that month), so the seeded attendance follows the roster:
 * - the head, the administration, pharmacy, laboratory and dental staff: P from Monday to
 *   Saturday, a day off on Sundays and holidays;
 * - the doctors: P, P, P, S, S, S, day off (a seven-day cycle, staggered per person);
 * - the nurses and midwives: P, P, S, S, M, M, day off, day off (an eight-day cycle, staggered so
 *   that every shift is covered);
 * - the night nurse (DEMO_ROSTER_USERS.nightNurse): five nights, two days off.
 * Cycles count from Monday 2026-01-05, so a date's cell does not depend on the day of the seed.
 *
 * Idempotent: shifts and cells are inserted with ON CONFLICT DO NOTHING (a head's later changes
 * stay), with name-based ids for the shifts. Two statements, whatever the number of people.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { buildDemoCity, DEMO_ROSTER_USERS } from './demo-city.data.js';
import { seedId } from './demo-city.js';

export interface RosterSummary {
  units: number;
  shifts: number;
  cells: number;
}

/** The demo shifts: code, name, start, end. */
export const DEMO_SHIFTS: readonly [code: string, name: string, start: string, end: string][] = [
  ['P', 'Pagi', '07:00', '14:00'],
  ['S', 'Siang', '14:00', '21:00'],
  ['M', 'Malam', '21:00', '07:00'],
];

const SHIFTS = `
  with inserted as (
    insert into shift_pattern (agency_id, id, unit_id, code, name, start_time, end_time)
    select $1, overlay(overlay(md5('kinerja-shift' || u.id::text || s.code) placing '8' from 13 for 1)
                       placing '8' from 17 for 1)::uuid,
           u.id, s.code, s.name, s.start_time::time, s.end_time::time
      from org_unit u
     cross join unnest($2::text[], $3::text[], $4::text[], $5::text[]) as s(code, name, start_time, end_time)
     where u.agency_id = $1 and u.kind = 'CLINIC'
    on conflict do nothing
    returning 1
  )
  select count(*)::int as n from inserted`;

/*
 * $1 agency, $2 first date, $3 last date, $4 the night nurse's NIP. A person's kind of cycle comes
 * from their position's name; their stagger from their rank by NIP in the unit.
 */
const CELLS = `
  with people as (
    select e.id, e.nip, p.unit_id,
           case when e.nip = $4 then 'NIGHT'
                when p.name like 'Perawat%' or p.name like 'Bidan%' then 'NURSE'
                when p.name like 'Dokter Ahli%' then 'DOCTOR'
                else 'DAY' end as kind,
           row_number() over (partition by p.unit_id order by e.nip)::int as n
      from employee e
      join position p on p.agency_id = e.agency_id and p.id = e.position_id
      join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id and u.kind = 'CLINIC'
     where e.agency_id = $1 and e.active
  ),
  cells as (
    select x.id, x.unit_id, d.day::date as day,
           case x.kind
             when 'NIGHT' then substr('MMMMMLL', 1 + ((d.day::date - date '2026-01-05') % 7), 1)
             when 'NURSE' then substr('PPSSMMLL', 1 + ((d.day::date - date '2026-01-05' + 3 * x.n) % 8), 1)
             when 'DOCTOR' then substr('PPPSSSL', 1 + ((d.day::date - date '2026-01-05' + 3 * x.n) % 7), 1)
             else case when extract(isodow from d.day) = 7 or h.date is not null then 'L' else 'P' end
           end as code
      from people x
     cross join generate_series($2::date, $3::date, interval '1 day') as d(day)
      left join holiday h on h.agency_id = $1 and h.date = d.day::date
  ),
  inserted as (
    insert into roster_cell (agency_id, employee_id, date, unit_id, shift_id)
    select $1, c.id, c.day, c.unit_id, s.id
      from cells c
      left join shift_pattern s on s.agency_id = $1 and s.unit_id = c.unit_id and s.code = c.code
     where c.code = 'L' or s.id is not null
    on conflict do nothing
    returning 1
  )
  select count(*)::int as n from inserted`;

/** Shifts and rosters of the demo puskesmas from `from` to `to` (the history's range). */
export async function seedDemoRoster(
  em: EntityManager,
  from: string,
  to: string,
): Promise<RosterSummary> {
  const city = buildDemoCity();
  const agencyId = seedId('agency', city.agency.code);
  const [units] = await query<{ n: number }>(
    em,
    `select count(*)::int as n from org_unit where agency_id = $1 and kind = 'CLINIC'`,
    [agencyId],
  );
  if (!units?.n) return { units: 0, shifts: 0, cells: 0 };
  return em.transactional(async (tx) => {
    const [shifts] = await query<{ n: number }>(tx, SHIFTS, [
      agencyId,
      DEMO_SHIFTS.map((s) => s[0]),
      DEMO_SHIFTS.map((s) => s[1]),
      DEMO_SHIFTS.map((s) => s[2]),
      DEMO_SHIFTS.map((s) => s[3]),
    ]);
    const [cells] = await query<{ n: number }>(tx, CELLS, [
      agencyId,
      from,
      to,
      DEMO_ROSTER_USERS.nightNurse.nip,
    ]);
    return { units: units.n, shifts: shifts?.n ?? 0, cells: cells?.n ?? 0 };
  });
}
