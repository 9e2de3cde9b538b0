/**
 * The demo city's history: the three full months before the agency's today plus the current month
 * up to yesterday, for every active employee who has a supervisor (the elected mayor at the top
 * gets none), so that report cards, the department view and the supervisors' queues show real,
 * varied figures on the first start.
 *
 * What is written, all of it derived from the organisation, the calendar and the activity bank:
 * - leave and permits (annual leave for those with a year of service, one-day sick leave that
 *   needs no doctor's letter, official travel, permits to arrive late or leave early), approved
 *   by the supervisor, never overlapping a request already there;
 * - the demo puskesmas' shift rosters (seed/roster.ts), which set their people's working days
 *   and hours (a night shift's check-out and its morning's entries fall on the next date);
 * - attendance for the working days (work_calendar, per unit) that no whole-day leave or official
 *   travel covers: check-ins mostly before the start with some late arrivals (up to about two
 *   hours), check-outs after the end with some early departures and a few missing, a few absences
 *   without notice; in the area of the unit's office (app) or by fingerprint; on a permit day the
 *   arrival or departure falls inside the permit;
 * - 3 to 7 non-overlapping entries a day inside the working hours (the break left free), from a
 *   personal repertoire of evidence-free items that apply to the person (ITEM_APPLIES), credited
 *   mostly 300–480 minutes a day, with lighter days; decided by the supervisor a few days after
 *   submission (slow supervisors take over a week, so some pending entries are past the
 *   escalation limit); mostly approved, a few rejected with a reason, a few returned and then
 *   resubmitted (with their audit rows). Decisions that would fall on or after today are still
 *   pending, which gives every supervisor a realistic queue for the current month.
 *
 * Deterministic and idempotent: every draw is a hash of stable text (hashtextextended, no
 * random()), and every row's id is a name-based UUID of what it is, inserted with ON CONFLICT DO
 * NOTHING, so a second run with the same day adds nothing (a later day only adds the days since).
 * Set-based: a handful of statements over temporary tables, whatever the number of people.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayIn } from '../../common/dates.js';
import { query } from '../../common/sql.js';
import { ITEM_APPLIES } from '../../modules/activity-bank/applicability.js';
import { seedDemoPlans } from './plans.js';
import { seedDemoReviews } from './reviews.js';
import { seedDemoRoster } from './roster.js';
import { buildDemoCity } from './demo-city.data.js';
import { seedId } from './demo-city.js';

export interface HistorySummary {
  /** The first and last dates of the history (empty when there was no demo agency). */
  from: string | null;
  to: string | null;
  employees: number;
  leaveRequests: number;
  attendanceRecords: number;
  entries: number;
  auditEvents: number;
  /** SKP plans, approved IKI reports (seedDemoPlans), 360° reviews and rankings (seedDemoReviews). */
  plans: number;
  ikiReports: number;
  behaviourReviews: number;
  peerRankings: number;
  /** Roster cells of the demo puskesmas added (seed/roster.ts). */
  rosterCells: number;
  milliseconds: number;
}

// ── the data (Indonesian, as the users see it) ──────────────────────────────────────────────

const ANNUAL_REASONS = [
  'Acara keluarga',
  'Menghadiri pernikahan kerabat',
  'Mengurus keperluan keluarga di kampung halaman',
  'Berlibur bersama keluarga',
  'Keperluan pribadi',
  'Menemani orang tua berobat',
];
const SICK_REASONS = [
  'Demam',
  'Flu dan batuk',
  'Sakit perut',
  'Sakit kepala dan pusing',
  'Sakit gigi',
];
const TRAVEL_REASONS = [
  'Rapat koordinasi tingkat provinsi',
  'Mengikuti bimbingan teknis',
  'Konsultasi ke kementerian',
  'Monitoring dan evaluasi program',
  'Mengikuti sosialisasi peraturan baru',
];
const DESTINATIONS: readonly [name: string, latitude: number, longitude: number][] = [
  ['Gedung Sate, Bandung', -6.9025, 107.6188],
  ['Kementerian Dalam Negeri, Jakarta', -6.1701, 106.824],
  ['Kementerian PANRB, Jakarta', -6.2297, 106.808],
  ['Badan Kepegawaian Negara, Jakarta', -6.2446, 106.8689],
  ['BPSDM Provinsi Jawa Barat, Cimahi', -6.8722, 107.5426],
];
const LATE_REASONS = [
  'Mengantar anak ke sekolah',
  'Kontrol kesehatan ke puskesmas',
  'Mengurus dokumen kependudukan',
  'Kendaraan mogok di jalan',
];
const EARLY_REASONS = [
  'Menjemput anak yang sakit di sekolah',
  'Mengurus keperluan keluarga',
  'Kontrol ke dokter',
  'Menghadiri rapat komite sekolah anak',
];
const REJECT_NOTES = [
  'Kegiatan tidak sesuai dengan tugas jabatan',
  'Kegiatan tercatat ganda dengan hari sebelumnya',
  'Volume output tidak wajar untuk waktu yang dicatat',
  'Uraian tidak menggambarkan hasil kerja',
];
const RETURN_NOTES = [
  'Mohon lengkapi uraian kegiatan',
  'Mohon sesuaikan jumlah output dengan hasil kerja',
  'Mohon perbaiki jam mulai dan selesai kegiatan',
];
const DESCRIPTIONS = [
  'Sesuai disposisi pimpinan',
  'Lanjutan pekerjaan hari sebelumnya',
  'Bersama tim kerja',
  'Untuk bahan laporan bulanan',
  'Koordinasi dengan bidang terkait',
  'Tindak lanjut hasil rapat',
];

// ── SQL helpers ─────────────────────────────────────────────────────────────────────────────

/** A deterministic draw in [0, 1) from a SQL text expression. */
const R = (key: string) => `((hashtextextended(${key}, 0) & 2147483647)::float8 / 2147483648)`;

/** A name-based UUID (version and variant nibbles set to 8) from a SQL text expression. */
const UUID = (key: string) =>
  `overlay(overlay(md5('kinerja-history' || $1::text || ${key}) placing '8' from 13 for 1) placing '8' from 17 for 1)::uuid`;

/** A random element of the text array parameter `param`. */
const PICK = (param: string, key: string) =>
  `(${param}::text[])[1 + floor(${R(key)} * cardinality(${param}::text[]))::int]`;

/** Minutes after midnight of a date, as a local timestamp and then an instant in zone $4. */
const AT = (day: string, minutes: string) =>
  `(((${day})::date + make_interval(mins => (${minutes})::int)) at time zone $4)`;

/** The same date, or the Monday after when it falls on a weekend. */
const WEEKDAY = (day: string) =>
  `((${day})::date + case extract(isodow from (${day})::date) when 6 then 2 when 7 then 1 else 0 end)`;

/** Whole-day leave kinds: nobody works or checks in on those days. */
const AWAY_KINDS = `('ANNUAL','SICK','IMPORTANT_REASONS','MATERNITY','BIG','UNPAID')`;

/*
 * Parameters of every statement: $1 agency, $2 first date, $3 the agency's today (nothing is
 * written for it or later), $4 time zone, $5 last day of today's month (the calendar is read to
 * the month's end so that positions inside a month do not depend on today).
 */

/** The people: traits, office, service start and a personal repertoire of items. */
const PEOPLE = `
  create temp table hist_person on commit drop as
  select e.id, p.id as position_id, p.unit_id, p.kind::text as position_kind,
         e.joined_on, e.left_on, e.home_latitude, e.home_longitude,
         ${R(`e.id::text || ':diligence'`)} as diligence,
         0.5 * ${R(`e.id::text || ':diligence'`)} + 0.5 * ${R(`e.id::text || ':punctuality'`)} as punctuality,
         (off.name is null or ${R(`e.id::text || ':fingerprint'`)}
            < case when u.kind in ('SCHOOL', 'CLINIC') then 0.8 else 0.25 end) as fingerprint,
         off.name as office_name, off.latitude as office_latitude, off.longitude as office_longitude,
         case when e.nip !~ '^[0-9]{18}$' then null
              when e.employment_type = 'PPPK' then make_date(substr(e.nip, 9, 4)::int, 1, 1)
              when substr(e.nip, 13, 2) between '01' and '12'
                then make_date(substr(e.nip, 9, 4)::int, substr(e.nip, 13, 2)::int, 1)
         end as service_start,
         rep.items as rep_items, rep.minutes as rep_minutes, rep.additional as rep_additional
    from employee e
    join position p on p.agency_id = e.agency_id and p.id = e.position_id
    join org_unit u on u.agency_id = e.agency_id and u.id = p.unit_id
    left join lateral (
      with recursive chain(unit_id, depth) as (
        select p.unit_id, 0
        union all
        select o.parent_id, c.depth + 1
          from chain c join org_unit o on o.agency_id = $1 and o.id = c.unit_id
         where o.parent_id is not null and c.depth < 64
           and not exists (select 1 from unit_office uo where uo.agency_id = $1 and uo.unit_id = c.unit_id)
      )
      select l.name, l.latitude, l.longitude
        from chain c
        join unit_office uo on uo.agency_id = $1 and uo.unit_id = c.unit_id
        join office_location l on l.agency_id = $1 and l.id = uo.location_id
       order by c.depth, l.name
       limit 1
    ) off on true
    cross join lateral (
      -- up to 8 main items (technical ones first) and 2 additional ones, drawn per person
      select array_agg(x.id order by x.ord) as items, array_agg(x.standard_minutes order by x.ord) as minutes,
             array_agg(x.category = 'ADDITIONAL' order by x.ord) as additional
        from (
          select i.id, i.standard_minutes, i.category,
                 row_number() over (
                   partition by i.category
                   order by (cardinality(i.scope_position_ids) + cardinality(i.scope_position_kinds)
                             + cardinality(i.scope_unit_ids) > 0) desc,
                            ${R(`e.id::text || i.id::text`)}) as ord
            from activity_item i
           where i.agency_id = $1 and i.status = 'PUBLISHED' and not i.requires_evidence
             and ${ITEM_APPLIES}
        ) x
       where (x.category = 'MAIN' and x.ord <= 8) or (x.category = 'ADDITIONAL' and x.ord <= 2)
    ) rep
   where e.agency_id = $1 and e.active and not p.elected and rep.items is not null`;

/**
 * Each person's supervisor (and whether they hold the position or act in it) from each date where
 * an acting assignment begins or ends: the hierarchy's rule (Hierarchy.supervisorsOf), walked once
 * per such period rather than once per day.
 */
const SUPERVISORS = `
  create temp table hist_sup on commit drop as
  with recursive epochs(start) as (
    select $2::date
    union
    select a.start_date from acting_assignment a
     where a.agency_id = $1 and a.start_date > $2::date and a.start_date <= $5::date
    union
    select a.end_date + 1 from acting_assignment a
     where a.agency_id = $1 and a.end_date + 1 > $2::date and a.end_date + 1 <= $5::date
  ),
  up(employee_id, epoch, pos, found) as (
    select h.id, ep.start, p.parent_id, position_occupant($1, p.parent_id, ep.start, h.id)
      from hist_person h
      cross join epochs ep
      join position p on p.agency_id = $1 and p.id = h.position_id
    union all
    select u.employee_id, u.epoch, p.parent_id, position_occupant($1, p.parent_id, u.epoch, u.employee_id)
      from up u join position p on p.agency_id = $1 and p.id = u.pos
     where u.found is null
  ) cycle pos set is_cycle using path
  select u.employee_id, u.epoch,
         coalesce(lead(u.epoch) over (partition by u.employee_id order by u.epoch), $5::date + 1) as epoch_end,
         u.found as sup,
         case when exists (select 1 from employee v where v.agency_id = $1 and v.id = u.found and v.position_id = u.pos)
              then 'SUPERVISOR' else 'ACTING' end as source
    from up u
   where u.found is not null`;

/**
 * Every working day of every person (the unit's calendar, or their roster where it sets the date),
 * numbered within its month; `e` counts on past 1440 for a night shift ending the next morning.
 */
const DAYS = `
  create temp table hist_day on commit drop as
  select h.id as employee_id, c.day, date_trunc('month', c.day)::date as month,
         (extract(epoch from coalesce(sp.start_time, c.start_time)) / 60)::int as s,
         (extract(epoch from coalesce(sp.end_time, c.end_time)) / 60)::int
           + case when sp.end_time < sp.start_time then 1440 else 0 end as e,
         case when sp.id is null then c.break_minutes else 0 end as brk,
         row_number() over (partition by h.id, date_trunc('month', c.day) order by c.day)::int as idx,
         count(*) over (partition by h.id, date_trunc('month', c.day))::int as n,
         s.sup, s.source
    from hist_person h
    join work_calendar($1, (select array_agg(distinct unit_id) from hist_person), $2::date, $5::date) c
      on c.unit_id = h.unit_id
    -- a roster cell overrides the pattern: a shift is a working day with its hours, a day off is not
    left join roster_cell rc on rc.agency_id = $1 and rc.employee_id = h.id and rc.date = c.day
    left join shift_pattern sp on sp.agency_id = $1 and sp.id = rc.shift_id
    join hist_sup s on s.employee_id = h.id and c.day >= s.epoch and c.day < s.epoch_end
   where (h.joined_on is null or c.day >= h.joined_on) and (h.left_on is null or c.day <= h.left_on)
     and case when rc.employee_id is null then c.day_kind = 'WORKDAY' else sp.id is not null end`;

/**
 * Leave and permits, at most one of a kind per person and month, each in its own part of the
 * month's working days so that they never overlap one another: annual leave (once in the period,
 * 1–3 days) in the first 30 %, sick leave (one day) up to 50 %, official travel (1–2 days) up to
 * 70 %, a permit to arrive late up to 85 %, to leave early in the rest. Only requests that ended
 * before today; one clashing with an existing request is skipped (the exclusion constraint).
 */
const LEAVE = `
  with months as (
    select d.employee_id, d.month, max(d.n) as n,
           row_number() over (partition by d.employee_id order by d.month) - 1 as mi,
           d.employee_id::text || ':' || d.month::text as k
      from hist_day d group by d.employee_id, d.month
  ),
  events as (
    select m.employee_id, m.month, m.n, 'ANNUAL' as kind, m.k,
           1 + floor(${R(`m.k || ':annual-start'`)} * greatest(1, floor(0.3 * m.n)::int - 2))::int as i0,
           1 + floor(${R(`m.k || ':annual-length'`)} * 3)::int as len
      from months m
     where ${R(`m.employee_id::text || ':annual'`)} < 0.55
       and m.mi = floor(${R(`m.employee_id::text || ':annual-month'`)} * 4)::int
    union all
    select m.employee_id, m.month, m.n, 'SICK', m.k,
           floor(0.3 * m.n)::int + 1
             + floor(${R(`m.k || ':sick-day'`)} * greatest(1, floor(0.5 * m.n)::int - floor(0.3 * m.n)::int))::int, 1
      from months m where ${R(`m.k || ':sick'`)} < 0.1
    union all
    select m.employee_id, m.month, m.n, 'OFFICIAL_TRAVEL', m.k,
           floor(0.5 * m.n)::int + 1
             + floor(${R(`m.k || ':travel-day'`)} * greatest(1, floor(0.7 * m.n)::int - floor(0.5 * m.n)::int - 1))::int,
           1 + (${R(`m.k || ':travel-length'`)} < 0.4)::int
      from months m join hist_person h on h.id = m.employee_id
     where ${R(`m.k || ':travel'`)} < case when h.position_kind = 'STRUCTURAL' then 0.25 else 0.08 end
    union all
    select m.employee_id, m.month, m.n, 'PERMIT_LATE', m.k,
           floor(0.7 * m.n)::int + 1
             + floor(${R(`m.k || ':late-day'`)} * greatest(1, floor(0.85 * m.n)::int - floor(0.7 * m.n)::int))::int, 1
      from months m where ${R(`m.k || ':permit-late'`)} < 0.12
    union all
    select m.employee_id, m.month, m.n, 'PERMIT_EARLY', m.k,
           floor(0.85 * m.n)::int + 1
             + floor(${R(`m.k || ':early-day'`)} * greatest(1, m.n - floor(0.85 * m.n)::int))::int, 1
      from months m where ${R(`m.k || ':permit-early'`)} < 0.1
  ),
  placed as (
    select ev.employee_id, ev.kind, ev.k || ':' || ev.kind as k, a.day as start_date, b.day as end_date,
           a.s, a.e, a.sup, a.source, h.service_start
      from events ev
      join hist_person h on h.id = ev.employee_id
      join hist_day a on a.employee_id = ev.employee_id and a.month = ev.month and a.idx = ev.i0
      join hist_day b on b.employee_id = ev.employee_id and b.month = ev.month
                     and b.idx = least(ev.i0 + ev.len - 1, ev.n)
     where b.day < $3::date
       -- a permit's times lie within one date: none on a night shift
       and (ev.kind not in ('PERMIT_LATE', 'PERMIT_EARLY') or a.e <= 1440)
       and (ev.kind <> 'ANNUAL' or (h.service_start is not null and h.service_start + interval '1 year' <= a.day))
  ),
  shaped as (
    select x.*,
           case x.kind
             when 'PERMIT_LATE' then x.s
             when 'PERMIT_EARLY' then x.e - 60 - 15 * floor(${R(`x.k || ':time'`)} * 5)::int
           end as t0,
           case x.kind
             when 'PERMIT_LATE' then x.s + 60 + 15 * floor(${R(`x.k || ':time'`)} * 6)::int
             when 'PERMIT_EARLY' then x.e
           end as t1,
           1 + floor(${R(`x.k || ':destination'`)} * cardinality($9::text[]))::int as dest,
           case x.kind
             when 'ANNUAL' then ${AT(`x.start_date - 3 - floor(${R(`x.k || ':ahead'`)} * 8)::int`, `540 + floor(${R(`x.k || ':at'`)} * 120)`)}
             when 'OFFICIAL_TRAVEL' then ${AT(`x.start_date - 2 - floor(${R(`x.k || ':ahead'`)} * 5)::int`, `540 + floor(${R(`x.k || ':at'`)} * 240)`)}
             when 'SICK' then ${AT('x.start_date', `360 + floor(${R(`x.k || ':at'`)} * 60)`)}
             when 'PERMIT_LATE' then ${AT('x.start_date - 1', `900 + floor(${R(`x.k || ':at'`)} * 60)`)}
             else ${AT('x.start_date', `x.s + 15 + floor(${R(`x.k || ':at'`)} * 60)`)}
           end as submitted_at
      from placed x
  ),
  inserted as (
    insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, half_day, start_time, end_time,
                               reason, destination_name, destination_latitude, destination_longitude, status,
                               submitted_at, decided_by, decided_at, decision_source, created_at, updated_at)
    select $1, ${UUID(`':leave:' || x.k`)}, x.employee_id, x.kind::leave_kind, x.start_date, x.end_date, false,
           case when x.t0 is not null then time '00:00' + make_interval(mins => x.t0) end,
           case when x.t1 is not null then time '00:00' + make_interval(mins => x.t1) end,
           case x.kind
             when 'ANNUAL' then ${PICK('$6', `x.k || ':reason'`)}
             when 'SICK' then ${PICK('$7', `x.k || ':reason'`)}
             when 'OFFICIAL_TRAVEL' then ${PICK('$8', `x.k || ':reason'`)}
             when 'PERMIT_LATE' then ${PICK('$12', `x.k || ':reason'`)}
             else ${PICK('$13', `x.k || ':reason'`)}
           end,
           case when x.kind = 'OFFICIAL_TRAVEL' then ($9::text[])[x.dest] end,
           case when x.kind = 'OFFICIAL_TRAVEL' then ($10::float8[])[x.dest] end,
           case when x.kind = 'OFFICIAL_TRAVEL' then ($11::float8[])[x.dest] end,
           'APPROVED', x.submitted_at, x.sup,
           x.submitted_at + make_interval(mins => 60 + floor(${R(`x.k || ':decided'`)} * 180)::int),
           x.source::decision_source, x.submitted_at,
           x.submitted_at + make_interval(mins => 60 + floor(${R(`x.k || ':decided'`)} * 180)::int)
      from shaped x
    on conflict do nothing
    returning 1
  )
  select count(*)::int as n from inserted`;

/**
 * One row per person and past working day not on whole-day leave: what the day was (present,
 * official travel, work from home, absent without notice), the check-in and check-out minutes,
 * the window the day's entries fill, and when the supervisor decides the day.
 */
const PLAN = `
  create temp table hist_plan on commit drop as
  with cover as (
    select d.employee_id, d.day,
           bool_or(r.kind::text in ${AWAY_KINDS}) as away,
           bool_or(r.kind = 'OFFICIAL_TRAVEL' and not r.half_day) as travel,
           bool_or(r.kind = 'WORK_FROM_HOME' and r.status = 'APPROVED') as wfh,
           max((extract(epoch from r.end_time) / 60)::int)
             filter (where r.kind = 'PERMIT_LATE' and r.status = 'APPROVED') as late_until,
           min((extract(epoch from r.start_time) / 60)::int)
             filter (where r.kind = 'PERMIT_EARLY' and r.status = 'APPROVED') as early_from
      from hist_day d
      join leave_request r on r.agency_id = $1 and r.employee_id = d.employee_id
       and d.day between r.start_date and r.end_date and r.status in ('APPROVED', 'PENDING')
     where d.day < $3::date
     group by d.employee_id, d.day
  ),
  base as (
    select d.employee_id, d.day, d.month, d.s, d.e, d.brk, d.sup, d.source,
           h.diligence, h.punctuality, h.fingerprint, h.office_name, h.office_latitude, h.office_longitude,
           h.home_latitude, h.home_longitude, h.rep_items, h.rep_minutes, h.rep_additional,
           c.late_until, c.early_from,
           d.employee_id::text || ':' || d.day::text as k,
           case when coalesce(c.travel, false) then 'TRAVEL'
                when coalesce(c.wfh, false) and h.home_latitude is not null then 'WFH'
                when ${R(`d.employee_id::text || ':' || d.day::text || ':absent'`)}
                       < 0.003 + 0.05 * power(1 - h.punctuality, 3) then 'ABSENT'
                else 'PRESENT' end as what
      from hist_day d
      join hist_person h on h.id = d.employee_id
      left join cover c on c.employee_id = d.employee_id and c.day = d.day
     where d.day < $3::date and not coalesce(c.away, false)
  ),
  checks as (
    select b.*,
           case when b.what not in ('PRESENT', 'WFH') then null
                when b.late_until is not null then b.late_until - 1 - floor(${R(`b.k || ':in'`)} * 20)::int
                when ${R(`b.k || ':late'`)} < 0.02 + 0.3 * power(1 - b.punctuality, 2) then
                  b.s + case when ${R(`b.k || ':late-band'`)} < 0.7 then 1
                             when ${R(`b.k || ':late-band'`)} < 0.9 then 31
                             when ${R(`b.k || ':late-band'`)} < 0.97 then 61
                             else 91 end
                      + floor(${R(`b.k || ':late-minutes'`)} * 30)::int
                else b.s - 2 - floor(${R(`b.k || ':in'`)} * 23)::int
           end as ci,
           case when b.what not in ('PRESENT', 'WFH') then null
                when b.early_from is not null then b.early_from + floor(${R(`b.k || ':out'`)} * 10)::int
                when ${R(`b.k || ':no-out'`)} < 0.006 + 0.03 * (1 - b.punctuality) then null
                when ${R(`b.k || ':early'`)} < 0.01 + 0.1 * power(1 - b.punctuality, 2) then
                  b.e - 5 - floor(${R(`b.k || ':out'`)} * 80)::int
                else b.e + floor(${R(`b.k || ':out'`)} * 41)::int
           end as co,
           case when ${R(`b.k || ':overtime'`)} < 0.05 + 0.35 * b.diligence
                then 10 + 5 * floor(${R(`b.k || ':overtime-minutes'`)} * 9)::int else 0 end as overtime,
           ${R(`b.k || ':light'`)} < 0.05 + 0.15 * (1 - b.diligence) as light,
           -- how long the supervisor takes: most 1–3 days, a slow eighth of them a week or more
           case when ${R(`b.sup::text || ':slow'`)} < 0.12 then 6 + floor(${R(`b.sup::text || ':speed'`)} * 5)::int
                else 1 + floor(${R(`b.sup::text || ':speed'`)} * 3)::int end
             + floor(${R(`b.k || ':delay'`)} * 2)::int as delay
      from base b
  ),
  windows as (
    select c.*,
           case when c.ci is null then c.s else greatest(c.s, (c.ci + 4) / 5 * 5) end as ws,
           case when c.co is not null and c.co < c.e then c.co / 5 * 5
                else c.e + least(c.overtime, coalesce((c.co - c.e) / 5 * 5, c.overtime)) end as we0
      from checks c
  )
  select w.*,
         case when w.light then w.ws + 5 * floor((w.we0 - w.ws) / 5.0 * (0.45 + 0.3 * ${R(`w.k || ':light-share'`)}))::int
              else w.we0 end as we,
         least(1.0, 0.74 + 0.26 * w.diligence + 0.08 * (${R(`w.k || ':fill'`)} - 0.5)) as fill,
         3 + floor(${R(`w.k || ':entries'`)} * 5)::int as n,
         ${WEEKDAY(`case when w.month < date_trunc('month', $3::date)
                         then least(w.day + w.delay, (w.month + interval '1 month 6 days')::date)
                         else w.day + w.delay end`)} as decide_day
    from windows w`;

/**
 * The entries: each day's window split around the break into segments, each segment into slots
 * at random 5-minute boundaries (a short gap now and then), each slot given an item of the
 * person's repertoire that fits it and a quantity worth about `fill` of its length; then the
 * decision path of each entry by the dates (see the file's comment).
 */
const ENTRIES = `
  create temp table hist_entry on commit drop as
  with w as (
    -- the break splits a day in two; a night shift splits at midnight (the morning's entries are
    -- dated the next day), and its last night's entries (logged this morning) are not written yet
    select p.*, case when p.brk > 0 then 780 - p.brk when p.e > 1440 then 1435 end as bs,
           -- no morning entries on a date the person is away (their leave begins)
           p.e > 1440 and exists (
             select 1 from leave_request r
              where r.agency_id = $1 and r.employee_id = p.employee_id and r.kind::text in ${AWAY_KINDS}
                and p.day + 1 between r.start_date and r.end_date and r.status in ('APPROVED', 'PENDING')
           ) as next_away
      from hist_plan p
     where p.what <> 'ABSENT' and p.we - p.ws >= 30 and (p.e <= 1440 or p.day < $3::date - 1)
  ),
  parts as (
    select w.*,
           case when w.bs is null then w.we else least(w.we, w.bs) end as a_end,
           case when w.bs is null or w.next_away then null when w.e > 1440 then greatest(w.ws, 1440)
                else greatest(w.ws, 780) end as b_start
      from w
  ),
  lens as (
    select x.*, greatest(0, x.a_end - x.ws) as la,
           case when x.b_start is null then 0 else greatest(0, x.we - x.b_start) end as lb
      from parts x
  ),
  alloc as (
    select l.*,
           case when l.la >= 20 and l.lb >= 20
                  then least(l.nn - 1, greatest(1, round(l.nn * l.la::numeric / (l.la + l.lb))::int))
                when l.la >= 20 then l.nn else 0 end as na
      from (select l.*, least(l.n, greatest(1, (l.la + l.lb) / 45)) as nn from lens l) l
  ),
  segs as (
    select a.*, 1 as seg, a.ws as sa, a.a_end as sb, a.na as cnt from alloc a where a.na > 0
    union all
    select a.*, 2, a.b_start, a.we, a.nn - a.na from alloc a where a.nn - a.na > 0 and a.lb >= 20
  ),
  slots as materialized (
    select s.employee_id, s.day, s.month, s.k || ':' || s.seg || ':' || g.j as ek, s.k, s.sup, s.source,
           s.diligence, s.fill, s.we, s.decide_day, s.rep_items, s.rep_minutes, s.rep_additional,
           s.sa + 5 * round((s.sb - s.sa) / 5.0 * (g.cum - g.w) / g.tot)::int
             + case when g.j > 1 and ${R(`s.k || ':' || s.seg || ':' || g.j || ':gap'`)} < 0.3 then 5 else 0 end as st,
           s.sa + 5 * round((s.sb - s.sa) / 5.0 * g.cum / g.tot)::int as en
      from segs s
      cross join lateral (
        select q.j, q.w, sum(q.w) over (order by q.j) as cum, sum(q.w) over () as tot
          from (select j, 0.5 + ${R(`s.k || ':' || s.seg || ':' || j`)} as w from generate_series(1, s.cnt) j) q
      ) g
  ),
  picked as (
    select sl.*, sl.en - sl.st as dur, it.item_id, it.minutes, it.additional
      from slots sl
      cross join lateral (
        -- a main item done a few times in the slot, or an additional one (a meeting, a duty) that
        -- takes most of it; else any main item that fits; else the shortest
        select r.item_id, r.minutes, r.additional
          from unnest(sl.rep_items, sl.rep_minutes, sl.rep_additional) with ordinality
               as r(item_id, minutes, additional, ord)
         order by case when r.additional then r.minutes <= sl.en - sl.st and r.minutes * 1.6 >= sl.en - sl.st
                       else r.minutes * 2 <= sl.en - sl.st and r.minutes * 10 >= sl.en - sl.st end desc,
                  (not r.additional and r.minutes <= sl.en - sl.st) desc, r.minutes > sl.en - sl.st,
                  ${R(`sl.ek || ':' || r.ord`)}
         limit 1
      ) it
     where sl.en - sl.st >= 10
  ),
  paths as materialized (
    select x.*,
           least(x.dur, x.minutes * x.quantity) as credited,
           case when x.decide_day >= $3::date then 'PENDING'
                when ${R(`x.ek || ':verdict'`)} < 0.003 + 0.02 * power(1 - x.diligence, 2) then 'REJECT'
                when ${R(`x.ek || ':verdict'`)} < 0.013 + 0.02 * power(1 - x.diligence, 2) + 0.03 * (1 - x.diligence)
                  then 'RETURN'
                else 'APPROVE' end as path,
           ${AT('x.day', `x.we + 3 + floor(${R(`x.k || ':submit'`)} * 30)`)} as submitted_at,
           ${AT('x.day', `least(x.en + 2 + floor(${R(`x.ek || ':logged'`)} * 15), x.we + 3)`)} as created_at,
           ${AT('x.decide_day', `480 + floor(${R(`x.k || ':decided'`)} * 480)`)} as decided_at,
           ${WEEKDAY(`x.decide_day + 1 + floor(${R(`x.ek || ':fix'`)} * 2)::int`)} as resubmit_day
      from (
        -- about fill × the slot, never more than fits in it
        select p.*, case when p.additional then 1
                         else greatest(1, least(round(p.dur * p.fill / p.minutes), floor(p.dur / p.minutes::float8)))::int
                    end as quantity
          from picked p
      ) x
  ),
  timed as (
    select p.*,
           ${AT('p.resubmit_day', `450 + floor(${R(`p.ek || ':resubmitted'`)} * 540)`)} as resubmitted_at,
           ${WEEKDAY(`p.resubmit_day + 1 + floor(${R(`p.ek || ':again'`)} * 2)::int`)} as approve_day
      from paths p
  )
  select ${UUID(`':entry:' || t.ek`)} as id, t.employee_id, t.day + (t.st >= 1440)::int as day, t.sup,
         t.source, t.path,
         time '00:00' + make_interval(mins => t.st - 1440 * (t.st >= 1440)::int) as start_time,
         time '00:00' + make_interval(mins => t.en - 1440 * (t.st >= 1440)::int) as end_time,
         t.item_id, t.quantity, t.credited,
         case when ${R(`t.ek || ':describe'`)} < 0.3 then ${PICK('$16', `t.ek || ':description'`)} end as description,
         case when t.path = 'PENDING' then 'SUBMITTED'
              when t.path = 'REJECT' then 'REJECTED'
              when t.path = 'APPROVE' then 'APPROVED'
              when t.resubmit_day >= $3::date then 'RETURNED'
              when t.approve_day >= $3::date then 'SUBMITTED'
              else 'APPROVED' end as status,
         case when t.path = 'RETURN' and t.resubmit_day < $3::date then t.resubmitted_at
              else t.submitted_at end as submitted_at,
         t.created_at,
         t.decided_at as first_decided_at,
         t.resubmitted_at,
         case when t.path = 'RETURN' and t.resubmit_day < $3::date and t.approve_day < $3::date
              then ${AT('t.approve_day', `480 + floor(${R(`t.ek || ':approved'`)} * 480)`)}
              when t.path = 'RETURN' and t.resubmit_day < $3::date then null
              when t.path = 'PENDING' then null
              else t.decided_at end as decided_at,
         case when t.path = 'REJECT' then ${PICK('$14', `t.ek || ':note'`)}
              when t.path = 'RETURN' then ${PICK('$15', `t.ek || ':note'`)} end as note
    from timed t`;

const INSERT_ENTRIES = `
  with inserted as (
    insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                description, credited_minutes, status, submitted_at, decided_by, decided_at,
                                decision_note, decision_source, created_at, updated_at)
    select $1, x.id, x.employee_id, x.day, x.start_time, x.end_time, x.item_id, x.quantity, x.description,
           x.credited, x.status::activity_entry_status, x.submitted_at,
           case when x.decided_at is not null then x.sup end, x.decided_at,
           case when x.status in ('REJECTED', 'RETURNED') then x.note end,
           case when x.decided_at is not null then x.source::decision_source end,
           x.created_at, coalesce(x.decided_at, x.submitted_at)
      from hist_entry x
     where not exists (select 1 from activity_entry a
                        where a.agency_id = $1 and a.employee_id = x.employee_id and a.date = x.day)
     order by x.employee_id, x.day, x.start_time
    returning 1
  )
  select count(*)::int as n from inserted`;

/** The audit trail of returned entries: the return, the resubmission and the later approval. */
const INSERT_AUDIT = `
  with events as (
    select x.id as entity_id, 'return' as step, x.sup as actor, 'activity.decide' as action, x.first_decided_at as at,
           jsonb_build_object('decision', 'RETURN', 'before', jsonb_build_object('status', 'SUBMITTED'),
                              'after', jsonb_build_object('status', 'RETURNED', 'source', x.source), 'note', x.note) as data
      from hist_entry x where x.path = 'RETURN'
    union all
    select x.id, 'resubmit', x.employee_id, 'activity.submit', x.resubmitted_at,
           jsonb_build_object('before', jsonb_build_object('status', 'RETURNED'),
                              'after', jsonb_build_object('status', 'SUBMITTED', 'source', null))
      from hist_entry x where x.path = 'RETURN' and x.status <> 'RETURNED'
    union all
    select x.id, 'approve', x.sup, 'activity.decide', x.decided_at,
           jsonb_build_object('decision', 'APPROVE', 'before', jsonb_build_object('status', 'SUBMITTED'),
                              'after', jsonb_build_object('status', 'APPROVED', 'source', x.source), 'note', null)
      from hist_entry x where x.path = 'RETURN' and x.status = 'APPROVED'
  ),
  inserted as (
    insert into audit_event (agency_id, id, actor_id, action, entity_type, entity_id, data, request_id, at)
    select $1, ${UUID(`':audit:' || ev.entity_id::text || ':' || ev.step`)}, ev.actor, ev.action, 'ActivityEntry',
           ev.entity_id, ev.data, 'seed-history', ev.at
      from events ev
     where exists (select 1 from activity_entry a where a.agency_id = $1 and a.id = ev.entity_id)
    on conflict do nothing
    returning 1
  )
  select count(*)::int as n from inserted`;

/** Check-ins and check-outs of the days present (or working from home). */
const INSERT_ATTENDANCE = `
  with present as (
    select p.*,
           case when p.what = 'WFH' then 'APP' when p.fingerprint then 'FINGERPRINT' else 'APP' end as src,
           case when p.what = 'WFH' then p.home_latitude else p.office_latitude end as lat,
           case when p.what = 'WFH' then p.home_longitude else p.office_longitude end as lon,
           case when p.what = 'WFH' then 'Rumah' else p.office_name end as place
      from hist_plan p
     where p.what in ('PRESENT', 'WFH')
  ),
  inserted as (
    insert into attendance_record (agency_id, id, employee_id, date,
           check_in_at, check_in_latitude, check_in_longitude, check_in_accuracy_metres, check_in_in_area,
           check_in_place, check_in_source,
           check_out_at, check_out_latitude, check_out_longitude, check_out_accuracy_metres, check_out_in_area,
           check_out_place, check_out_source, created_at, updated_at)
    select $1, ${UUID(`':attendance:' || x.k`)}, x.employee_id, x.day,
           x.cin,
           case when x.src = 'APP' then x.lat + (${R(`x.k || ':in-lat'`)} - 0.5) * 0.0006 end,
           case when x.src = 'APP' then x.lon + (${R(`x.k || ':in-lon'`)} - 0.5) * 0.0006 end,
           case when x.src = 'APP' then 5 + round(${R(`x.k || ':in-acc'`)} * 30) end,
           true, case when x.src = 'APP' then x.place end, x.src::attendance_source,
           x.cout,
           case when x.cout is not null and x.src = 'APP' then x.lat + (${R(`x.k || ':out-lat'`)} - 0.5) * 0.0006 end,
           case when x.cout is not null and x.src = 'APP' then x.lon + (${R(`x.k || ':out-lon'`)} - 0.5) * 0.0006 end,
           case when x.cout is not null and x.src = 'APP' then 5 + round(${R(`x.k || ':out-acc'`)} * 30) end,
           case when x.cout is not null then true end,
           case when x.cout is not null and x.src = 'APP' then x.place end,
           case when x.cout is not null then x.src::attendance_source end,
           x.cin, coalesce(x.cout, x.cin)
      from (
        select r.*,
               ${AT('r.day', 'r.ci')} + make_interval(secs => floor(${R(`r.k || ':in-s'`)} * 60)) as cin,
               -- (last night's check-out only once its morning has come)
               case when r.co is not null and ${AT('r.day', 'r.co')} < now()
                    then ${AT('r.day', 'r.co')} + make_interval(secs => floor(${R(`r.k || ':out-s'`)} * 60)) end as cout
          from present r
         where r.lat is not null or r.src = 'FINGERPRINT'
      ) x
    on conflict do nothing
    returning 1
  )
  select count(*)::int as n from inserted`;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The history's range for `asOf`: the first day three months before its month, and its month's end. */
export function historyRange(asOf: string): { from: string; to: string; monthEnd: string } {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  return {
    from: isoDate(new Date(Date.UTC(y, m - 4, 1))),
    to: isoDate(new Date(Date.UTC(y, m - 1, d - 1))),
    monthEnd: isoDate(new Date(Date.UTC(y, m, 0))),
  };
}

/** Today in the demo agency's time zone: the `asOf` of the first start and of `npm run seed`. */
export function demoToday(now: Date = new Date()): string {
  return todayIn(buildDemoCity().agency.timeZone, now);
}

/**
 * Writes the demo city's history up to the day before `asOf` (the agency's today, YYYY-MM-DD).
 * Does nothing when the demo agency does not exist.
 */
export async function seedDemoHistory(em: EntityManager, asOf: string): Promise<HistorySummary> {
  const started = performance.now();
  const city = buildDemoCity();
  const agencyId = seedId('agency', city.agency.code);
  const { from, to, monthEnd } = historyRange(asOf);
  const summary: HistorySummary = {
    from: null,
    to: null,
    employees: 0,
    leaveRequests: 0,
    attendanceRecords: 0,
    entries: 0,
    auditEvents: 0,
    plans: 0,
    ikiReports: 0,
    behaviourReviews: 0,
    peerRankings: 0,
    rosterCells: 0,
    milliseconds: 0,
  };
  const [agency] = await query<{ time_zone: string }>(
    em,
    'select time_zone from agency where id = $1',
    [agencyId],
  );
  if (!agency) return summary;
  // The puskesmas' shift rosters first: the days below follow them.
  summary.rosterCells = (await seedDemoRoster(em, from, monthEnd)).cells;

  const params = [
    agencyId,
    from,
    asOf,
    agency.time_zone,
    monthEnd,
    ANNUAL_REASONS,
    SICK_REASONS,
    TRAVEL_REASONS,
    DESTINATIONS.map((x) => x[0]),
    DESTINATIONS.map((x) => x[1]),
    DESTINATIONS.map((x) => x[2]),
    LATE_REASONS,
    EARLY_REASONS,
    REJECT_NOTES,
    RETURN_NOTES,
    DESCRIPTIONS,
  ];
  await em.transactional(async (tx) => {
    const run = (sql: string) => query<{ n: number }>(tx, sql, params);
    const count = async (sql: string) => (await run(sql))[0]?.n ?? 0;
    await run(PEOPLE);
    await run('analyze hist_person');
    await run(SUPERVISORS);
    await run(DAYS);
    await run('analyze hist_sup, hist_day');
    summary.leaveRequests = await count(LEAVE);
    await run(PLAN);
    await run('analyze hist_plan');
    await run(ENTRIES);
    summary.attendanceRecords = await count(INSERT_ATTENDANCE);
    summary.entries = await count(INSERT_ENTRIES);
    summary.auditEvents = await count(INSERT_AUDIT);
    const [people] = await query<{ n: number }>(
      tx,
      'select count(distinct employee_id)::int as n from hist_day',
    );
    summary.employees = people?.n ?? 0;
  });
  // Fresh statistics, so that the first queries after a bulk load (the queues) plan well.
  await query(em, 'analyze activity_entry, attendance_record, leave_request');
  const plans = await seedDemoPlans(em, asOf);
  summary.plans = plans.plans;
  summary.ikiReports = plans.reports;
  const reviews = await seedDemoReviews(em, asOf);
  summary.behaviourReviews = reviews.reviews;
  summary.peerRankings = reviews.rankings;
  summary.from = from;
  summary.to = to;
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}
