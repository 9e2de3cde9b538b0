/**
 * The SQL of the verification cascade (product.md), shared by the queue, the batch decision and
 * the statistics, so there is one definition of who decides an entry:
 *
 * - the employee's supervisor today (Hierarchy.supervisorsOf: the holder of the parent position,
 *   else someone acting in it, else the next occupant up): SUPERVISOR, or ACTING when the decider
 *   occupies that position by an acting assignment rather than holding it;
 * - the next occupant above that one (the supervisor's supervisor, up the same chain), once the
 *   entry has been submitted for at least the policy's escalation limit in working days
 *   (working_days_between, policy in force on the decision date): ESCALATED;
 * - for someone with no supervisor (the regional head, or Sekda under a vacant head): an
 *   AGENCY_ADMIN: ADMIN;
 * - never the employee themselves.
 *
 * The targets may be activity_entry rows (pending status SUBMITTED) or leave_request rows (pending
 * status PENDING): any rows with employee_id, status and submitted_at. Only a pending row escalates.
 *
 * Fixed parameters of every statement built here:
 *   $1 agency, $2 the decider, $3 the decision date (agency's today), $4 the agency's time zone,
 *   $5 whether the decider is an agency admin, $6 the default escalation limit;
 * and for CANDIDATES: $7 how many people down to look (2 for a queue, 1 for direct reports).
 * Statements add their own parameters from $8.
 */

/** The status of a row still waiting for a decision, per kind of target. */
export type PendingStatus = 'SUBMITTED' | 'PENDING';

/**
 * `up` and `sup(employee_id, sup1, sup1_pos, sup2)`: for each person of `targets` (defined by the
 * caller, with an employee_id column), their supervisor today (sup1, at position sup1_pos) and the
 * next occupant above that one (sup2). Uses only $1 (agency) and $3 (the date).
 */
export const SUPERVISORS = `
  up(employee_id, pos, step, occ, first_occ) as (
    select x.id, p.parent_id, 1, o.occ, o.occ
      from (select distinct employee_id as id from targets) x
      join employee e on e.agency_id = $1 and e.id = x.id
      join position p on p.agency_id = $1 and p.id = e.position_id
      cross join lateral (select position_occupant($1, p.parent_id, $3::date, x.id) as occ) o
    union all
    select u.employee_id, p.parent_id, u.step + 1, o.occ, coalesce(u.first_occ, o.occ)
      from up u
      join position p on p.agency_id = $1 and p.id = u.pos
      cross join lateral (select position_occupant($1, p.parent_id, $3::date, u.employee_id) as occ) o
     where u.first_occ is null or u.occ is null or u.occ = u.first_occ
  ) cycle pos set up_cycle using up_path,
  sup(employee_id, sup1, sup1_pos, sup2) as (
    select employee_id,
           (array_agg(occ order by step) filter (where occ is not null))[1],
           (array_agg(pos order by step) filter (where occ is not null))[1],
           (array_agg(occ order by step) filter (where occ is not null and occ <> first_occ))[1]
      from up group by employee_id
  )`;

/** `targets` must be defined by the caller: the rows (all columns) to classify. */
const classify = (pending: PendingStatus) => `${SUPERVISORS},
  escalation(days) as (
    select coalesce((select pp.escalation_working_days from performance_policy pp
                      where pp.agency_id = $1 and pp.effective_from <= $3::date
                      order by pp.effective_from desc limit 1), $6::int)
  ),
  pending(day, days) as (
    -- working days waited, computed once per submission date rather than once per entry
    select d, working_days_between($1, d, $3::date)
      from (select distinct (submitted_at at time zone $4)::date as d from targets where submitted_at is not null) x
  ),
  classified as (
    select t.*, w.days as pending_days, coalesce(w.days >= (select days from escalation), false) as overdue,
           case
             when t.employee_id = $2 then null
             when s.sup1 = $2 then
               case when exists (select 1 from employee v where v.agency_id = $1 and v.id = $2 and v.position_id = s.sup1_pos)
                    then 'SUPERVISOR' else 'ACTING' end
             when s.sup1 is null and $5::boolean then 'ADMIN'
             when s.sup2 = $2 and t.status::text = '${pending}'
                  and w.days >= (select days from escalation) then 'ESCALATED'
           end as source
      from targets t
      left join sup s on s.employee_id = t.employee_id
      left join pending w on w.day = (t.submitted_at at time zone $4)::date
  )`;

/**
 * `candidates(id)`: the people whose entries the decider could decide, before the exact check:
 * those at most $7 people below any position the decider holds or acts in (depth counted as in
 * Hierarchy's MEMBERS), plus, for an agency admin, the holders of the top positions (the root,
 * and below it while vacant).
 */
const CANDIDATES = `
  decider_pos(pos) as (
    select e.position_id from employee e
     where e.agency_id = $1 and e.id = $2 and e.active and e.position_id is not null
    union
    select a.position_id from acting_assignment a
     where a.agency_id = $1 and a.employee_id = $2
       and a.start_date <= $3::date and (a.end_date is null or a.end_date >= $3::date)
  ),
  down(id, depth, occupied) as (
    select p.id, 1, position_occupant($1, p.id, $3::date, null) is not null
      from decider_pos d join position p on p.agency_id = $1 and p.parent_id = d.pos
    union all
    select c.id, d.depth + d.occupied::int, position_occupant($1, c.id, $3::date, null) is not null
      from down d join position c on c.agency_id = $1 and c.parent_id = d.id
     where d.depth + d.occupied::int <= $7::int
  ) cycle id set down_cycle using down_path,
  top_pos(id) as (
    select p.id from position p where $5::boolean and p.agency_id = $1 and p.parent_id is null
    union all
    select c.id from top_pos t join position c on c.agency_id = $1 and c.parent_id = t.id
     where position_occupant($1, t.id, $3::date, null) is null
  ) cycle id set top_cycle using top_path,
  candidates(id) as (
    select e.id from employee e
     where e.agency_id = $1
       and e.position_id in (select id from down union select id from top_pos)
  )`;

/**
 * `with recursive` + the candidate people + `targets` (given) + the classification; `pending`:
 * the targets' status that is still to be decided (SUBMITTED entries, PENDING leave requests).
 */
export function withCandidates(targets: string, pending: PendingStatus = 'SUBMITTED'): string {
  return `with recursive ${CANDIDATES}, targets as (${targets}), ${classify(pending)}`;
}

/** `with recursive` + `targets` (given) + the classification (see withCandidates). */
export function withTargets(targets: string, pending: PendingStatus = 'SUBMITTED'): string {
  return `with recursive targets as (${targets}), ${classify(pending)}`;
}

/**
 * The policy value `column` in force on the date expression `date` (a lateral-friendly scalar
 * subquery), else `fallback` (a parameter reference holding the default).
 */
export function policyValue(column: string, date: string, fallback: string): string {
  return `coalesce((select pp.${column} from performance_policy pp
                     where pp.agency_id = $1 and pp.effective_from <= ${date}
                     order by pp.effective_from desc limit 1), ${fallback})`;
}
