import { Migration } from '@mikro-orm/migrations';

/**
 * The work calendar as one SQL function, `work_calendar(agency, units, from, to)`: for every unit
 * asked for (a null element stands for "no unit": the agency default) and every date, the kind of
 * day and its hours. Everything that needs working days reads it, so they agree:
 *
 * - a unit's pattern is its own `work_pattern_id`, else the nearest ancestor's, else the agency's
 *   default pattern, else the national default (Perpres 21/2023: Mon–Thu 07:30–16:00 break 60,
 *   Fri 07:30–16:30 break 90) for an agency that has configured none;
 * - a special period covering the date replaces that pattern (one naming the unit's base pattern
 *   wins over one for all patterns; the later start wins among equals);
 * - a weekday absent from the pattern is WEEKEND; a holiday or collective-leave day only turns a
 *   day that would otherwise be worked into HOLIDAY / COLLECTIVE_LEAVE (a holiday on a Sunday stays
 *   WEEKEND; on a Saturday it is a HOLIDAY for a six-day unit only); `holiday_name` is set whenever
 *   the date is a holiday, whatever the kind of day;
 * - hours, break and net minutes are given only for WORKDAY (null, 0, 0 otherwise).
 *
 * `working_days_between` (the escalation clock of verification) now counts WORKDAYs of the agency
 * default pattern, so it skips holidays and collective leave.
 */
export class Migration20261123150000_calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function work_calendar(p_agency uuid, p_units uuid[], p_from date, p_to date)
      returns table (unit_id uuid, day date, day_kind text, holiday_name text, start_time time,
                     end_time time, break_minutes integer, net_minutes integer)
      language sql stable parallel safe as $$
        with recursive subject as (
          select o.id as unit_id from org_unit o where o.agency_id = p_agency and o.id = any(p_units)
          union all
          select null::uuid where array_position(p_units, null) is not null
        ),
        chain as (
          select s.unit_id, o.parent_id, o.work_pattern_id, 0 as depth
            from subject s join org_unit o on o.agency_id = p_agency and o.id = s.unit_id
          union all
          select c.unit_id, o.parent_id, o.work_pattern_id, c.depth + 1
            from chain c join org_unit o on o.agency_id = p_agency and o.id = c.parent_id
           where c.work_pattern_id is null and c.depth < 64
        ),
        base as (
          select s.unit_id,
                 coalesce(
                   (select c.work_pattern_id from chain c
                     where c.unit_id = s.unit_id and c.work_pattern_id is not null
                     order by c.depth limit 1),
                   (select w.id from work_pattern w where w.agency_id = p_agency and w.is_default)
                 ) as pattern_id
            from subject s
        ),
        plan as (
          select b.unit_id, g.day::date as day, coalesce(sp.pattern_id, b.pattern_id) as pattern_id
            from base b
           cross join generate_series(p_from, p_to, interval '1 day') as g(day)
            left join lateral (
              select s.pattern_id from special_period s
               where s.agency_id = p_agency and g.day::date between s.start_date and s.end_date
                 and (s.base_pattern_id is null or s.base_pattern_id = b.pattern_id)
               order by s.base_pattern_id is null, s.start_date desc, s.id desc
               limit 1
            ) sp on true
        ),
        hours as (
          select p.unit_id, p.day, h.name as holiday_name, h.kind::text as holiday_kind,
                 coalesce(wd.start_time, n.start_time) as start_time,
                 coalesce(wd.end_time, n.end_time) as end_time,
                 coalesce(wd.break_minutes, n.break_minutes, 0) as break_minutes
            from plan p
            left join work_pattern_day wd
              on wd.agency_id = p_agency and wd.pattern_id = p.pattern_id
             and wd.weekday = extract(isodow from p.day)
            left join (values (1, time '07:30', time '16:00', 60), (2, time '07:30', time '16:00', 60),
                              (3, time '07:30', time '16:00', 60), (4, time '07:30', time '16:00', 60),
                              (5, time '07:30', time '16:30', 90))
                   as n(weekday, start_time, end_time, break_minutes)
              on p.pattern_id is null and n.weekday = extract(isodow from p.day)
            left join holiday h on h.agency_id = p_agency and h.date = p.day
        )
        select x.unit_id, x.day,
               case when x.start_time is null then 'WEEKEND'
                    when x.holiday_kind = 'NATIONAL' then 'HOLIDAY'
                    when x.holiday_kind = 'COLLECTIVE_LEAVE' then 'COLLECTIVE_LEAVE'
                    else 'WORKDAY' end,
               x.holiday_name,
               case when x.holiday_kind is null then x.start_time end,
               case when x.holiday_kind is null then x.end_time end,
               case when x.holiday_kind is null and x.start_time is not null then x.break_minutes else 0 end,
               case when x.holiday_kind is null and x.start_time is not null
                    then (extract(epoch from x.end_time - x.start_time) / 60)::int - x.break_minutes
                    else 0 end
          from hours x
      $$`);

    this.addSql(`
      create or replace function working_days_between(p_agency uuid, p_from date, p_to date)
      returns integer language sql stable parallel safe as $$
        select count(*)::int
          from work_calendar(p_agency, array[null]::uuid[], p_from + 1, p_to) c
         where c.day_kind = 'WORKDAY'
      $$`);
  }
}
