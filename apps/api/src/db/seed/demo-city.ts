/**
 * Writes the demo city (demo-city.data.ts) into the database. Idempotent: ids are derived from the
 * data's stable keys, so a second run updates rows in place and creates nothing twice. Set-based:
 * one statement per table.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { hashPassword } from '../../modules/auth/passwords.js';
import { seedActivityBank } from './activity-bank.js';
import { seedCalendar } from './calendar.js';
import { buildDemoCity, DEMO_PASSWORD, MAYOR_POSITION_KEY } from './demo-city.data.js';
import { DEMO_POLICY_FROM, seedPolicy } from './policy.js';
import { seedLeave } from './leave.js';

/** A stable UUID (version 8, name-based) for a seeded row. */
export function seedId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function isEmpty(em: EntityManager): Promise<boolean> {
  const [row] = await query<{ n: string }>(em, 'select count(*) as n from agency');
  return Number(row?.n ?? 0) === 0;
}

export async function seedDemoCity(em: EntityManager) {
  const city = buildDemoCity();
  const agencyId = seedId('agency', city.agency.code);
  const unitId = (key: string) => seedId(city.agency.code, 'unit', key);
  const positionId = (key: string) => seedId(city.agency.code, 'position', key);
  const employeeId = (nip: string) => seedId(city.agency.code, 'employee', nip);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let activityItems = 0;

  await em.transactional(async (tx) => {
    const sql = (q: string, params: unknown[]) => query(tx, q, params);
    await sql(
      `insert into agency (id, code, name, time_zone) values ($1, $2, $3, $4)
       on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone`,
      [agencyId, city.agency.code, city.agency.name, city.agency.timeZone],
    );
    await sql(
      `insert into org_unit (agency_id, id, parent_id, code, name, kind, sort_order)
       select $1, u.id, u.parent_id, u.code, u.name, u.kind::org_unit_kind, u.ord
         from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[]) as u(id, parent_id, code, name, kind, ord)
       on conflict (agency_id, id) do update set parent_id = excluded.parent_id, code = excluded.code,
         name = excluded.name, kind = excluded.kind, sort_order = excluded.sort_order, updated_at = now()`,
      [
        agencyId,
        city.units.map((u) => unitId(u.key)),
        city.units.map((u) => (u.parentKey ? unitId(u.parentKey) : null)),
        city.units.map((u) => u.code),
        city.units.map((u) => u.name),
        city.units.map((u) => u.kind),
        city.units.map((_, i) => i),
      ],
    );
    await sql(
      `insert into position (agency_id, id, unit_id, parent_id, name, kind, job_class, elected)
       select $1, p.id, p.unit_id, p.parent_id, p.name, p.kind::position_kind, p.job_class, p.id = $8
         from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::int[]) as p(id, unit_id, parent_id, name, kind, job_class)
       on conflict (agency_id, id) do update set unit_id = excluded.unit_id, parent_id = excluded.parent_id,
         name = excluded.name, kind = excluded.kind, job_class = excluded.job_class,
         elected = excluded.elected, updated_at = now()`,
      [
        agencyId,
        city.positions.map((p) => positionId(p.key)),
        city.positions.map((p) => unitId(p.unitKey)),
        city.positions.map((p) => (p.parentKey ? positionId(p.parentKey) : null)),
        city.positions.map((p) => p.name),
        city.positions.map((p) => p.kind),
        city.positions.map((p) => p.jobClass),
        positionId(MAYOR_POSITION_KEY),
      ],
    );
    const e = city.employees;
    await sql(
      `insert into employee (agency_id, id, nip, name, rank, employment_type, position_id, roles, admin_unit_id, email, password_hash)
       select $1, x.id, x.nip, x.name, x.rank, x.type::employment_type, x.position_id,
              string_to_array(x.roles, ','), x.admin_unit_id, x.email, $2
         from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::uuid[], $11::text[])
              as x(id, nip, name, rank, type, position_id, roles, admin_unit_id, email)
       on conflict (agency_id, id) do update set name = excluded.name, rank = excluded.rank,
         employment_type = excluded.employment_type, position_id = excluded.position_id, roles = excluded.roles,
         admin_unit_id = excluded.admin_unit_id, email = excluded.email, active = true,
         password_hash = coalesce(employee.password_hash, excluded.password_hash), updated_at = now()`,
      [
        agencyId,
        passwordHash,
        e.map((x) => employeeId(x.nip)),
        e.map((x) => x.nip),
        e.map((x) => x.name),
        e.map((x) => x.rank),
        e.map((x) => x.employmentType),
        e.map((x) => positionId(x.positionKey)),
        e.map((x) => x.roles.join(',')),
        e.map((x) => (x.adminUnitKey ? unitId(x.adminUnitKey) : null)),
        e.map((x) => x.email),
      ],
    );
    await sql(
      `insert into account (nip, agency_id) select unnest($1::text[]), $2 on conflict (nip) do nothing`,
      [e.map((x) => x.nip), agencyId],
    );
    await sql(
      `insert into acting_assignment (agency_id, id, employee_id, position_id, kind, start_date, end_date)
       select $1, a.id, a.employee_id, a.position_id, a.kind::acting_kind, a.start_date, a.end_date
         from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::date[])
              as a(id, employee_id, position_id, kind, start_date, end_date)
       on conflict (agency_id, id) do update set start_date = excluded.start_date, end_date = excluded.end_date`,
      [
        agencyId,
        city.acting.map((a) => seedId(city.agency.code, 'acting', a.nip, a.positionKey)),
        city.acting.map((a) => employeeId(a.nip)),
        city.acting.map((a) => positionId(a.positionKey)),
        city.acting.map((a) => a.kind),
        city.acting.map((a) => a.startDate),
        city.acting.map((a) => a.endDate),
      ],
    );
    await seedPolicy(
      tx,
      agencyId,
      seedId(city.agency.code, 'performance-policy', DEMO_POLICY_FROM),
    );
    activityItems = await seedActivityBank(tx, city, {
      agencyId,
      unit: unitId,
      item: (code) => seedId(city.agency.code, 'activity-item', code),
      employee: employeeId,
    });
    await seedCalendar(tx, {
      agencyId,
      unit: unitId,
      employee: employeeId,
      id: (kind, key) => seedId(city.agency.code, kind, key),
    });
    await seedLeave(tx, {
      agencyId,
      timeZone: city.agency.timeZone,
      employee: employeeId,
      request: (key) => seedId(city.agency.code, 'leave-request', key),
    });
  });
  return {
    agencyId,
    units: city.units.length,
    positions: city.positions.length,
    employees: city.employees.length,
    activityItems,
  };
}
