/**
 * Who a kind of notification can reach, in SQL shared by the triggers and the settings page.
 * Positions count when held or acted in (Plt/Plh) on the date.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { NotificationKind } from './notifications.enums.js';

/** `held(employee_id, position_id)`: positions held or acted in on $3 (agency $1). */
export const HELD = `
  held(employee_id, position_id) as (
    select e.id, e.position_id from employee e
     where e.agency_id = $1 and e.active and e.position_id is not null
    union
    select a.employee_id, a.position_id
      from acting_assignment a
      join employee e on e.agency_id = a.agency_id and e.id = a.employee_id and e.active
     where a.agency_id = $1
       and a.start_date <= $3::date and (a.end_date is null or a.end_date >= $3::date)
  )`;

/**
 * `heads(employee_id, unit_id, unit_name)`: department heads on $3 — whoever holds or acts in
 * the top position of a DEPARTMENT unit (its parent position lies outside the unit).
 */
export const DEPARTMENT_HEADS = `
  heads(employee_id, unit_id, unit_name) as (
    select h.employee_id, u.id, u.name
      from held h
      join position p on p.agency_id = $1 and p.id = h.position_id
      join org_unit u on u.agency_id = $1 and u.id = p.unit_id and u.kind = 'DEPARTMENT'
      left join position pp on pp.agency_id = $1 and pp.id = p.parent_id
     where pp.id is null or pp.unit_id <> u.id
  )`;

/** The kinds that can reach an employee on a date (the `applies` flag of the settings). */
export async function appliesTo(
  em: EntityManager,
  agencyId: string,
  employeeId: string,
  date: string,
): Promise<Set<NotificationKind>> {
  const [row] = await query<{ supervises: boolean; digest: boolean }>(
    em,
    `with ${HELD}, ${DEPARTMENT_HEADS}
     select exists (
              select 1 from held h
                join position c on c.agency_id = $1 and c.parent_id = h.position_id
               where h.employee_id = $2) as supervises,
            exists (select 1 from heads where employee_id = $2)
              or exists (select 1 from employee e
                          where e.agency_id = $1 and e.id = $2 and 'EXECUTIVE' = any (e.roles)) as digest`,
    [agencyId, employeeId, date],
  );
  const kinds = new Set([
    NotificationKind.DAY_NOT_SUBMITTED,
    NotificationKind.ENTRIES_RETURNED,
    NotificationKind.TASKS_DUE,
  ]);
  if (row?.supervises) kinds.add(NotificationKind.QUEUE_NEAR_ESCALATION);
  if (row?.digest) kinds.add(NotificationKind.WEEKLY_DIGEST);
  return kinds;
}
