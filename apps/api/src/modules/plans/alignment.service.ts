/**
 * The alignment of plans (issue 7): the tree of the planned results of a unit's people for a year,
 * from the regional head's results down (the results above them that theirs support are included
 * for context), with every result that supports nothing and every supervisor's result nobody
 * supports flagged. Set-based: one statement for the tree (recursive CTEs), one for supervisors,
 * one for direct reports, one for the people, whatever the size.
 */
import type { EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAgencyWide, type Viewer } from '../../common/auth/viewer.js';
import { forbidden, notFound, refuse } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import type { Employee } from '../organisation/employee.entity.js';
import type { Hierarchy } from '../organisation/hierarchy.js';
import { Role } from '../organisation/organisation.enums.js';
import { PlannedResult } from './plans.entities.js';
import { AlignmentFlag, type PlanStatus } from './plans.enums.js';
import { alignmentFlags } from './plans.policy.js';
import { yearProblem } from './plans.rules.js';
import type { Alignment, AlignmentNode } from './plans.types.js';

const UNITS = `
  units(id) as (
    select u.id from org_unit u where u.agency_id = $1 and u.id = $2
    union
    select c.id from units x join org_unit c on c.agency_id = $1 and c.parent_id = x.id
  )`;

type TreeRow = EntityDictionary<PlannedResult> & {
  total_people: number;
  total_plans: number;
  total_approved: number;
  owner_id: string | null;
  plan_status: PlanStatus;
  in_unit: boolean;
  supporters: number;
};

export class AlignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly loaders: Loaders,
    private readonly hierarchy: Hierarchy,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /**
   * Executives and agency admins see any unit; a department admin, units of their scope; anyone
   * else, a unit they head or one below it (every position of the unit lies under a position they
   * hold or act in today). NOT_FOUND for an unknown unit.
   */
  private async assertMayRead(unitId: string): Promise<void> {
    if (!isUuid(unitId) || !(await this.loaders.unit.load(unitId)))
      throw notFound('organisation.unitNotFound');
    if (isAgencyWide(this.viewer)) return;
    const v = this.viewer;
    if (
      v.roles.has(Role.DEPARTMENT_ADMIN) &&
      v.adminUnitId &&
      (await this.hierarchy.unitWithin(unitId, v.adminUnitId))
    )
      return;
    if (!(await this.hierarchy.headsUnit(v.employeeId, unitId, this.today)))
      throw forbidden('plans.alignmentForbidden');
  }

  async alignment(unitId: string, year: number): Promise<Alignment> {
    const bad = yearProblem(year);
    if (bad) throw refuse(bad);
    await this.assertMayRead(unitId);
    const rows = await query<TreeRow>(
      this.em,
      `with recursive ${UNITS},
       people(id) as (
         select e.id from employee e
           join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and e.active and p.unit_id in (select id from units)
       ),
       plans as (
         select pl.id, pl.status from performance_plan pl
          where pl.agency_id = $1 and pl.year = $3 and pl.employee_id in (select id from people)
       ),
       own(id) as (
         select r.id from planned_result r where r.agency_id = $1 and r.plan_id in (select id from plans)
       ),
       up(id) as (
         select id from own
         union
         select r.parent_result_id from up u
           join planned_result r on r.agency_id = $1 and r.id = u.id
          where r.parent_result_id is not null
       ),
       nodes as (
         select r.*, pl.employee_id as owner_id, pl.status as plan_status,
                r.id in (select id from own) as in_unit,
                (select count(*)::int from planned_result c
                  where c.agency_id = $1 and c.parent_result_id = r.id) as supporters
           from up u
           join planned_result r on r.agency_id = $1 and r.id = u.id
           join performance_plan pl on pl.agency_id = $1 and pl.id = r.plan_id
       )
       select tot.*, n.*
         from (select (select count(*) from people)::int as total_people,
                      (select count(*) from plans)::int as total_plans,
                      (select count(*) from plans where status = 'APPROVED')::int as total_approved) tot
         left join nodes n on true
        order by n.sort_order, n.id`,
      [this.agencyId, unitId, year],
    );
    const found = rows.filter((r) => r.owner_id !== null);
    const owners = [...new Set(found.map((r) => r.owner_id!))];
    const [supervisors, reports, people] = owners.length
      ? await Promise.all([
          this.hierarchy.supervisorsOf(owners, this.today),
          this.hierarchy.directReportCounts(owners, this.today),
          this.loaders.employee.loadMany(owners),
        ])
      : [new Map<string, string>(), new Map<string, number>(), []];
    const ownerById = new Map(owners.map((id, i) => [id, people[i] as Employee]));

    const byId = new Map<string, AlignmentNode>();
    const parentOf = new Map<string, string | null>();
    for (const r of found) {
      const {
        total_people,
        total_plans,
        total_approved,
        owner_id,
        plan_status,
        in_unit,
        supporters,
        ...columns
      } = r;
      void total_people;
      void total_plans;
      void total_approved;
      const result = this.em.map(PlannedResult, columns);
      byId.set(result.id, {
        result,
        owner: ownerById.get(owner_id!)!,
        planStatus: plan_status,
        depth: 0,
        inUnit: in_unit,
        supporters: Number(supporters),
        flags: alignmentFlags({
          hasParent: result.parentResultId !== null,
          ownerHasSupervisor: supervisors.has(owner_id!),
          ownerHasReports: (reports.get(owner_id!) ?? 0) > 0,
          supporters: Number(supporters),
        }),
        children: [],
      });
      parentOf.set(result.id, result.parentResultId);
    }
    const roots: AlignmentNode[] = [];
    for (const [id, node] of byId) {
      const parent = parentOf.get(id);
      const up = parent ? byId.get(parent) : undefined;
      if (up) up.children.push(node);
      else roots.push(node);
    }
    // Results of the regional head first, then by owner, then the owner's order.
    const order = (a: AlignmentNode, b: AlignmentNode) =>
      Number(supervisors.has(a.owner.id)) - Number(supervisors.has(b.owner.id)) ||
      a.owner.name.localeCompare(b.owner.name) ||
      a.result.sortOrder - b.result.sortOrder;
    const nodes: AlignmentNode[] = [];
    const walk = (list: AlignmentNode[], depth: number) => {
      list.sort(order);
      for (const node of list) {
        node.depth = depth;
        nodes.push(node);
        walk(node.children, depth + 1);
      }
    };
    walk(roots, 0);
    const own = nodes.filter((n) => n.inUnit);
    const first = rows[0];
    return {
      unitId,
      year,
      roots,
      nodes,
      counts: {
        people: first?.total_people ?? 0,
        plans: first?.total_plans ?? 0,
        approvedPlans: first?.total_approved ?? 0,
        results: own.length,
        supportsNothing: own.filter((n) => n.flags.includes(AlignmentFlag.SUPPORTS_NOTHING)).length,
        unsupported: own.filter((n) => n.flags.includes(AlignmentFlag.UNSUPPORTED)).length,
      },
    };
  }
}
