/**
 * Searching the append-only audit log. Agency admins and executives read the whole agency; a
 * department admin reads the events whose actor, or whose subject (an employee, an entry of an
 * employee, a unit, a position or an acting assignment), lies in their department. Keyset
 * pagination, newest first; one statement per page.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { isCalendarDate } from '../../common/dates.js';
import { badInput, forbidden } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import { Role } from '../organisation/organisation.enums.js';
import type { AuditEventFilter } from './verification.inputs.js';
import type { AuditEventConnection } from './verification.types.js';

type AuditCursor = [at: string, id: string];
const isAuditCursor = (v: unknown): v is AuditCursor =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(v[0]) &&
  typeof v[1] === 'string' &&
  isUuid(v[1]);

interface AuditRow {
  id: string;
  /** timestamptz as text, full precision: the cursor key. */
  at: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_id: string | null;
  data: Record<string, unknown> | null;
  request_id: string | null;
}

/** Department-admin scope: $2 is their unit (null: the whole agency). */
const IN_SCOPE = `(
  $2::uuid is null
  or a.actor_id in (select id from scope_people)
  or (a.entity_type = 'Employee' and a.entity_id in (select id from scope_people))
  or (a.entity_type = 'ActivityEntry' and exists (
        select 1 from activity_entry x
         where x.agency_id = $1 and x.id = a.entity_id and x.employee_id in (select id from scope_people)))
  or (a.entity_type = 'OrgUnit' and a.entity_id in (select id from scope_units))
  or (a.entity_type = 'Position' and exists (
        select 1 from position x where x.agency_id = $1 and x.id = a.entity_id and x.unit_id in (select id from scope_units)))
  or (a.entity_type = 'ActingAssignment' and exists (
        select 1 from acting_assignment x join position xp on xp.agency_id = x.agency_id and xp.id = x.position_id
         where x.agency_id = $1 and x.id = a.entity_id and xp.unit_id in (select id from scope_units)))
)`;

export class AuditSearch {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly loaders: Loaders,
  ) {}

  async search(
    filter: AuditEventFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<AuditEventConnection> {
    const v = this.viewer;
    const scopeUnit = isAgencyWide(v)
      ? null
      : v.roles.has(Role.DEPARTMENT_ADMIN)
        ? v.adminUnitId
        : undefined;
    if (scopeUnit === undefined) throw forbidden();
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, isAuditCursor) : null;
    for (const d of [filter.from, filter.to])
      if (d && !isCalendarDate(d)) throw badInput('common.badInput', { details: d });
    const uuidOrNone = (id: string | null | undefined) =>
      id == null ? null : isUuid(id) ? id : '00000000-0000-0000-0000-000000000000';

    const rows = await query<AuditRow>(
      this.em,
      `with recursive scope_units(id) as (
         select $2::uuid where $2::uuid is not null
         union
         select o.id from scope_units s join org_unit o on o.agency_id = $1 and o.parent_id = s.id
       ),
       scope_people(id) as (
         select e.id from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and p.unit_id in (select id from scope_units)
       )
       select a.id, a.at::text as at, a.action, a.entity_type, a.entity_id, a.actor_id, a.data, a.request_id
         from audit_event a
        where a.agency_id = $1 and ${IN_SCOPE}
          and ($3::text is null or a.entity_type = $3::text)
          and ($4::uuid is null or a.entity_id = $4::uuid)
          and ($5::uuid is null or a.actor_id = $5::uuid)
          and ($6::text is null or a.action = $6::text)
          and ($7::date is null or a.at >= $7::date::timestamp at time zone $9)
          and ($8::date is null or a.at < ($8::date + 1)::timestamp at time zone $9)
          and ($10::timestamptz is null or (a.at, a.id) < ($10::timestamptz, $11::uuid))
        order by a.at desc, a.id desc
        limit $12`,
      [
        v.agencyId,
        scopeUnit,
        filter.entityType ?? null,
        uuidOrNone(filter.entityId),
        uuidOrNone(filter.actorId),
        filter.action ?? null,
        filter.from ?? null,
        filter.to ?? null,
        v.timeZone,
        cursor?.[0] ?? null,
        cursor?.[1] ?? null,
        size + 1,
      ],
    );
    const page = rows.slice(0, size);
    const actors = await this.loaders.employee.loadMany(
      page.map((r) => r.actor_id).filter((id): id is string => id !== null),
    );
    const actorById = new Map(
      actors.flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a] as const] : [])),
    );
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.at, r.id] satisfies AuditCursor),
      node: {
        id: r.id,
        at: new Date(r.at),
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        actor: r.actor_id ? (actorById.get(r.actor_id) ?? null) : null,
        data: r.data,
        requestId: r.request_id,
      },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
