/**
 * Peer groups and their monthly random draws (rules.md, "The 360° behaviour review").
 *
 * Groups. The peer ranking's group is the person's department — the unit under the agency's root
 * that their unit lies in (as modules/department does); someone placed in the root unit itself is
 * grouped with the others placed there, not with the whole agency — or, when the policy's
 * peerGroup is UNIT, their own unit. The 360° review's peers come from the person's own unit.
 *
 * Membership of a draw: the active employees with a position in the group on the draw's date —
 * today while the month runs, else the month's first day (positions have no history, so it is the
 * current position; joined_on / left_on bound the employment when known). Someone joining the group
 * after the month's draw has no task that month and is not drawn for others.
 *
 * Draws are made lazily, for the whole group at once, the first time anyone of the group asks for
 * a month, with a random seed that is stored; @kinerja/scoring's balancedDesign(members, size,
 * seed) then gives everyone the same number of others and is reproducible from the row. A draw is
 * never made for a closed month. Concurrent first requests are safe: the draw's unique key and
 * `on conflict do nothing` let one of them win, and the others re-read its row.
 */
import { randomBytes } from 'node:crypto';
import { balancedDesign } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { PeerGroup } from '../policy/performance-policy.entity.js';

export type DrawPurpose = 'RANKING' | 'REVIEW';

export interface DrawRow {
  id: string;
  month: string;
  purpose: DrawPurpose;
  groupUnitId: string;
  seed: string;
  size: number;
  memberIds: string[];
}

interface DrawSqlRow {
  id: string;
  month: string;
  purpose: DrawPurpose;
  group_unit_id: string;
  seed: string;
  size: number;
  member_ids: string[];
}

const DRAW_COLUMNS = `id, month, purpose, group_unit_id, seed, size, member_ids`;

function toDraw(r: DrawSqlRow): DrawRow {
  return {
    id: r.id,
    month: r.month,
    purpose: r.purpose,
    groupUnitId: r.group_unit_id,
    seed: r.seed,
    size: Number(r.size),
    memberIds: r.member_ids,
  };
}

/** The date a month's draw takes its members on: today while the month runs, else its 1st. */
export function drawDate(month: string, today: string): string {
  return today.startsWith(`${month}-`) ? today : `${month}-01`;
}

/**
 * The group unit of each employee with a position: their department (DEPARTMENT) or their unit
 * (UNIT). One statement.
 */
export async function groupsOf(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  mode: PeerGroup,
): Promise<Map<string, string>> {
  if (employeeIds.length === 0) return new Map();
  const rows = await query<{ emp: string; unit: string }>(
    em,
    `with recursive up(emp, unit, parent, depth) as (
       select e.id, u.id, u.parent_id, 0
         from employee e
         join position p on p.agency_id = e.agency_id and p.id = e.position_id
         join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
        where e.agency_id = $1 and e.id = any($2::uuid[])
       union all
       select up.emp, u.id, u.parent_id, up.depth + 1
         from up join org_unit u on u.agency_id = $1 and u.id = up.parent
        where $3::text = 'DEPARTMENT'
     ) cycle unit set is_cycle using path
     select distinct on (emp) emp, unit from up
      where parent is not null or depth = 0
      order by emp, depth desc`,
    [agencyId, employeeIds, mode],
  );
  return new Map(rows.map((r) => [r.emp, r.unit]));
}

/**
 * The members of a group on `date`, sorted by id: those placed in the unit (UNIT), in its subtree
 * (SUBTREE), or in a department's subtree (DEPARTMENT; for the root unit, those placed in it only).
 * One statement.
 */
export async function groupMembers(
  em: EntityManager,
  agencyId: string,
  groupUnitId: string,
  mode: PeerGroup | 'SUBTREE',
  date: string,
): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `with recursive sub(id) as (
       select u.id from org_unit u where u.agency_id = $1 and u.id = $2
       union
       select c.id from sub join org_unit c on c.agency_id = $1 and c.parent_id = sub.id
        where $3::text = 'SUBTREE' or ($3::text = 'DEPARTMENT'
          and exists (select 1 from org_unit g where g.agency_id = $1 and g.id = $2 and g.parent_id is not null))
     )
     select e.id
       from employee e
       join position p on p.agency_id = e.agency_id and p.id = e.position_id
      where e.agency_id = $1 and e.active and p.unit_id in (select id from sub)
        and (e.joined_on is null or e.joined_on <= $4::date)
        and (e.left_on is null or e.left_on >= $4::date)
      order by e.id`,
    [agencyId, groupUnitId, mode, date],
  );
  return rows.map((r) => r.id);
}

/** The draws of a month for these groups (absent: not drawn yet). One statement. */
export async function drawsOf(
  em: EntityManager,
  agencyId: string,
  month: string,
  purpose: DrawPurpose,
  groupUnitIds: readonly string[],
): Promise<Map<string, DrawRow>> {
  if (groupUnitIds.length === 0) return new Map();
  const rows = await query<DrawSqlRow>(
    em,
    `select ${DRAW_COLUMNS} from peer_draw
      where agency_id = $1 and month = $2 and purpose = $3 and group_unit_id = any($4::uuid[])`,
    [agencyId, month, purpose, [...new Set(groupUnitIds)]],
  );
  return new Map(rows.map((r) => [r.group_unit_id, toDraw(r)]));
}

export interface DrawRequest {
  month: string;
  purpose: DrawPurpose;
  groupUnitId: string;
  mode: PeerGroup;
  /** The members' date (drawDate). */
  date: string;
  /** Others per member (capped at members − 1 by the design). */
  size: number;
  /** The seed; random when not given (the demo seed passes a fixed one). */
  seed?: string;
}

/**
 * The month's draw for a group, made now if there is none yet (with, for RANKING, every member's
 * assignment). Runs in a transaction; safe against concurrent first requests.
 */
export async function ensureDraw(
  em: EntityManager,
  agencyId: string,
  req: DrawRequest,
): Promise<DrawRow> {
  const existing = (await drawsOf(em, agencyId, req.month, req.purpose, [req.groupUnitId])).get(
    req.groupUnitId,
  );
  if (existing) return existing;
  return em.transactional(async (tx) => {
    const members = await groupMembers(tx, agencyId, req.groupUnitId, req.mode, req.date);
    const seed = req.seed ?? randomBytes(16).toString('hex');
    const size = Math.min(req.size, Math.max(0, members.length - 1));
    const [inserted] = await query<DrawSqlRow>(
      tx,
      `insert into peer_draw (agency_id, id, month, purpose, group_unit_id, seed, size, member_ids)
       values ($1, $2, $3, $4, $5, $6, $7, $8::uuid[])
       on conflict (agency_id, month, purpose, group_unit_id) do nothing
       returning ${DRAW_COLUMNS}`,
      [agencyId, uuidv7(), req.month, req.purpose, req.groupUnitId, seed, size, members],
    );
    if (!inserted) {
      const [row] = await query<DrawSqlRow>(
        tx,
        `select ${DRAW_COLUMNS} from peer_draw
          where agency_id = $1 and month = $2 and purpose = $3 and group_unit_id = $4`,
        [agencyId, req.month, req.purpose, req.groupUnitId],
      );
      return toDraw(row as DrawSqlRow);
    }
    const draw = toDraw(inserted);
    if (req.purpose === 'RANKING' && members.length > 0) {
      const design = balancedDesign(draw.memberIds, draw.size, draw.seed);
      const raters = [...design.keys()];
      await query(
        tx,
        `insert into peer_ranking_assignment (agency_id, id, draw_id, month, rater_id, coworker_ids)
         select $1, a.id, $2, $3, a.rater, string_to_array(a.coworkers, ',')::uuid[]
           from unnest($4::uuid[], $5::uuid[], $6::text[]) as a(id, rater, coworkers)
         on conflict (agency_id, month, rater_id) do nothing`,
        [
          agencyId,
          draw.id,
          draw.month,
          raters.map(() => uuidv7()),
          raters,
          raters.map((r) => (design.get(r) as string[]).join(',')),
        ],
      );
    }
    return draw;
  });
}

/** The 360° peers each member of a REVIEW draw rates (the design recomputed from the row). */
export function reviewPeers(draw: DrawRow): Map<string, string[]> {
  return balancedDesign(draw.memberIds, draw.size, draw.seed);
}
