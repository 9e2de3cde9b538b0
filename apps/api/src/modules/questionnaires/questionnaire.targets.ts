/**
 * Who a questionnaire targets, as SQL (one statement for any number of questionnaires and people).
 *
 * Decision (issue 10): targets are computed LIVE, never materialised. An employee is targeted by
 * a questionnaire of month P when they are active, employed during P (joined_on / left_on, when
 * known, overlap P) and, by their CURRENT position (the only position the organisation records;
 * acting assignments do not count):
 * - ALL: everyone (also someone without a position);
 * - DEPARTMENT: their position's unit is the questionnaire's unit or below it;
 * - POSITION_KIND: their position is of that kind (STRUCTURAL, FUNCTIONAL, EXECUTOR);
 * - TEACHERS: their position is a functional teacher's one (jabatan fungsional guru: FUNCTIONAL
 *   and named "Guru …", as the demo city and the teachers' plan template identify teachers).
 * Someone who answered and later left the group still sees their answered questionnaire (the
 * callers add "or has a response"); counts of targets change as the organisation does.
 */

/** The SQL condition "position p is a teacher's" (p may be null through a left join). */
export const TEACHER_POSITION = `(p.kind = 'FUNCTIONAL' and p.name ilike 'guru%')`;

/**
 * CTEs (to follow `with recursive`, after a CTE named `tq` with columns agency_id, id, audience,
 * department_id, position_kind, period) defining `target(questionnaire_id, employee_id)`.
 * `employeeFilter`, when given, is an SQL condition on `e` (e.g. `e.id = $3`) limiting the people.
 */
export function targetCtes(employeeFilter?: string): string {
  return `
  tq_unit(questionnaire_id, agency_id, unit_id) as (
    select tq.id, tq.agency_id, tq.department_id from tq where tq.audience = 'DEPARTMENT'
    union
    select u.questionnaire_id, o.agency_id, o.id
      from tq_unit u join org_unit o on o.agency_id = u.agency_id and o.parent_id = u.unit_id
  ),
  target(questionnaire_id, employee_id) as (
    select tq.id, e.id
      from tq
      join employee e on e.agency_id = tq.agency_id and e.active
       and (e.joined_on is null
            or e.joined_on < (to_date(tq.period || '-01', 'YYYY-MM-DD') + interval '1 month')::date)
       and (e.left_on is null or e.left_on >= to_date(tq.period || '-01', 'YYYY-MM-DD'))
       ${employeeFilter ? `and ${employeeFilter}` : ''}
      left join position p on p.agency_id = e.agency_id and p.id = e.position_id
     where tq.audience = 'ALL'
        or (tq.audience = 'POSITION_KIND' and p.kind = tq.position_kind)
        or (tq.audience = 'TEACHERS' and ${TEACHER_POSITION})
        or (tq.audience = 'DEPARTMENT' and exists (
              select 1 from tq_unit u
               where u.questionnaire_id = tq.id and u.agency_id = p.agency_id and u.unit_id = p.unit_id))
  )`;
}
