/**
 * A level of a supervisor's team tree: the people reporting directly to someone, a page at a
 * time, each with the month's figures (the report card's minutes, target and achievement), what
 * waits for verification, today's attendance and, for those who supervise, their own backlog.
 * Everything set-based: the same number of statements for a section of five and for Sekda's
 * department heads (team-members.int.test.ts counts them).
 *
 * Who may read: whoever may read `of` privately (organisation.policy.ts's mayReadPrivate: the
 * person, anyone above, admins in scope, executives), as `subordinates`; each person listed is
 * checked the same way in one batched statement, and anyone the caller may not read (a department
 * admin's view at the department's edge) is left out of the page.
 */
import { fromHundredths } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import { concurrently, query } from '../../common/sql.js';
import type { Loaders } from '../../loaders.js';
import type { AttendanceReports } from '../attendance/attendance-reports.js';
import { monthRange } from '../calendar/calendar.service.js';
import type { Access } from '../organisation/access.js';
import type { Employee } from '../organisation/employee.entity.js';
import { isSubtreeCursor, type Hierarchy } from '../organisation/hierarchy.js';
import { assertMonth } from '../periods/months.js';
import { verificationFiguresOf } from '../verification/verification-stats.js';
import type { ReportsService } from './reports.service.js';
import type { TeamMember, TeamMemberConnection } from './team-members.types.js';

export interface TeamMembersDeps {
  em: EntityManager;
  viewer: Viewer;
  today: string;
  now: () => Date;
  loaders: Loaders;
  access: Access;
  hierarchy: Hierarchy;
  reports: ReportsService;
  attendance: AttendanceReports;
}

export class TeamMembersService {
  constructor(private readonly d: TeamMembersDeps) {}

  async page(
    of: string | null,
    period: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<TeamMemberConnection> {
    const { em, viewer, today, loaders, access, hierarchy } = this.d;
    assertMonth(period);
    const root = of ?? viewer.employeeId;
    if (!isUuid(root) || !(await loaders.employee.load(root)))
      throw notFound('organisation.employeeNotFound');
    await access.assertMayReadPrivate(root);
    const size = pageSize(first);
    const page = await hierarchy.subtreePage(root, today, {
      depth: 1,
      first: size,
      after: after ? decodeCursor(after, isSubtreeCursor) : null,
    });
    const allowed = await Promise.all(page.rows.map((r) => access.mayReadPrivate(r.id)));
    const rows = page.rows.filter((_, i) => allowed[i]);
    const ids = rows.map((r) => r.id);

    const [employees, cards, pending, days, reportCounts] = await concurrently(em, [
      () => loaders.employee.loadMany(ids),
      () => this.d.reports.cardsOf(ids, period),
      () => this.pending(ids, period),
      () => this.d.attendance.daysOn(ids, today),
      () => loaders.directReportCount.loadMany(ids),
    ] as const);
    const counts = new Map(ids.map((id, i) => [id, Number(reportCounts[i]) || 0]));
    const supervisors = ids.filter((id) => (counts.get(id) ?? 0) > 0);
    const verification = await verificationFiguresOf(
      em,
      { agencyId: viewer.agencyId, timeZone: viewer.timeZone, today, now: this.d.now() },
      supervisors,
    );
    const cardOf = new Map(cards.map((c) => [c.employeeId, c]));

    const edges = rows.flatMap((r, i) => {
      const employee = employees[i];
      const card = cardOf.get(r.id);
      if (!employee || employee instanceof Error || !card) return [];
      const stats = verification.get(r.id);
      const node: TeamMember = {
        employee,
        period,
        frozen: card.frozen,
        approvedMainMinutes: card.card.approvedMainMinutes,
        countedAdditionalMinutes: card.card.countedAdditionalMinutes,
        targetMinutes: card.card.targetMinutes,
        achievement: fromHundredths(card.card.achievement),
        pendingCount: pending.get(r.id)?.n ?? 0,
        pendingMinutes: pending.get(r.id)?.minutes ?? 0,
        directReportCount: counts.get(r.id) ?? 0,
        today: days.get(r.id) ?? null,
        verification: stats ? { supervisor: employee as Employee, ...stats } : null,
      };
      return [{ cursor: encodeCursor({ depth: r.depth, name: r.name, id: r.id }), node }];
    });
    const last = page.rows.at(-1);
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: last ? encodeCursor({ depth: last.depth, name: last.name, id: last.id }) : null,
      },
    };
  }

  /** Each person's entries of the month waiting for a decision: how many, how many minutes. */
  private async pending(
    ids: readonly string[],
    period: string,
  ): Promise<Map<string, { n: number; minutes: number }>> {
    if (!ids.length) return new Map();
    const { from, to } = monthRange(period);
    const rows = await query<{ employee_id: string; n: number; minutes: number }>(
      this.d.em,
      `select employee_id, count(*)::int as n, coalesce(sum(credited_minutes), 0)::int as minutes
         from activity_entry
        where agency_id = $1 and employee_id = any($2::uuid[]) and status = 'SUBMITTED'
          and date between $3::date and $4::date
        group by employee_id`,
      [this.d.viewer.agencyId, ids, from, to],
    );
    return new Map(rows.map((r) => [r.employee_id, { n: r.n, minutes: r.minutes }]));
  }
}
