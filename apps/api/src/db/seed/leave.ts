/**
 * Demo leave and permits: a few approved and pending requests of the five demo users in November
 * 2026, decided by their supervisors. Idempotent (stable ids; a second run rewrites the rows) and
 * set-based (one statement).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { DEMO_USERS } from './demo-city.data.js';

interface DemoRequest {
  key: string;
  /** Index into DEMO_USERS: staff, section head, department head, Sekda, agency admin. */
  who: 0 | 1 | 2 | 3 | 4;
  kind: string;
  start: string;
  end: string;
  halfDay?: boolean;
  times?: [string, string];
  reason: string;
  destination?: [name: string, latitude: number, longitude: number];
  status: 'APPROVED' | 'PENDING';
  /** Agency-local instant of submission. */
  submitted: string;
}

export const DEMO_LEAVE: readonly DemoRequest[] = [
  {
    key: 'staff-annual-1',
    who: 0,
    kind: 'ANNUAL',
    start: '2026-11-02',
    end: '2026-11-03',
    reason: 'Acara keluarga di Yogyakarta',
    status: 'APPROVED',
    submitted: '2026-10-26 08:15',
  },
  {
    key: 'staff-late-1',
    who: 0,
    kind: 'PERMIT_LATE',
    start: '2026-11-12',
    end: '2026-11-12',
    times: ['07:30', '09:00'],
    reason: 'Mengantar anak kontrol ke puskesmas',
    status: 'APPROVED',
    submitted: '2026-11-11 15:00',
  },
  {
    key: 'staff-annual-2',
    who: 0,
    kind: 'ANNUAL',
    start: '2026-11-26',
    end: '2026-11-27',
    reason: 'Menghadiri pernikahan saudara',
    status: 'PENDING',
    submitted: '2026-11-18 09:00',
  },
  {
    key: 'section-travel-1',
    who: 1,
    kind: 'OFFICIAL_TRAVEL',
    start: '2026-11-10',
    end: '2026-11-11',
    reason: 'Rapat koordinasi SPBE',
    destination: ['Kementerian Komunikasi dan Digital, Jakarta', -6.1766, 106.8283],
    status: 'APPROVED',
    submitted: '2026-11-04 10:00',
  },
  {
    key: 'section-sick-1',
    who: 1,
    kind: 'SICK',
    start: '2026-11-19',
    end: '2026-11-19',
    reason: 'Demam',
    status: 'PENDING',
    submitted: '2026-11-19 07:00',
  },
  {
    key: 'head-wfh-1',
    who: 2,
    kind: 'WORK_FROM_HOME',
    start: '2026-11-06',
    end: '2026-11-06',
    reason: 'Menyusun laporan akhir tahun',
    status: 'APPROVED',
    submitted: '2026-11-03 09:30',
  },
  {
    key: 'head-early-1',
    who: 2,
    kind: 'PERMIT_EARLY',
    start: '2026-11-24',
    end: '2026-11-24',
    times: ['14:00', '16:00'],
    reason: 'Menghadiri rapat komite sekolah',
    status: 'PENDING',
    submitted: '2026-11-17 13:00',
  },
  {
    key: 'sekda-travel-1',
    who: 3,
    kind: 'OFFICIAL_TRAVEL',
    start: '2026-11-17',
    end: '2026-11-17',
    halfDay: true,
    reason: 'Rapat di kantor gubernur',
    destination: ['Kantor Gubernur', -6.9147, 107.6098],
    status: 'APPROVED',
    submitted: '2026-11-13 08:00',
  },
  {
    key: 'admin-sick-1',
    who: 4,
    kind: 'SICK',
    start: '2026-11-04',
    end: '2026-11-04',
    reason: 'Sakit kepala',
    status: 'APPROVED',
    submitted: '2026-11-04 06:45',
  },
];

export async function seedLeave(
  em: EntityManager,
  ids: {
    agencyId: string;
    timeZone: string;
    employee: (nip: string) => string;
    request: (key: string) => string;
  },
): Promise<number> {
  const r = DEMO_LEAVE;
  await query(
    em,
    `with x as (
       select * from unnest($3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::date[], $8::boolean[],
                            $9::time[], $10::time[], $11::text[], $12::text[], $13::float8[], $14::float8[],
                            $15::text[], $16::timestamp[])
         as x(id, employee_id, kind, start_date, end_date, half_day, start_time, end_time, reason,
              destination_name, destination_latitude, destination_longitude, status, submitted)
     ), decided as (
       select x.*, (x.submitted at time zone $2) as submitted_at,
              case when x.status = 'APPROVED' then
                position_occupant($1, p.parent_id, x.start_date, x.employee_id) end as decided_by
         from x
         join employee e on e.agency_id = $1 and e.id = x.employee_id
         join position p on p.agency_id = $1 and p.id = e.position_id
     )
     insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, half_day, start_time,
                                end_time, reason, destination_name, destination_latitude, destination_longitude,
                                status, submitted_at, decided_by, decided_at, decision_source)
     select $1, d.id, d.employee_id, d.kind::leave_kind, d.start_date, d.end_date, d.half_day, d.start_time,
            d.end_time, d.reason, d.destination_name, d.destination_latitude, d.destination_longitude,
            d.status::request_status, d.submitted_at, d.decided_by,
            case when d.decided_by is not null then d.submitted_at + interval '1 day' end,
            case when d.decided_by is not null then 'SUPERVISOR'::decision_source end
       from decided d
     on conflict (agency_id, id) do update set kind = excluded.kind, start_date = excluded.start_date,
       end_date = excluded.end_date, half_day = excluded.half_day, start_time = excluded.start_time,
       end_time = excluded.end_time, reason = excluded.reason, destination_name = excluded.destination_name,
       destination_latitude = excluded.destination_latitude, destination_longitude = excluded.destination_longitude,
       status = excluded.status, submitted_at = excluded.submitted_at, decided_by = excluded.decided_by,
       decided_at = excluded.decided_at, decision_source = excluded.decision_source, decision_note = null,
       updated_at = now()`,
    [
      ids.agencyId,
      ids.timeZone,
      r.map((x) => ids.request(x.key)),
      r.map((x) => ids.employee(DEMO_USERS[x.who]!.nip)),
      r.map((x) => x.kind),
      r.map((x) => x.start),
      r.map((x) => x.end),
      r.map((x) => x.halfDay ?? false),
      r.map((x) => x.times?.[0] ?? null),
      r.map((x) => x.times?.[1] ?? null),
      r.map((x) => x.reason),
      r.map((x) => x.destination?.[0] ?? null),
      r.map((x) => x.destination?.[1] ?? null),
      r.map((x) => x.destination?.[2] ?? null),
      r.map((x) => x.status),
      r.map((x) => x.submitted),
    ],
  );
  return r.length;
}
