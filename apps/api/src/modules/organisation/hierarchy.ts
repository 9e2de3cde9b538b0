/**
 * The hierarchy queries everything else builds on, each one SQL statement (recursive CTEs over
 * positions and units), never a walk of N queries. Supervisor resolution (product.md): the holder
 * of the parent position; else someone acting in it on the date; else the next occupant up; at the
 * top, none. The SQL function position_occupant (first migration) decides who occupies a position.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';

type Row = Record<string, unknown>;

/** Positions a person holds or acts in on a date, as a CTE `roots(root, pos)`. */
const ROOTS = `
  roots(root, pos) as (
    select e.id, e.position_id
      from employee e
     where e.agency_id = $1 and e.id = any($2::uuid[]) and e.active and e.position_id is not null
    union
    select a.employee_id, a.position_id
      from acting_assignment a
     where a.agency_id = $1 and a.employee_id = any($2::uuid[])
       and a.start_date <= $3::date and (a.end_date is null or a.end_date >= $3::date)
  )`;

/**
 * `members(root, employee_id, depth)`: everyone under each root's positions, depth counted in
 * people (a vacant position in between adds no level), limited to $4 levels when $4 is not null.
 * Acting officials count at the position they act in.
 */
const MEMBERS = `
  with recursive ${ROOTS},
  down(root, id, depth, occupied) as (
    select r.root, p.id, 1, position_occupant($1, p.id, $3::date, null) is not null
      from roots r
      join position p on p.agency_id = $1 and p.parent_id = r.pos
    union all
    select d.root, c.id, d.depth + d.occupied::int, position_occupant($1, c.id, $3::date, null) is not null
      from down d
      join position c on c.agency_id = $1 and c.parent_id = d.id
     where $4::int is null or d.depth + d.occupied::int <= $4::int
  ) cycle id set is_cycle using path,
  placed(root, employee_id, depth) as (
    select d.root, e.id, d.depth
      from down d
      join employee e on e.agency_id = $1 and e.position_id = d.id and e.active
    union all
    select d.root, a.employee_id, d.depth
      from down d
      join acting_assignment a on a.agency_id = $1 and a.position_id = d.id
       and a.start_date <= $3::date and (a.end_date is null or a.end_date >= $3::date)
      join employee e on e.agency_id = a.agency_id and e.id = a.employee_id and e.active
  ),
  members(root, employee_id, depth) as (
    select root, employee_id, min(depth)
      from placed
     where employee_id <> root and ($4::int is null or depth <= $4::int)
     group by root, employee_id
  )`;

/** The sort key of a subtree page's row, in its cursor. */
export type SubtreeCursor = { depth: number; name: string; id: string };

export const isSubtreeCursor = (v: unknown): v is SubtreeCursor => {
  const c = v as SubtreeCursor;
  return (
    typeof c?.depth === 'number' &&
    typeof c.name === 'string' &&
    typeof c.id === 'string' &&
    isUuid(c.id)
  );
};

export interface SubtreePageArgs {
  depth: number | null;
  first: number;
  after: SubtreeCursor | null;
}

export interface SubtreePage {
  rows: { id: string; depth: number; name: string }[];
  totalCount: number;
  hasNextPage: boolean;
}

export class Hierarchy {
  constructor(
    private readonly em: EntityManager,
    private readonly agencyId: string,
  ) {}

  private query<T extends Row>(sql: string, params: unknown[]): Promise<T[]> {
    return query<T>(this.em, sql, params);
  }

  /** One page of the people under `employeeId` on `date`, ordered by depth, name, id; with the total. */
  async subtreePage(employeeId: string, date: string, args: SubtreePageArgs): Promise<SubtreePage> {
    const a = args.after;
    const rows = await this.query<{ id: string; depth: number; name: string; total: string }>(
      `${MEMBERS},
       listed as (
         select m.employee_id as id, m.depth, e.name
           from members m join employee e on e.agency_id = $1 and e.id = m.employee_id
       )
       select l.id, l.depth, l.name, (select count(*) from listed) as total
         from listed l
        where $5::int is null or (l.depth, l.name, l.id) > ($5::int, $6::text, $7::uuid)
        order by l.depth, l.name, l.id
        limit $8`,
      [
        this.agencyId,
        [employeeId],
        date,
        args.depth,
        a?.depth ?? null,
        a?.name ?? null,
        a?.id ?? null,
        args.first + 1,
      ],
    );
    const total = rows[0]
      ? Number(rows[0].total)
      : a
        ? await this.subtreeCount(employeeId, date, args.depth)
        : 0;
    return {
      rows: rows
        .slice(0, args.first)
        .map((r) => ({ id: r.id, depth: Number(r.depth), name: r.name })),
      totalCount: total,
      hasNextPage: rows.length > args.first,
    };
  }

  async subtreeCount(employeeId: string, date: string, depth: number | null): Promise<number> {
    const [row] = await this.query<{ n: string }>(`${MEMBERS} select count(*) as n from members`, [
      this.agencyId,
      [employeeId],
      date,
      depth,
    ]);
    return Number(row?.n ?? 0);
  }

  /** How many people report directly to each of `employeeIds` on `date`. */
  async directReportCounts(
    employeeIds: readonly string[],
    date: string,
  ): Promise<Map<string, number>> {
    const rows = await this.query<{ root: string; n: string }>(
      `${MEMBERS} select root, count(*) as n from members group by root`,
      [this.agencyId, employeeIds, date, 1],
    );
    return new Map(rows.map((r) => [r.root, Number(r.n)]));
  }

  /** The supervisor of each employee on `date` (absent from the map: none, i.e. the top). */
  async supervisorsOf(employeeIds: readonly string[], date: string): Promise<Map<string, string>> {
    const rows = await this.query<{ employee_id: string; supervisor_id: string }>(
      `with recursive up(employee_id, pos, step, found) as (
         select e.id, p.parent_id, 1, position_occupant($1, p.parent_id, $3::date, e.id)
           from employee e
           join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and e.id = any($2::uuid[])
         union all
         select u.employee_id, p.parent_id, u.step + 1, position_occupant($1, p.parent_id, $3::date, u.employee_id)
           from up u
           join position p on p.agency_id = $1 and p.id = u.pos
          where u.found is null
       ) cycle pos set is_cycle using path
       select employee_id, found as supervisor_id from up where found is not null`,
      [this.agencyId, employeeIds, date],
    );
    return new Map(rows.map((r) => [r.employee_id, r.supervisor_id]));
  }

  /** Everyone above `employeeId` on `date`, nearest first. */
  async supervisorChain(employeeId: string, date: string): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `with recursive up(pos, step) as (
         select p.parent_id, 1
           from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and e.id = $2
         union all
         select p.parent_id, u.step + 1
           from up u join position p on p.agency_id = $1 and p.id = u.pos
       ) cycle pos set is_cycle using path
       select o.id
         from (select position_occupant($1, pos, $3::date, $2) as id, step from up where pos is not null) o
        where o.id is not null
        group by o.id
        order by min(o.step)`,
      [this.agencyId, employeeId, date],
    );
    return rows.map((r) => r.id);
  }

  /**
   * For each target: whether `viewerId` is above them in the hierarchy on `date`, and whether the
   * target's unit lies inside `adminUnitId`'s subtree (when given). One statement, walking up.
   */
  async relations(
    viewerId: string,
    targetIds: readonly string[],
    date: string,
    adminUnitId: string | null,
  ): Promise<Map<string, { below: boolean; inAdminScope: boolean }>> {
    const rows = await this.query<{ id: string; below: boolean; in_admin_scope: boolean }>(
      `with recursive ${ROOTS.replace('roots(root, pos)', 'starts(target, pos)')},
       viewer_pos as (
         select e.position_id as pos from employee e
          where e.agency_id = $1 and e.id = $4 and e.active and e.position_id is not null
         union
         select a.position_id from acting_assignment a
          where a.agency_id = $1 and a.employee_id = $4
            and a.start_date <= $3::date and (a.end_date is null or a.end_date >= $3::date)
       ),
       up(target, pos) as (
         select s.target, p.parent_id from starts s join position p on p.agency_id = $1 and p.id = s.pos
         union
         select u.target, p.parent_id from up u join position p on p.agency_id = $1 and p.id = u.pos
       ),
       units_up(target, unit) as (
         select e.id, p.unit_id
           from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and e.id = any($2::uuid[])
         union
         select u.target, o.parent_id from units_up u join org_unit o on o.agency_id = $1 and o.id = u.unit
       )
       select t.id,
              exists (select 1 from up u join viewer_pos v on v.pos = u.pos where u.target = t.id) as below,
              $5::uuid is not null and exists (select 1 from units_up u where u.target = t.id and u.unit = $5::uuid) as in_admin_scope
         from unnest($2::uuid[]) as t(id)`,
      [this.agencyId, targetIds, date, viewerId, adminUnitId],
    );
    return new Map(rows.map((r) => [r.id, { below: r.below, inAdminScope: r.in_admin_scope }]));
  }

  /**
   * Whether `employeeId` heads `unitId` on `date`: the unit (with the units below it) has positions,
   * and every one of them lies under a position the employee holds or acts in. One statement.
   */
  async headsUnit(employeeId: string, unitId: string, date: string): Promise<boolean> {
    const [row] = await this.query<{ heads: boolean }>(
      `with recursive ${ROOTS},
       units(id) as (
         select u.id from org_unit u where u.agency_id = $1 and u.id = $4
         union
         select c.id from units x join org_unit c on c.agency_id = $1 and c.parent_id = x.id
       ),
       below(id) as (
         select pos from roots
         union
         select c.id from below b join position c on c.agency_id = $1 and c.parent_id = b.id
       ),
       unit_pos(id) as (
         select p.id from position p where p.agency_id = $1 and p.unit_id in (select id from units)
       )
       select exists (select 1 from unit_pos)
              and not exists (select 1 from unit_pos where id not in (select id from below)) as heads`,
      [this.agencyId, [employeeId], date, unitId],
    );
    return row?.heads ?? false;
  }

  /** Whether `unitId` lies inside the subtree of `ancestorId` (or is it). */
  unitWithin(unitId: string, ancestorId: string): Promise<boolean> {
    return this.isAncestorOrSelf('org_unit', ancestorId, unitId);
  }

  /** Whether making `parentId` the parent of position `positionId` would create a cycle. */
  positionWouldCycle(positionId: string, parentId: string): Promise<boolean> {
    return this.isAncestorOrSelf('position', positionId, parentId);
  }

  /** Whether `ancestorId` is `id` or above it, walking up `parent_id` in `table`. */
  private async isAncestorOrSelf(
    table: 'org_unit' | 'position',
    ancestorId: string,
    id: string,
  ): Promise<boolean> {
    const [row] = await this.query<{ found: boolean }>(
      `with recursive up(id) as (
         select id from ${table} where agency_id = $1 and id = $2
         union
         select t.parent_id from up u join ${table} t on t.agency_id = $1 and t.id = u.id where t.parent_id is not null
       )
       select exists (select 1 from up where id = $3) as found`,
      [this.agencyId, id, ancestorId],
    );
    return row?.found ?? false;
  }
}
