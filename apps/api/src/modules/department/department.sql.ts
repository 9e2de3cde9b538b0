/**
 * The executive's figures as ONE statement over the whole agency (or one unit's subtree): for every
 * group (a unit and everything below it) and each of six months (the month asked for and the five
 * before it), head count, who met the minute target, mean achievement and discipline, the
 * verification backlog, TPP against budget and workload; and, for one unit, the same per person.
 * Set-based throughout: the cost grows with the rows read (entries, attendance records, employees),
 * never with a loop over people or departments.
 *
 * Parameters:
 *   $1 agency, $2 the month asked for (its first day), $3 the agency's today, $4 its time zone,
 *   $5 the subject unit (null: the agency's root unit), $6 whether each child of the subject is a
 *   group too (besides the subject itself), $7 which people to list: 'NONE', 'DIRECT' (those placed directly in the
 *   subject unit) or 'ALL' (everyone in the groups: the per-person recap), $8 the policy defaults (jsonb, for an agency with no policy version yet).
 *
 * The live figures are an SQL rendering of rules.md following the decisions of @kinerja/scoring's
 * report card (achievement.ts, tpp.ts), with these documented simplifications (the report card,
 * computed per person, is the reference):
 * - the policy version in force on the FIRST day of each month applies to that month;
 * - people are counted in the unit of their CURRENT position for every month (a closed month with
 *   report snapshots uses the unit frozen in the snapshot instead);
 * - target = employed working days (of the person's unit calendar) × daily minimum, or the fixed
 *   target pro-rated by employed working days, minus approved leave half days × daily minimum ÷ 2
 *   (half up), never below 0. A day's approved credited minutes are capped at the daily cap, main
 *   minutes first, additional ones in what is left; additional minutes count up to the policy's
 *   percentage of the target (half up); achievement = min(100, counted ÷ target), hundredths half
 *   up; a target of 0 gives 100. Meeting the target: counted ≥ target;
 * - discipline: each working day up to yesterday (the month's end for past months) with a record
 *   or an approved request is judged as resolveDay does, in SQL: a check outside every allowed
 *   place and not accepted is no check (TL4/PSW4); leave or official travel excuses the day (a
 *   half day excuses the heavier of TL and PSW, TL on a tie — the morning/afternoon half is not
 *   told apart); permits excuse their TL or PSW; work from home excuses nothing. A working day
 *   with neither record nor request is TK. Deductions come from the policy's table;
 * - TPP: base = the position's override, else the policy's base for its job class, pro-rated by
 *   employed working days (half up); elected positions get none. Parts half up; the cuts
 *   (sanction, sick leave beyond the free days, big leave; in half days, at most 100 %) applied
 *   once to the parts' sum, half up. The budget is the sum of the full (not pro-rated) bases of
 *   those who receive TPP;
 * - workload: approved credited minutes (before the daily cap) against the net working minutes of
 *   the people's calendars (employed days).
 *
 * A month that is closed and has report_snapshot rows is read from the snapshots instead
 * (SNAPSHOT below: the seam with modules/reports); its backlog and workload are still read live,
 * since its entries are locked.
 */

/** Leave proper: excuses the day and lowers the target (rules.md). */
const LEAVE = `('ANNUAL','SICK','IMPORTANT_REASONS','MATERNITY','BIG','UNPAID')`;
/** Away from the office: excuses the day for discipline. */
const AWAY = `('ANNUAL','SICK','IMPORTANT_REASONS','MATERNITY','BIG','UNPAID','OFFICIAL_TRAVEL')`;

/**
 * Where a frozen report card keeps its figures (report_snapshot.data; s is the snapshot row): the
 * reports module stores its ComputedReport, whose `card` is @kinerja/scoring's ReportCard
 * (percentages in hundredths, rupiah as integers); the card at the top level is accepted too. The
 * one place to adjust if modules/reports changes its format.
 */
const card = (path: string) => `coalesce(s.data->'card'${path}, s.data${path})`;
export const SNAPSHOT = {
  achievement: `coalesce((${card("->>'achievement'")})::int, 0)`,
  discipline: `coalesce((${card("->'discipline'->>'discipline'")})::int, 0)`,
  tppTotal: `coalesce((${card("->'tpp'->>'total'")})::bigint, 0)`,
  tppBase: `coalesce((${card("->'tpp'->>'base'")})::bigint, 0)`,
} as const;

/** 1–30 → 1, 31–60 → 2, 61–90 → 3, 91 or more or no valid check → 4, none → 0 (rules.md). */
const level = (minutes: string) => `case when ${minutes} is null then 4
  when ${minutes} <= 0 then 0 when ${minutes} <= 30 then 1 when ${minutes} <= 60 then 2
  when ${minutes} <= 90 then 3 else 4 end`;

/** Minutes since the record's midnight (a night shift's next-morning check-out counts past 1440). */
const localMinutes = (col: string) =>
  `case when ${col} is not null
    then greatest(0, floor(extract(epoch from (${col} at time zone $4) - r.date::timestamp) / 60))::int end`;

function minuteOfDay(col: string): string {
  return `(extract(hour from ${col}) * 60 + extract(minute from ${col}))::int`;
}

export const FIGURES_SQL = `
with recursive
mon as (
  select to_char(g.d, 'YYYY-MM') as month, g.d::date as m_from,
         (g.d + interval '1 month' - interval '1 day')::date as m_to,
         least((g.d + interval '1 month' - interval '1 day')::date, $3::date - 1) as upto,
         g.d::date = $2::date as selected,
         coalesce(pp.daily_minimum_minutes, ($8::jsonb->>'dailyMinimumMinutes')::int) as dm,
         coalesce(pp.daily_cap_minutes, ($8::jsonb->>'dailyCapMinutes')::int) as cap,
         coalesce(pp.monthly_target_mode, 'WORKING_DAYS') as target_mode,
         pp.monthly_target_fixed_minutes as target_fixed,
         coalesce(pp.additional_cap_percent, ($8::jsonb->>'additionalCapPercent')::int) as add_pct,
         coalesce(pp.performance_weight, ($8::jsonb->>'performanceWeight')::int) as w_perf,
         coalesce(pp.discipline_weight, ($8::jsonb->>'disciplineWeight')::int) as w_disc,
         coalesce(pp.deductions, $8::jsonb->'deductions') as ded,
         coalesce(pp.tpp_bases, $8::jsonb->'tppBases') as bases,
         coalesce(pp.sanction_cut_percent, ($8::jsonb->>'sanctionCutPercent')::int) as sanction_pct,
         coalesce(pp.sick_leave_free_days, ($8::jsonb->>'sickLeaveFreeDays')::int) as sick_free,
         coalesce(pp.sick_leave_cut_percent_per_day, ($8::jsonb->>'sickLeaveCutPercentPerDay')::int) as sick_pct,
         coalesce(pp.big_leave_cut_percent_per_day, ($8::jsonb->>'bigLeaveCutPercentPerDay')::int) as big_pct,
         exists (select 1 from period p where p.agency_id = $1 and p.month = to_char(g.d, 'YYYY-MM') and p.closed)
           and exists (select 1 from report_snapshot s where s.agency_id = $1 and s.month = to_char(g.d, 'YYYY-MM')) as snap
    from generate_series($2::date - interval '5 months', $2::date, interval '1 month') as g(d)
    left join lateral (
      select * from performance_policy pp
       where pp.agency_id = $1 and pp.effective_from <= g.d::date
       order by pp.effective_from desc limit 1
    ) pp on true
),
-- live months: every figure; the month asked for is also read live for backlog and workload
live_win as (select min(m_from) as lo, max(m_to) as hi from mon where not snap),
ent_win as (select min(m_from) as lo, max(m_to) as hi from mon where not snap or selected),
-- every unit with the unit whose calendar it follows (its own or the nearest ancestor's work
-- pattern, else the root's): units sharing one have the same days, so the calendar is computed
-- once per distinct pattern holder, not once per unit
tree(id, src) as (
  select u.id, u.id from org_unit u where u.agency_id = $1 and u.parent_id is null
  union all
  select c.id, case when c.work_pattern_id is not null then c.id else t.src end
    from tree t join org_unit c on c.agency_id = $1 and c.parent_id = t.id
),
subject as (
  select u.id from org_unit u
   where u.agency_id = $1 and (u.id = $5::uuid or ($5::uuid is null and u.parent_id is null))
   order by u.created_at limit 1
),
grp(group_id, unit_id) as (
  select r.id, r.id from (
    select id from subject
    union all
    select c.id from org_unit c join subject s on c.agency_id = $1 and c.parent_id = s.id where $6::boolean
  ) r
  union all
  select g.group_id, c.id from grp g join org_unit c on c.agency_id = $1 and c.parent_id = g.unit_id
),
cal as (
  select c.unit_id as src, c.day, c.day_kind = 'WORKDAY' as working, c.start_time, c.end_time, c.net_minutes
    from work_calendar($1, (select array_agg(distinct src) from tree),
                       (select min(m_from) from mon), (select max(m_to) from mon)) c
),
cal_month as materialized (
  select c.src, m.month,
         (count(*) filter (where c.working))::int as wd,
         (count(*) filter (where c.working and c.day <= m.upto))::int as wd_upto,
         coalesce(sum(c.net_minutes) filter (where c.working), 0)::bigint as wmin
    from cal c join mon m on m.month = to_char(c.day, 'YYYY-MM')
   group by c.src, m.month
),
pop as materialized (
  select e.id, e.name, e.nip, p.name as position_name, p.unit_id, t.src, p.job_class,
         p.tpp_base_override, p.elected, e.joined_on, e.left_on
    from employee e
    join position p on p.agency_id = e.agency_id and p.id = e.position_id
    join tree t on t.id = p.unit_id
   where e.agency_id = $1 and e.active
     and (p.unit_id in (select unit_id from grp) or ($7::text = 'DIRECT' and p.unit_id = (select id from subject)))
),
-- roster cells (roster module): a cell overrides the calendar for the person and date, a shift
-- being a working day with its hours (a night shift ending the next morning), a day off not
rcell as materialized (
  select r.employee_id, r.date as day, p.src, s.id is not null as working, s.start_time,
         ${minuteOfDay('s.end_time')} + case when s.end_time < s.start_time then 1440 else 0 end as end_min,
         case when s.id is null then 0
              else (extract(epoch from s.end_time - s.start_time) / 60)::int
                   + case when s.end_time < s.start_time then 1440 else 0 end end as net,
         (p.joined_on is null or r.date >= p.joined_on) and (p.left_on is null or r.date <= p.left_on) as employed
    from roster_cell r
    join pop p on p.id = r.employee_id
    left join shift_pattern s on s.agency_id = r.agency_id and s.id = r.shift_id
   where r.agency_id = $1 and r.date between (select min(m_from) from mon) and (select max(m_to) from mon)
),
-- what the roster changes in a person's month: working days (in the month, while employed, so
-- far) and working minutes
rdelta as materialized (
  select x.employee_id, m.month,
         sum(x.working::int - c.working::int)::int as d_full,
         coalesce(sum(x.working::int - c.working::int) filter (where x.employed), 0)::int as d_wd,
         -- yesterday's night shift ends this morning: not over, so not counted yet (as today)
         coalesce(sum(case when x.end_min > 1440 and x.day = $3::date - 1 then 0 else x.working::int end
                      - c.working::int) filter (where x.employed and x.day <= m.upto), 0)::int as d_upto,
         coalesce(sum(x.net - case when c.working then c.net_minutes else 0 end) filter (where x.employed), 0)::bigint as d_wmin
    from rcell x
    join cal c on c.src = x.src and c.day = x.day
    join mon m on m.month = to_char(x.day, 'YYYY-MM')
   group by x.employee_id, m.month
),
-- working days within the employment dates of someone who joined or left during a month
partial as materialized (
  select p.id, m.month,
         (count(*) filter (where c.working))::int as wd,
         (count(*) filter (where c.working and c.day <= m.upto))::int as wd_upto,
         coalesce(sum(c.net_minutes) filter (where c.working), 0)::bigint as wmin
    from pop p
    join mon m on not m.snap and (p.joined_on > m.m_from or p.left_on < m.m_to)
    join cal c on c.src = p.src and c.day between greatest(m.m_from, p.joined_on) and least(m.m_to, p.left_on)
   group by p.id, m.month
),
emp_month as (
  select p.*, m.month, m.selected, m.dm, m.cap, m.target_mode, m.target_fixed, m.add_pct, m.w_perf,
         m.w_disc, m.ded, m.bases, m.sanction_pct, m.sick_free, m.sick_pct, m.big_pct, m.m_from, m.m_to,
         cm.wd + coalesce(rd.d_full, 0) as wd_full,
         case when pw.id is null then cm.wd else pw.wd end + coalesce(rd.d_wd, 0) as wd,
         case when pw.id is null then cm.wd_upto else pw.wd_upto end + coalesce(rd.d_upto, 0) as wd_upto,
         case when pw.id is null then cm.wmin else pw.wmin end + coalesce(rd.d_wmin, 0) as wmin
    from pop p
    join mon m on not m.snap
     and (p.joined_on is null or p.joined_on <= m.m_to) and (p.left_on is null or p.left_on >= m.m_from)
    join cal_month cm on cm.src = p.src and cm.month = m.month
    left join partial pw on pw.id = p.id and pw.month = m.month
    left join rdelta rd on rd.employee_id = p.id and rd.month = m.month
),
-- approved requests, one row per person and working day of the live months
req_day as materialized (
  select r.employee_id, d.day::date as day,
         least(2, sum(case when r.kind in ${LEAVE} then case when r.half_day then 1 else 2 end else 0 end)) as leave_halves,
         least(2, sum(case when r.kind in ${AWAY} then case when r.half_day then 1 else 2 end else 0 end)) as away_halves,
         least(2, sum(case when r.kind = 'SICK' then case when r.half_day then 1 else 2 end else 0 end)) as sick_halves,
         least(2, sum(case when r.kind = 'BIG' then case when r.half_day then 1 else 2 end else 0 end)) as big_halves,
         bool_or(r.kind = 'PERMIT_LATE') as permit_late, bool_or(r.kind = 'PERMIT_EARLY') as permit_early
    from leave_request r
   cross join live_win w
   cross join generate_series(greatest(r.start_date, w.lo), least(r.end_date, w.hi), interval '1 day') as d(day)
   where r.agency_id = $1 and r.status = 'APPROVED' and r.start_date <= w.hi and r.end_date >= w.lo
     and r.employee_id in (select id from pop)
   group by r.employee_id, d.day
),
leave_month as materialized (
  select q.employee_id, m.month, sum(q.leave_halves)::int as halves,
         sum(q.sick_halves)::int as sick_halves, sum(q.big_halves)::int as big_halves
    from req_day q
    join pop p on p.id = q.employee_id
    join cal c on c.src = p.src and c.day = q.day
    left join rcell x on x.employee_id = q.employee_id and x.day = q.day
    join mon m on m.month = to_char(q.day, 'YYYY-MM')
   where coalesce(x.working, c.working)
   group by q.employee_id, m.month
),
rec as (
  select r.employee_id, r.date as day,
         case when r.check_in_at is not null and coalesce(r.check_in_in_area or r.check_in_accepted_by is not null, false)
              then ${localMinutes('r.check_in_at')} end as ci,
         case when r.check_out_at is not null and coalesce(r.check_out_in_area or r.check_out_accepted_by is not null, false)
              then ${localMinutes('r.check_out_at')} end as co
    from attendance_record r cross join live_win w
   where r.agency_id = $1 and r.date between w.lo and least(w.hi, $3::date - 1)
     and r.employee_id in (select id from pop)
),
-- each person's days with a record or a request, with the unit whose calendar they follow
-- (materialized first, so the calendar is joined to the facts rather than to every person-day)
fact as materialized (
  select f.*, p.src, to_char(f.day, 'YYYY-MM') as month
    from (select coalesce(a.employee_id, q.employee_id) as employee_id, coalesce(a.day, q.day) as day,
                 a.ci, a.co, coalesce(q.away_halves, 0) as away,
                 coalesce(q.permit_late, false) as permit_late, coalesce(q.permit_early, false) as permit_early
            from rec a
            full join (select * from req_day where day < $3::date) q
              on q.employee_id = a.employee_id and q.day = a.day) f
    join pop p on p.id = f.employee_id
),
fact_lvl as (
  select f.employee_id, m.month, f.away, f.permit_late, f.permit_early, m.ded,
         ${level(`f.ci - ${minuteOfDay('coalesce(x.start_time, c.start_time)')}`)} as tl,
         ${level(`coalesce(x.end_min, ${minuteOfDay('c.end_time')}) - f.co`)} as psw
    from fact f
    join cal c on c.src = f.src and c.day = f.day
    left join rcell x on x.employee_id = f.employee_id and x.day = f.day
    join mon m on m.month = f.month and not m.snap and f.day <= m.upto
   where coalesce(x.working, c.working)
     and not coalesce(x.end_min > 1440 and f.day = $3::date - 1, false)
),
disc_month as materialized (
  select employee_id, month, count(*)::int as days,
         coalesce(sum(
           case when away >= 2 then 0 else
             (case when tl = 0 or permit_late or (away = 1 and tl >= psw) then 0 else (ded->>('TL' || tl))::int end)
           + (case when psw = 0 or permit_early or (away = 1 and tl < psw) then 0 else (ded->>('PSW' || psw))::int end)
           end), 0)::int as deducted
    from fact_lvl group by employee_id, month
),
ent as (
  select e.employee_id, e.date,
         coalesce(sum(e.credited_minutes) filter (where e.status = 'APPROVED' and i.category = 'MAIN'), 0) as main,
         coalesce(sum(e.credited_minutes) filter (where e.status = 'APPROVED' and i.category = 'ADDITIONAL'), 0) as addl,
         count(*) filter (where e.status = 'SUBMITTED') as pending,
         min(e.submitted_at) filter (where e.status = 'SUBMITTED') as oldest
    from activity_entry e
    join activity_item i on i.agency_id = e.agency_id and i.id = e.item_id
   cross join ent_win w
   where e.agency_id = $1 and e.date between w.lo and w.hi and e.status in ('APPROVED', 'SUBMITTED')
     and e.employee_id in (select id from pop)
   group by e.employee_id, e.date
),
ent_month as materialized (
  select x.employee_id, m.month,
         sum(least(x.main, m.cap))::bigint as main_c,
         sum(least(x.addl, m.cap - least(x.main, m.cap)))::bigint as add_c,
         sum(x.main + x.addl)::bigint as approved,
         sum(x.pending)::int as pending, min(x.oldest) as oldest
    from ent x join mon m on m.month = to_char(x.date, 'YYYY-MM')
   group by x.employee_id, m.month
),
calc as (
  select x.*, coalesce(lv.sick_halves, 0) as sick_halves, coalesce(lv.big_halves, 0) as big_halves,
         coalesce(ev.main_c, 0) as main_c, coalesce(ev.add_c, 0) as add_c,
         coalesce(ev.approved, 0) as approved, coalesce(ev.pending, 0) as pending, ev.oldest,
         greatest(0, x.wd_upto - coalesce(dv.days, 0)) as tk_days, coalesce(dv.deducted, 0) as deducted,
         greatest(0, (case when x.target_mode <> 'FIXED' then x.wd * x.dm
                           when x.wd < x.wd_full then round(x.target_fixed * x.wd / x.wd_full::numeric)
                           else x.target_fixed end)
                     - round(coalesce(lv.halves, 0) * x.dm / 2.0))::bigint as target,
         exists (select 1 from disciplinary_sanction ds
                  where ds.agency_id = $1 and ds.employee_id = x.id
                    and x.month between ds.start_month and ds.end_month) as sanctioned,
         case when x.elected then null
              else coalesce(x.tpp_base_override, (x.bases->>x.job_class::text)::bigint) end as base_full
    from emp_month x
    left join leave_month lv on lv.employee_id = x.id and lv.month = x.month
    left join ent_month ev on ev.employee_id = x.id and ev.month = x.month
    left join disc_month dv on dv.employee_id = x.id and dv.month = x.month
),
counted as (
  select c.*, c.main_c + least(c.add_c, round(c.target * c.add_pct / 100.0)::bigint) as counted
    from calc c
),
scored as (
  select c.*,
         case when c.target = 0 then 10000
              else round(least(c.counted, c.target) * 10000.0 / c.target) end::int as ach,
         greatest(0, 10000 - c.deducted - c.tk_days * (c.ded->>'TK')::int)::int as disc,
         case when c.base_full is null then null
              when c.wd < c.wd_full then round(c.base_full * c.wd / c.wd_full::numeric)::bigint
              else c.base_full end as base
    from counted c
),
parts as (
  select s.*,
         round(s.base * s.w_perf * s.ach / 1000000.0)::bigint as perf_part,
         round(s.base * s.w_disc * s.disc / 1000000.0)::bigint as disc_part,
         least(10000, case when s.sanctioned then s.sanction_pct * 100 else 0 end
          + greatest(0, s.sick_halves - 2 * s.sick_free) * s.sick_pct * 50 + s.big_halves * s.big_pct * 50) as cut_h
    from scored s
),
person_month as materialized (
  select p.id, p.unit_id, p.month, p.selected, p.ach, p.disc, p.counted >= p.target as meets,
         case when p.base is null then null
              else greatest(0, p.perf_part + p.disc_part - round((p.perf_part + p.disc_part) * p.cut_h / 10000.0))::bigint end as tpp,
         p.base_full as budget, p.approved, p.wmin, p.pending, p.oldest, p.target, p.counted
    from parts p
  union all
  select s.employee_id, s.unit_id, m.month, m.selected,
         ${SNAPSHOT.achievement}, ${SNAPSHOT.discipline}, ${SNAPSHOT.achievement} >= 10000,
         ${SNAPSHOT.tppTotal}, ${SNAPSHOT.tppBase},
         coalesce(ev.approved, 0), cm.wmin, coalesce(ev.pending, 0), ev.oldest, null, null
    from report_snapshot s
    join mon m on m.snap and s.month = m.month
    join tree t on t.id = s.unit_id
    join cal_month cm on cm.src = t.src and cm.month = m.month
    left join ent_month ev on m.selected and ev.employee_id = s.employee_id and ev.month = m.month
   where s.agency_id = $1
     and (s.unit_id in (select unit_id from grp) or ($7::text = 'DIRECT' and s.unit_id = (select id from subject)))
),
agg as (
  select g.group_id, pm.month, bool_or(pm.selected) as selected,
         count(*)::int as head, (count(*) filter (where pm.meets))::int as meeting,
         round(avg(pm.ach))::int as ach, round(avg(pm.disc))::int as disc,
         coalesce(sum(pm.pending), 0)::int as pending,
         $3::date - (min(pm.oldest) at time zone $4)::date as oldest_age,
         coalesce(sum(pm.tpp), 0)::bigint as tpp, coalesce(sum(pm.budget), 0)::bigint as budget,
         coalesce(sum(pm.approved), 0)::bigint as approved, coalesce(sum(pm.wmin), 0)::bigint as wmin,
         (count(*) filter (where pm.ach < 6000))::int as b0,
         (count(*) filter (where pm.ach >= 6000 and pm.ach < 8000))::int as b1,
         (count(*) filter (where pm.ach >= 8000 and pm.ach < 9000))::int as b2,
         (count(*) filter (where pm.ach >= 9000 and pm.ach < 10000))::int as b3,
         (count(*) filter (where pm.ach >= 10000))::int as b4
    from person_month pm join grp g on g.unit_id = pm.unit_id
   group by g.group_id, pm.month
)
select
  (select json_agg(json_build_object('month', month, 'snapshot', snap) order by month) from mon) as months,
  (select json_agg(json_build_object(
            'unitId', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind, 'sortOrder', u.sort_order,
            'subject', u.id = (select id from subject)))
     from org_unit u where u.agency_id = $1 and u.id in (select distinct group_id from grp)) as groups,
  (select json_agg(a) from agg a) as figures,
  (select json_agg(json_build_object(
            'employeeId', pop.id, 'name', pop.name, 'nip', pop.nip, 'positionName', pop.position_name,
            'achievement', pm.ach, 'discipline', pm.disc, 'meetsTarget', pm.meets, 'pending', pm.pending,
            'targetMinutes', pm.target, 'countedMinutes', pm.counted, 'tppTotal', pm.tpp)
            order by pop.name, pop.id)
     from pop join person_month pm on pm.id = pop.id and pm.selected
    where $7::text = 'ALL' or ($7::text = 'DIRECT' and pop.unit_id = (select id from subject))) as people`;

/** One (group, month) of the statement's figures; percentages in hundredths, money in rupiah. */
export interface FigureRow {
  group_id: string;
  month: string;
  selected: boolean;
  head: number;
  meeting: number;
  ach: number | null;
  disc: number | null;
  pending: number;
  oldest_age: number | null;
  tpp: number;
  budget: number;
  approved: number;
  wmin: number;
  b0: number;
  b1: number;
  b2: number;
  b3: number;
  b4: number;
}

export interface GroupRow {
  unitId: string;
  code: string;
  name: string;
  kind: string;
  sortOrder: number;
  subject: boolean;
}

export interface PersonRow {
  employeeId: string;
  name: string;
  nip: string;
  positionName: string;
  achievement: number;
  discipline: number;
  meetsTarget: boolean;
  pending: number;
  targetMinutes: number | null;
  countedMinutes: number | null;
  tppTotal: number | null;
}

/** Which people the statement lists besides the groups' figures. */
export type PeopleListing = 'NONE' | 'DIRECT' | 'ALL';

/** The parameters of FIGURES_SQL, in order. */
export function figuresParams(p: {
  agencyId: string;
  monthStart: string;
  today: string;
  timeZone: string;
  subject: string | null;
  children: boolean;
  people: PeopleListing;
  policyDefaults: object;
}): unknown[] {
  return [
    p.agencyId,
    p.monthStart,
    p.today,
    p.timeZone,
    p.subject,
    p.children,
    p.people,
    JSON.stringify(p.policyDefaults),
  ];
}

export interface FiguresResult {
  months: { month: string; snapshot: boolean }[] | null;
  groups: GroupRow[] | null;
  figures: FigureRow[] | null;
  people: PersonRow[] | null;
}
