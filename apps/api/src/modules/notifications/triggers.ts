/**
 * The reminders' triggers. Each is set-based (a few statements for the whole agency, whatever its
 * size), takes the agency and the local date (and instant where it matters), and is idempotent
 * through the notification's dedupe key, so the scheduler may run it twice, or in two processes.
 * Tests call them directly.
 *
 * No reminder reaches someone on a day that is not a working day for them (work calendar of
 * their unit, their roster, a full day of approved leave); ENTRIES_RETURNED is immediate and
 * carries no such check.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { monthlyTaskDueDate } from '../periods/monthly-tasks.js';
import { firstClosedMonth } from '../periods/closed-months.js';
import { DEFAULT_POLICY } from '../policy/performance-policy.entity.js';
import { policyOn } from '../policy/policy.service.js';
import { questionnairesDueOn } from '../questionnaires/questionnaire.tasks.js';
import { SUPERVISORS } from '../verification/decision.sql.js';
import { NotificationKind } from './notifications.enums.js';
import { deliver, planCte, type Delivered } from './notify.sql.js';
import { DEPARTMENT_HEADS, HELD } from './recipients.sql.js';

/** Days before a monthly task's due date its reminder goes out (calendar days). */
export const TASKS_DUE_LEAD_DAYS = 2;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * DAY_NOT_SUBMITTED: everyone for whom `date` was a working day that has ended by `now` (the end of
 * their day plan: the unit's office hours or their rostered shift, a night shift ending the next
 * morning) and who has no submitted entry that day (an entry with submitted_at: submitted, decided,
 * or returned). Link: the employee app's day.
 */
export function dayNotSubmitted(
  em: EntityManager,
  agencyId: string,
  date: string,
  now: Date,
  timeZone: string,
): Promise<Delivered> {
  return deliver(
    em,
    NotificationKind.DAY_NOT_SUBMITTED,
    agencyId,
    `with people(id) as (select e.id from employee e where e.agency_id = $1 and e.active),
     ${planCte('$2::date')}
     select p.employee_id as recipient_id, jsonb_build_object('date', $2::text) as params,
            '/day/' || $2::text as link, $2::text as dedupe_key
       from plan p
      where p.working and p.end_at <= ($3::timestamptz at time zone $4)
        and not exists (
              select 1 from activity_entry a
               where a.agency_id = $1 and a.employee_id = p.employee_id and a.date = $2::date
                 and a.submitted_at is not null)`,
    [date, now, timeZone],
  );
}

/**
 * ENTRIES_RETURNED, from a verification decision (in its transaction): one notification per
 * employee per decision batch (`batchKey`), listing how many entries and which dates. Only the
 * given entries now RETURNED by `deciderId` count.
 */
export function entriesReturned(
  em: EntityManager,
  agencyId: string,
  deciderId: string,
  entryIds: readonly string[],
  batchKey: string,
): Promise<Delivered> {
  return deliver(
    em,
    NotificationKind.ENTRIES_RETURNED,
    agencyId,
    `select a.employee_id as recipient_id,
            jsonb_build_object(
              'count', count(*),
              'dates', jsonb_agg(distinct to_char(a.date, 'YYYY-MM-DD')),
              'by', (select d.name from employee d where d.agency_id = $1 and d.id = $2)) as params,
            '/day/' || to_char(min(a.date), 'YYYY-MM-DD') as link,
            $4::text as dedupe_key
       from activity_entry a
      where a.agency_id = $1 and a.id = any($3::uuid[]) and a.status = 'RETURNED'
        and a.decided_by = $2 and a.employee_id <> $2
      group by a.employee_id`,
    [deciderId, entryIds, batchKey],
  );
}

/**
 * TASKS_DUE: on `today`, the monthly tasks due `TASKS_DUE_LEAD_DAYS` calendar days later and not
 * done, one notification per person and due date listing them:
 * - IKI: an approved plan for the month's year and no report of the month submitted or approved
 *   (a returned report is not done);
 * - 360° reviews: the person's own review, their supervisor's and each direct report's not yet
 *   submitted (the drawn peers are left out: they are drawn when the person opens the task);
 * - peer ranking: a drawn ranking assignment not yet submitted;
 * - questionnaires: an open questionnaire due that day, targeting them, not answered.
 * A month already closed has no tasks left to remind of.
 */
export async function tasksDue(
  em: EntityManager,
  agencyId: string,
  today: string,
): Promise<Delivered> {
  const dueDate = addDays(today, TASKS_DUE_LEAD_DAYS);
  const month = previousMonth(dueDate.slice(0, 7));
  const policy = await policyOn(em, agencyId, `${month}-01`);
  const monthly =
    monthlyTaskDueDate(month, policy.reviewSettings.tasksDueDay) === dueDate &&
    (await firstClosedMonth(em, agencyId, month)) === null;
  const questionnaires = await questionnairesDueOn(em, agencyId, dueDate);
  if (!monthly && !questionnaires.length) return { created: 0, emails: 0 };
  return deliver(
    em,
    NotificationKind.TASKS_DUE,
    agencyId,
    `with recursive
     targets as (select e.id as employee_id from employee e where e.agency_id = $1 and e.active and $7::boolean),
     ${SUPERVISORS},
     required(rater_id, ratee_id) as (
       select employee_id, employee_id from targets
       union select employee_id, sup1 from sup where sup1 is not null and sup1 <> employee_id
       union select sup1, employee_id from sup where sup1 is not null and sup1 <> employee_id
     ),
     tasks(employee_id, task) as (
       select pl.employee_id, jsonb_build_object('task', 'IKI')
         from performance_plan pl
         join targets t on t.employee_id = pl.employee_id
        where pl.agency_id = $1 and pl.year = $5::int and pl.status = 'APPROVED'
          and not exists (select 1 from iki_report r
                           where r.agency_id = $1 and r.employee_id = pl.employee_id and r.month = $4
                             and r.status in ('SUBMITTED','APPROVED'))
       union all
       select distinct q.rater_id, jsonb_build_object('task', 'REVIEW')
         from required q
         join employee e on e.agency_id = $1 and e.id = q.rater_id and e.active
        where not exists (select 1 from behaviour_review b
                           where b.agency_id = $1 and b.month = $4
                             and b.rater_id = q.rater_id and b.ratee_id = q.ratee_id)
       union all
       select a.rater_id, jsonb_build_object('task', 'RANKING')
         from peer_ranking_assignment a
        where a.agency_id = $1 and a.month = $4 and a.submitted_at is null and $7::boolean
       union all
       select x.employee_id, jsonb_build_object('task', 'QUESTIONNAIRE', 'title', x.title,
                                                'questionnaireId', x.questionnaire_id)
         from jsonb_to_recordset($6::jsonb) as x(employee_id uuid, questionnaire_id uuid, title text)
     )
     select employee_id as recipient_id,
            jsonb_build_object('dueDate', $2::text, 'period', $4::text, 'tasks', jsonb_agg(task order by task)) as params,
            '/tasks' as link, 'due:' || $2::text as dedupe_key
       from tasks group by employee_id`,
    [
      dueDate,
      today,
      month,
      Number(month.slice(0, 4)),
      JSON.stringify(
        questionnaires.map((q) => ({
          employee_id: q.employeeId,
          questionnaire_id: q.questionnaireId,
          title: q.title,
        })),
      ),
      monthly,
    ],
    { workingOn: '$3::date' },
  );
}

/**
 * QUEUE_NEAR_ESCALATION: on `today`, each supervisor (holder, or acting Plt/Plh, as
 * decision.sql.ts decides) whose queue holds submitted entries that escalate on the next working
 * day: entries that have waited exactly the policy's limit minus one working day.
 */
export function queueNearEscalation(
  em: EntityManager,
  agencyId: string,
  today: string,
  timeZone: string,
): Promise<Delivered> {
  return deliver(
    em,
    NotificationKind.QUEUE_NEAR_ESCALATION,
    agencyId,
    `with recursive
     limit_days(days) as (
       select coalesce((select pp.escalation_working_days from performance_policy pp
                         where pp.agency_id = $1 and pp.effective_from <= $3::date
                         order by pp.effective_from desc limit 1), $4::int)
     ),
     -- the submission dates that have waited the limit minus one working day (once per date)
     submitted_days(day) as materialized (
       select distinct (submitted_at at time zone $2)::date
         from activity_entry where agency_id = $1 and status = 'SUBMITTED'
     ),
     near_days(day) as (
       select day from submitted_days
        where working_days_between($1, day, $3::date) = (select days from limit_days) - 1
     ),
     targets as (
       select a.employee_id, a.date from activity_entry a
        where a.agency_id = $1 and a.status = 'SUBMITTED'
          and (a.submitted_at at time zone $2)::date in (select day from near_days)
     ),
     ${SUPERVISORS},
     near as (
       select s.sup1 as supervisor_id, t.date
         from targets t join sup s on s.employee_id = t.employee_id
        where s.sup1 is not null and s.sup1 <> t.employee_id
     ),
     next_day(day) as (
       select min(c.day) from work_calendar($1, array[null]::uuid[], $3::date + 1, $3::date + 31) c
        where c.day_kind = 'WORKDAY'
     )
     select supervisor_id as recipient_id,
            jsonb_build_object('count', count(*), 'oldestDate', to_char(min(date), 'YYYY-MM-DD'),
                               'escalatesOn', (select to_char(day, 'YYYY-MM-DD') from next_day)) as params,
            '/decisions/performance' as link, $3::text as dedupe_key
       from near group by supervisor_id`,
    [timeZone, today, DEFAULT_POLICY.escalationWorkingDays],
    { workingOn: '$3::date' },
  );
}

/**
 * WEEKLY_DIGEST: on a Monday (`monday`), each department head (holder or acting) gets the backlog
 * of their department, and each executive (Sekda, EXECUTIVE role) the agency's: submitted entries
 * waiting (and of those, past the escalation limit), pending leave requests and submitted IKI
 * reports, counted over the people whose position lies in those units.
 */
export async function weeklyDigest(
  em: EntityManager,
  agencyId: string,
  monday: string,
  timeZone: string,
): Promise<Delivered> {
  const [agency] = await query<{ name: string }>(em, `select name from agency where id = $1`, [
    agencyId,
  ]);
  return deliver(
    em,
    NotificationKind.WEEKLY_DIGEST,
    agencyId,
    `with recursive ${HELD}, ${DEPARTMENT_HEADS},
     dept_units(dept_id, unit_id) as (
       select u.id, u.id from org_unit u where u.agency_id = $1 and u.kind = 'DEPARTMENT'
       union
       select d.dept_id, c.id from dept_units d join org_unit c on c.agency_id = $1 and c.parent_id = d.unit_id
     ),
     staff(employee_id, dept_id) as (
       select e.id, du.dept_id
         from employee e
         join position p on p.agency_id = $1 and p.id = e.position_id
         left join dept_units du on du.unit_id = p.unit_id
        where e.agency_id = $1 and e.active
     ),
     limit_days(days) as (
       select coalesce((select pp.escalation_working_days from performance_policy pp
                         where pp.agency_id = $1 and pp.effective_from <= $3::date
                         order by pp.effective_from desc limit 1), $4::int)
     ),
     waited(day, days) as materialized (
       select d, working_days_between($1, d, $3::date)
         from (select distinct (submitted_at at time zone $2)::date as d
                 from activity_entry where agency_id = $1 and status = 'SUBMITTED') x
     ),
     entries as (
       select s.dept_id, count(*)::int as pending,
              (count(*) filter (where w.days >= (select days from limit_days)))::int as overdue
         from activity_entry a
         join staff s on s.employee_id = a.employee_id
         left join waited w on w.day = (a.submitted_at at time zone $2)::date
        where a.agency_id = $1 and a.status = 'SUBMITTED'
        group by s.dept_id
     ),
     leaves as (
       select s.dept_id, count(*)::int as n from leave_request l join staff s on s.employee_id = l.employee_id
        where l.agency_id = $1 and l.status = 'PENDING' group by s.dept_id
     ),
     iki as (
       select s.dept_id, count(*)::int as n from iki_report r join staff s on s.employee_id = r.employee_id
        where r.agency_id = $1 and r.status = 'SUBMITTED' group by s.dept_id
     ),
     figures(dept_id, pending, overdue, lv, iki) as (
       select d.id, coalesce(e.pending, 0), coalesce(e.overdue, 0), coalesce(l.n, 0), coalesce(i.n, 0)
         from org_unit d
         left join entries e on e.dept_id = d.id
         left join leaves l on l.dept_id = d.id
         left join iki i on i.dept_id = d.id
        where d.agency_id = $1 and d.kind = 'DEPARTMENT'
     ),
     recipients(recipient_id, scope, pending, overdue, lv, iki) as (
       select distinct on (h.employee_id, h.unit_id) h.employee_id, h.unit_name, f.pending, f.overdue, f.lv, f.iki
         from heads h join figures f on f.dept_id = h.unit_id
       union all
       select e.id, $5::text,
              (select coalesce(sum(pending), 0) from entries), (select coalesce(sum(overdue), 0) from entries),
              (select coalesce(sum(n), 0) from leaves), (select coalesce(sum(n), 0) from iki)
         from employee e
        where e.agency_id = $1 and e.active and 'EXECUTIVE' = any (e.roles)
     )
     select distinct on (recipient_id) recipient_id,
            jsonb_build_object('scope', scope, 'weekOf', $3::text, 'pendingEntries', pending,
                               'overdueEntries', overdue, 'pendingLeave', lv, 'pendingIki', iki) as params,
            '/performance' as link, 'week:' || $3::text as dedupe_key
       from recipients
      order by recipient_id, pending desc`,
    [timeZone, monday, DEFAULT_POLICY.escalationWorkingDays, agency?.name ?? ''],
    { workingOn: '$3::date' },
  );
}
