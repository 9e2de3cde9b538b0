/**
 * The province: a synthetic agency of ~100,000 employees in 307 departments (synthetic.ts), with one
 * month (November 2026) of activity — 20 entries per employee (2 million, mostly APPROVED, some
 * SUBMITTED, REJECTED or additional) and one attendance record per employee and working day (2.1
 * million, some late or leaving early) — all written set-based. Then, beside a hand-written SQL
 * statement through node-postgres (the floor):
 *
 *   departmentPerformance   DepartmentService.departments (one statement: the agency, every
 *                           department, six months of trend)
 *   TPP recap               the same statement listing every employee (its per-person TPP)
 *
 * Bounded (one month, fixed sizes, a few runs) and loopback-only (the embedded cluster).
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Viewer } from '../common/auth/viewer.js';
import { query } from '../common/sql.js';
import { POLICY_DEFAULTS, DepartmentService } from '../modules/department/department.service.js';
import { FIGURES_SQL, figuresParams } from '../modules/department/department.sql.js';
import { ViewerScope } from '../context.js';
import { Role } from '../modules/organisation/organisation.enums.js';
import { ReportsService } from '../modules/reports/reports.service.js';
import { buildAgency } from './synthetic.js';

const PERIOD = '2026-11';
const TODAY = '2026-12-05';

export interface ProvinceOptions {
  departments: number;
  repeat: number;
}

async function median(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const s = performance.now();
    await fn();
    runs.push(performance.now() - s);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

/** One month of entries and attendance for everyone, set-based. */
export async function provinceMonth(orm: MikroORM, agencyId: string): Promise<void> {
  const em = orm.em.fork();
  await query(
    em,
    `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
     values ($1, gen_random_uuid(), 'utama', 'Kegiatan utama', 'kegiatan', 60, 'MAIN', 'PUBLISHED'),
            ($1, gen_random_uuid(), 'tambahan', 'Kegiatan tambahan', 'kegiatan', 60, 'ADDITIONAL', 'PUBLISHED')`,
    [agencyId],
  );
  // 20 working days of November, one entry each: credited 250–449 minutes, 10 % additional;
  // 90 % APPROVED, 6 % SUBMITTED (submitted that evening), 4 % REJECTED.
  await query(
    em,
    `with days as (
       select d::date as day from generate_series('2026-11-01'::date, '2026-11-30'::date, interval '1 day') d
        where extract(isodow from d) < 6 order by d limit 20
     ),
     items as (select (select id from activity_item where code = 'utama') as main,
                      (select id from activity_item where code = 'tambahan') as extra)
     insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                 credited_minutes, status, submitted_at, created_at, decided_at, decision_source)
     select $1, gen_random_uuid(), e.id, days.day, '08:00', '15:30',
            case when h % 10 = 0 then items.extra else items.main end, 1, 250 + h % 200,
            s::activity_entry_status, days.day + time '17:00', days.day + time '16:00',
            case when s <> 'SUBMITTED' then days.day + interval '1 day' end,
            case when s <> 'SUBMITTED' then 'SUPERVISOR'::decision_source end
       from employee e cross join days cross join items
      cross join lateral (select abs(hashtext(e.id::text || days.day::text)) as h) x
      cross join lateral (select case when h % 100 < 90 then 'APPROVED' when h % 100 < 96 then 'SUBMITTED'
                                      else 'REJECTED' end as s) y`,
    [agencyId],
  );
  // Every working day of November: in at 07:10–07:29 (8 % late by 1–120 minutes, 1 % no check-in),
  // out at the end of the day plus 5–24 minutes (3 % leave 45 minutes early).
  await query(
    em,
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source,
                                    check_out_at, check_out_in_area, check_out_source)
     select $1, gen_random_uuid(), e.id, d.day,
            case when h % 100 = 0 then null
                 when h % 100 < 9 then (d.day + time '07:30' + (1 + h % 120) * interval '1 minute') at time zone 'Asia/Jakarta'
                 else (d.day + time '07:10' + (h % 20) * interval '1 minute') at time zone 'Asia/Jakarta' end,
            h % 100 <> 0, case when h % 100 <> 0 then 'APP'::attendance_source end,
            (d.day + case when extract(isodow from d.day) = 5 then time '16:30' else time '16:00' end
                   + case when h % 97 < 3 then interval '-45 minutes' else (5 + h % 20) * interval '1 minute' end)
              at time zone 'Asia/Jakarta',
            true, 'APP'
       from employee e
      cross join (select d::date as day from generate_series('2026-11-01'::date, '2026-11-30'::date, interval '1 day') d
                   where extract(isodow from d) < 6) d
      cross join lateral (select abs(hashtext(e.id::text || d.day::text || 'a')) as h) x`,
    [agencyId],
  );
  await query(em, 'analyze');
}

/** The selected month's department figures as one plain statement (no trend, fixed calendar). */
const BASELINE_DEPARTMENTS = `
  with recursive dept(root, id) as (
    select u.id, u.id from org_unit u
     where u.agency_id = $1 and u.parent_id = (select id from org_unit where agency_id = $1 and parent_id is null)
    union all
    select d.root, c.id from dept d join org_unit c on c.agency_id = $1 and c.parent_id = d.id
  ),
  wd as (select count(*)::int as n from generate_series($2::date, $3::date, interval '1 day') d where extract(isodow from d) < 6),
  ent as (
    select e.employee_id, sum(least(m, 450)) as counted, sum(m) as approved, sum(p) as pending, min(o) as oldest
      from (select e.employee_id, e.date,
                   coalesce(sum(e.credited_minutes) filter (where e.status = 'APPROVED'), 0) as m,
                   count(*) filter (where e.status = 'SUBMITTED') as p,
                   min(e.submitted_at) filter (where e.status = 'SUBMITTED') as o
              from activity_entry e where e.agency_id = $1 and e.date between $2::date and $3::date
             group by e.employee_id, e.date) e
     group by e.employee_id
  ),
  att as (
    select r.employee_id, count(*) as days,
           sum(case when r.check_in_at is null then 150
                    when (r.check_in_at at time zone 'Asia/Jakarta')::time <= time '07:30' then 0
                    when (r.check_in_at at time zone 'Asia/Jakarta')::time <= time '08:00' then 50
                    when (r.check_in_at at time zone 'Asia/Jakarta')::time <= time '08:30' then 100
                    when (r.check_in_at at time zone 'Asia/Jakarta')::time <= time '09:00' then 125 else 150 end) as ded
      from attendance_record r where r.agency_id = $1 and r.date between $2::date and $3::date
     group by r.employee_id
  ),
  person as (
    select d.root, e.id, p.job_class,
           least(10000, round(coalesce(x.counted, 0) * 10000.0 / (wd.n * 350)))::int as ach,
           greatest(0, 10000 - coalesce(a.ded, 0) - (wd.n - coalesce(a.days, 0)) * 500)::int as disc,
           coalesce(x.approved, 0) as approved, coalesce(x.pending, 0) as pending, x.oldest
      from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
      join dept d on d.id = p.unit_id
      cross join wd
      left join ent x on x.employee_id = e.id left join att a on a.employee_id = e.id
     where e.agency_id = $1 and e.active
  )
  select p.root, count(*) as head, count(*) filter (where p.ach = 10000) as meeting, round(avg(p.ach)) as ach,
         round(avg(p.disc)) as disc, sum(p.pending) as pending, min(p.oldest) as oldest,
         sum(round(b.base * 60 * p.ach / 1000000.0) + round(b.base * 40 * p.disc / 1000000.0)) as tpp, sum(b.base) as budget,
         sum(p.approved) as approved
    from person p cross join lateral (select ($4::jsonb ->> p.job_class::text)::bigint as base) b
   group by p.root`;

/** Every employee's TPP of the month as one plain statement. */
const BASELINE_RECAP = `
  with wd as (select count(*)::int as n from generate_series($2::date, $3::date, interval '1 day') d where extract(isodow from d) < 6),
  ent as (
    select employee_id, sum(least(m, 450)) as counted
      from (select employee_id, date, sum(credited_minutes) as m from activity_entry
             where agency_id = $1 and date between $2::date and $3::date and status = 'APPROVED'
             group by employee_id, date) d group by employee_id
  ),
  att as (
    select employee_id, count(*) as days,
           sum(case when check_in_at is null then 150 when (check_in_at at time zone 'Asia/Jakarta')::time <= time '07:30' then 0 else 50 end) as ded
      from attendance_record where agency_id = $1 and date between $2::date and $3::date group by employee_id
  )
  select e.id, e.name, base,
         round(base * 60 * ach / 1000000.0) + round(base * 40 * disc / 1000000.0) as total
    from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
    cross join wd left join ent x on x.employee_id = e.id left join att a on a.employee_id = e.id
    cross join lateral (select ($4::jsonb ->> p.job_class::text)::bigint as base,
                               least(10000, round(coalesce(x.counted, 0) * 10000.0 / (wd.n * 350))) as ach,
                               greatest(0, 10000 - coalesce(a.ded, 0) - (wd.n - coalesce(a.days, 0)) * 500) as disc) s
   where e.agency_id = $1 and e.active
   order by e.name`;

export async function provinceCase(orm: MikroORM, url: string, o: ProvinceOptions): Promise<void> {
  let t0 = performance.now();
  const agencyId = await buildAgency(orm.em.fork(), {
    departments: o.departments,
    holdersPerStaffPosition: 5,
  });
  const orgSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await provinceMonth(orm, agencyId);
  const monthSeconds = (performance.now() - t0) / 1000;
  const [n] = await query<{
    employees: string;
    units: string;
    entries: string;
    approved: string;
    pending: string;
    records: string;
  }>(
    orm.em.fork(),
    `select (select count(*) from employee) as employees, (select count(*) from org_unit) as units,
            (select count(*) from activity_entry) as entries,
            (select count(*) from activity_entry where status = 'APPROVED') as approved,
            (select count(*) from activity_entry where status = 'SUBMITTED') as pending,
            (select count(*) from attendance_record) as records`,
  );

  const [mayor] = await query<{ id: string }>(
    orm.em.fork(),
    `select e.id from employee e join position p on p.id = e.position_id where p.parent_id is null`,
  );
  const viewer: Viewer = {
    employeeId: mayor!.id,
    agencyId,
    timeZone: 'Asia/Jakarta',
    roles: new Set([Role.EMPLOYEE, Role.EXECUTIVE]),
    adminUnitId: null,
    sessionId: 'bench',
  };
  const service = () => new DepartmentService(orm.em.fork(), viewer, TODAY);
  const view = await service().departments(PERIOD);
  const recapParams = figuresParams({
    agencyId,
    monthStart: `${PERIOD}-01`,
    today: TODAY,
    timeZone: 'Asia/Jakarta',
    subject: null,
    children: false,
    people: 'ALL',
    policyDefaults: POLICY_DEFAULTS,
  });
  const recap = () => query<{ people: unknown[] | null }>(orm.em.fork(), FIGURES_SQL, recapParams);
  const [recapRow] = await recap();
  // The payroll recap as the API serves it: facts gathered set-based, each card by @kinerja/scoring.
  const tppRecap = () => {
    const s = new ViewerScope(
      orm.em.fork(),
      viewer,
      'bench',
      () => new Date(`${TODAY}T10:00:00+07:00`),
    );
    return new ReportsService(
      s.em,
      viewer,
      s.today,
      s.now,
      s.loaders,
      s.access,
      s.hierarchy,
      'id',
    ).recap(PERIOD, null);
  };
  t0 = performance.now();
  const served = await tppRecap();
  const recapSeconds = (performance.now() - t0) / 1000;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const baselineParams = [
    agencyId,
    `${PERIOD}-01`,
    `${PERIOD}-30`,
    JSON.stringify(POLICY_DEFAULTS.tppBases),
  ];
  const base = await client.query(BASELINE_DEPARTMENTS, baselineParams);
  const baseRecap = await client.query(BASELINE_RECAP, baselineParams);

  const rows: [string, number, number][] = [
    [
      `departmentPerformance (${view.departments.length} departments + agency, 6-month trend)`,
      await median(() => service().departments(PERIOD), o.repeat),
      await median(() => client.query(BASELINE_DEPARTMENTS, baselineParams), o.repeat),
    ],
    [
      `tppRecap, whole agency (${served.rows.length} rows, ${served.units.length} units; report cards)`,
      await median(tppRecap, Math.min(o.repeat, 2)),
      await median(() => client.query(BASELINE_RECAP, baselineParams), o.repeat),
    ],
    [
      `department statement listing every employee (${recapRow?.people?.length ?? 0} rows)`,
      await median(recap, o.repeat),
      await median(() => client.query(BASELINE_RECAP, baselineParams), o.repeat),
    ],
  ];
  await client.end();

  const a = view.agency!;
  console.log(
    `\nprovince: ${n!.employees} employees, ${n!.units} units, ${n!.entries} entries ` +
      `(${n!.approved} approved, ${n!.pending} pending), ${n!.records} attendance records ` +
      `(org built in ${orgSeconds.toFixed(1)} s, the month in ${monthSeconds.toFixed(1)} s)`,
  );
  console.log(
    `agency ${PERIOD}: head count ${a.headCount}, meeting target ${a.shareMeetingTarget} %, ` +
      `mean achievement ${a.meanAchievement}, mean discipline ${a.meanDiscipline}, pending ${a.pendingEntries} ` +
      `(oldest ${a.oldestPendingAgeDays} d), TPP Rp ${a.tppTotal.toLocaleString('en')} of ` +
      `Rp ${a.tppBudget.toLocaleString('en')}, workload ${a.workloadPercent} %; ` +
      `baseline: ${base.rowCount} departments, ${baseRecap.rowCount} recap rows`,
  );
  console.log(`${'median ms'.padEnd(72)}${'query'.padStart(10)}${'baseline'.padStart(10)}`);
  for (const [name, ms, b] of rows)
    console.log(name.padEnd(72) + ms.toFixed(1).padStart(10) + b.toFixed(1).padStart(10));
  console.log(
    `tppRecap: Rp ${served.total.total.toLocaleString('en')} for ${served.total.employees} employees; ` +
      `first call ${recapSeconds.toFixed(1)} s, heap after it ${heapMb} MB`,
  );
  console.log(
    'note: tppRecap computes every report card in full (explanation lines included) through ' +
      '@kinerja/scoring; the baselines use a fixed Mon–Fri calendar, a flat deduction and no trend months.',
  );
}
