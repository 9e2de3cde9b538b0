/**
 * The verification backlog and timeliness of many supervisors at once (a level of a team tree):
 * two statements whatever their number. The same rules as VerificationService.stats: pending are
 * the submitted entries whose decider today is the supervisor (decision.sql.ts's SUPERVISORS, so
 * acting officials and vacant positions count as in the queue; escalated entries are not theirs);
 * timeliness counts what they decided in the last 90 days by the policy's deadline.
 */
import { fromHundredths, percentHundredths } from '@kinerja/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import { concurrently, query } from '../../common/sql.js';
import { DEFAULT_POLICY } from '../policy/performance-policy.entity.js';
import { policyValue, SUPERVISORS } from './decision.sql.js';

/** VerificationStats without the supervisor (the caller adds the Employee). */
export interface VerificationFigures {
  pendingCount: number;
  oldestPendingSubmittedAt: Date | null;
  oldestPendingAgeDays: number | null;
  decidedCount: number;
  decidedOnTimeCount: number;
  decidedOnTimePercent: number | null;
}

export interface StatsScope {
  agencyId: string;
  timeZone: string;
  /** The agency-local date of the request. */
  today: string;
  now: Date;
}

/**
 * `direct(id)`: the people directly below any position the supervisors ($2) hold or act in on $3
 * (a vacant position in between adds no level, as Hierarchy's MEMBERS and decision.sql.ts's
 * CANDIDATES count), the only ones whose entries can wait for them.
 */
const DIRECT_REPORTS = `
  decider_pos(pos) as (
    select e.position_id from employee e
     where e.agency_id = $1 and e.id = any($2::uuid[]) and e.active and e.position_id is not null
    union
    select a.position_id from acting_assignment a
     where a.agency_id = $1 and a.employee_id = any($2::uuid[])
       and a.start_date <= $3::date and (a.end_date is null or a.end_date >= $3::date)
  ),
  down(id, occupied) as (
    select p.id, position_occupant($1, p.id, $3::date, null) is not null
      from decider_pos d join position p on p.agency_id = $1 and p.parent_id = d.pos
    union all
    select c.id, position_occupant($1, c.id, $3::date, null) is not null
      from down d join position c on c.agency_id = $1 and c.parent_id = d.id
     where not d.occupied
  ) cycle id set down_cycle using down_path,
  direct(id) as (
    select e.id from employee e
     where e.agency_id = $1 and e.position_id in (select id from down)
  )`;

/** The backlog and timeliness of each supervisor (every id gets figures, zero when none). */
export async function verificationFiguresOf(
  em: EntityManager,
  scope: StatsScope,
  supervisorIds: readonly string[],
): Promise<Map<string, VerificationFigures>> {
  const ids = [...new Set(supervisorIds)];
  const out = new Map<string, VerificationFigures>();
  if (!ids.length) return out;
  // timestamptz columns come back from hand-written SQL as text.
  const [pending, decided] = await concurrently(em, [
    () =>
      query<{ decider: string; n: number; oldest: string | null; age: number | null }>(
        em,
        `with recursive ${DIRECT_REPORTS},
       targets as (
         select e.employee_id, e.submitted_at from activity_entry e
          where e.agency_id = $1 and e.status = 'SUBMITTED' and e.employee_id in (select id from direct)
       ), ${SUPERVISORS}
       select s.sup1 as decider, count(*)::int as n, min(t.submitted_at) as oldest,
              $3::date - (min(t.submitted_at) at time zone $4)::date as age
         from targets t join sup s on s.employee_id = t.employee_id
        where s.sup1 = any($2::uuid[]) and t.employee_id <> s.sup1
        group by s.sup1`,
        [scope.agencyId, ids, scope.today, scope.timeZone],
      ),
    () =>
      query<{ decider: string; n: number; on_time: number }>(
        em,
        `select e.decided_by as decider, count(*)::int as n,
              (count(*) filter (where (e.decided_at at time zone $3)::date <=
                 (date_trunc('month', e.date) + interval '1 month')::date
                 + ${policyValue('verification_deadline_day', 'e.date', '$5::int')} - 1))::int as on_time
         from activity_entry e
        where e.agency_id = $1 and e.decided_by = any($2::uuid[])
          and e.decided_at > $4::timestamptz - interval '90 days'
          and e.decision_source is distinct from 'AUTO'
        group by e.decided_by`,
        [scope.agencyId, ids, scope.timeZone, scope.now, DEFAULT_POLICY.verificationDeadlineDay],
      ),
  ] as const);
  const pendingOf = new Map(pending.map((r) => [r.decider, r]));
  const decidedOf = new Map(decided.map((r) => [r.decider, r]));
  for (const id of ids) {
    const p = pendingOf.get(id);
    const n = decidedOf.get(id)?.n ?? 0;
    const onTime = decidedOf.get(id)?.on_time ?? 0;
    out.set(id, {
      pendingCount: p?.n ?? 0,
      oldestPendingSubmittedAt: p?.oldest ? new Date(p.oldest) : null,
      oldestPendingAgeDays: p?.age ?? null,
      decidedCount: n,
      decidedOnTimeCount: onTime,
      decidedOnTimePercent: n ? fromHundredths(percentHundredths(onTime, n)) : null,
    });
  }
  return out;
}
