/**
 * importFingerprintLogs: the logs of fingerprint machines as CSV (columns nip, timestamp; the
 * timestamp ISO 8601 with an offset, or `YYYY-MM-DD HH:mm[:ss]` read in the agency's time zone).
 * Idempotent: fingerprint_log's primary key (agency, employee, instant) keeps each log once, so a
 * re-import changes nothing. Every row is reported. A log belongs to its local date, except in
 * the morning after a rostered night shift (until 12:00), when it belongs to the shift's date
 * (attendance_day). The days that received new logs are then merged into attendance_record in one
 * statement: the day's earliest log is the check-in unless
 * the app (or an admin) recorded one; the latest is the check-out when later than the check-in
 * and than an existing check-out. Four statements in one transaction, whatever the file's size.
 */
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { isCalendarDate } from '../../common/dates.js';
import { badInput } from '../../common/errors/app-error.js';
import type { MessageKey } from '../../common/i18n/messages.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import { Role } from '../organisation/organisation.enums.js';
import { mayImportFingerprints } from './attendance.policy.js';
import type { FingerprintRowOutcome as FingerprintOutcome } from './attendance.types.js';

/** The most rows one import takes (a month of a large department's machine). */
export const MAX_FINGERPRINT_ROWS = 100_000;

export type FingerprintRowOutcome = `${FingerprintOutcome}`;

export interface FingerprintRowReport {
  line: number;
  nip: string;
  timestamp: string;
  outcome: FingerprintRowOutcome;
  /** Why a row was rejected (a message key), null otherwise. */
  problem: MessageKey | null;
}

export interface FingerprintImportSummary {
  imported: number;
  duplicates: number;
  rejected: number;
  /** attendance_record rows created or changed by the merge. */
  recordsChanged: number;
  rows: FingerprintRowReport[];
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The timestamp as an instant (ISO with offset) or a local wall time; null when unreadable. */
export function readTimestamp(text: string): { iso: string } | { local: string } | null {
  if (ISO.test(text)) {
    const t = Date.parse(text);
    return Number.isNaN(t) || !isCalendarDate(text.slice(0, 10))
      ? null
      : { iso: new Date(t).toISOString() };
  }
  const m = LOCAL.exec(text);
  if (!m) return null;
  const [, date = '', hh = '', mm = '', ss = '00'] = m;
  if (!isCalendarDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  return { local: `${date} ${hh}:${mm}:${ss}` };
}

interface Resolved {
  line: number;
  employee_id: string | null;
  in_scope: boolean;
  /** The instant in epoch milliseconds. */
  at_ms: number | null;
  date: string | null;
  closed: boolean;
}

export class FingerprintImport {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly now: () => Date,
    private readonly requestId: string,
  ) {}

  async run(csv: string): Promise<FingerprintImportSummary> {
    const rows = this.parse(csv);
    const { agencyId, timeZone } = this.viewer;
    const agencyAdmin = this.viewer.roles.has(Role.AGENCY_ADMIN);
    const read = rows.map((r) => readTimestamp(r.timestamp));

    return this.em.transactional(async (em) => {
      // 1. Who each NIP is, whether the caller administers them, the instant and local date.
      const resolved = await query<Resolved>(
        em,
        `with recursive scope(id) as (
           select $6::uuid where $6::uuid is not null
           union
           select o.id from scope s join org_unit o on o.agency_id = $1 and o.parent_id = s.id
         ),
         input as (
           select t.line, t.nip,
                  coalesce(t.iso::timestamptz, t.local::timestamp at time zone $5) as at
             from unnest($2::int[], $3::text[], $4::text[], $7::text[]) as t(line, nip, iso, local)
         )
         select i.line, e.id as employee_id, (extract(epoch from i.at) * 1000)::float8 as at_ms,
                d.day::text as date,
                ($8::boolean or p.unit_id in (select id from scope)) as in_scope,
                exists (select 1 from period pe where pe.agency_id = $1 and pe.closed
                           and pe.month = to_char(d.day, 'YYYY-MM')) as closed
           from input i
           left join employee e on e.agency_id = $1 and e.nip = i.nip
           left join position p on p.agency_id = e.agency_id and p.id = e.position_id
           -- the day the log belongs to (a night shift's next morning: the shift's date)
           cross join lateral (
             select case when e.id is null then (i.at at time zone $5)::date
                         else attendance_day($1, e.id, i.at, $5, false) end as day
           ) d
          order by i.line`,
        [
          agencyId,
          rows.map((r) => r.line),
          rows.map((r) => r.nip),
          read.map((t) => (t && 'iso' in t ? t.iso : null)),
          timeZone,
          agencyAdmin ? null : this.viewer.adminUnitId,
          read.map((t) => (t && 'local' in t ? t.local : null)),
          agencyAdmin,
        ],
      );

      const now = this.now().getTime();
      const report: FingerprintRowReport[] = [];
      const accepted: { i: number; employeeId: string; at: number; date: string }[] = [];
      resolved.forEach((r, i) => {
        const row = rows[i]!;
        const problem: MessageKey | null = !r.employee_id
          ? 'attendance.importUnknownNip'
          : !mayImportFingerprints(this.viewer, r.in_scope)
            ? 'attendance.importOutsideScope'
            : r.at_ms === null || !r.date
              ? 'attendance.importBadTimestamp'
              : r.at_ms > now
                ? 'attendance.importFuture'
                : r.closed
                  ? 'attendance.importPeriodClosed'
                  : null;
        report.push({
          line: row.line,
          nip: row.nip,
          timestamp: row.timestamp,
          outcome: problem ? 'REJECTED' : 'DUPLICATE',
          problem,
        });
        if (!problem) accepted.push({ i, employeeId: r.employee_id!, at: r.at_ms!, date: r.date! });
      });

      // 2. The logs not stored yet (the primary key drops the rest, even within the file).
      const inserted = accepted.length
        ? await query<{ employee_id: string; at_ms: number }>(
            em,
            `insert into fingerprint_log (agency_id, employee_id, at, imported_at)
             select $1, t.employee_id, t.at, $4::timestamptz
               from unnest($2::uuid[], $3::timestamptz[]) as t(employee_id, at)
             on conflict do nothing
             returning employee_id, (extract(epoch from at) * 1000)::float8 as at_ms`,
            [
              agencyId,
              accepted.map((a) => a.employeeId),
              accepted.map((a) => new Date(a.at).toISOString()),
              new Date(now).toISOString(),
            ],
          )
        : [];
      const fresh = new Set(inserted.map((r) => `${r.employee_id}|${r.at_ms}`));
      const days = new Map<string, { employeeId: string; date: string }>();
      for (const a of accepted) {
        const key = `${a.employeeId}|${a.at}`;
        if (!fresh.delete(key)) continue; // stored before, or earlier in this file
        report[a.i]!.outcome = 'IMPORTED';
        days.set(`${a.employeeId}|${a.date}`, { employeeId: a.employeeId, date: a.date });
      }

      // 3. Merge the days that received new logs.
      const recordsChanged = days.size ? await this.merge(em, [...days.values()]) : 0;

      const count = (o: FingerprintRowOutcome) => report.filter((r) => r.outcome === o).length;
      const summary = {
        imported: count('IMPORTED'),
        duplicates: count('DUPLICATE'),
        rejected: count('REJECTED'),
        recordsChanged,
        rows: report,
      };
      new AuditLog(em, agencyId, this.viewer.employeeId, this.requestId).write(
        'attendance.importFingerprints',
        'FingerprintLog',
        null,
        {
          imported: summary.imported,
          duplicates: summary.duplicates,
          rejected: summary.rejected,
          recordsChanged,
        },
      );
      await em.flush();
      return summary;
    });
  }

  /** Recomputes the fingerprint checks of the given days from all their logs; returns rows changed. */
  private async merge(
    em: EntityManager,
    days: { employeeId: string; date: string }[],
  ): Promise<number> {
    // An app or admin check-in stays; otherwise the earliest log is the check-in.
    const keepIn = `(r.check_in_at is not null and r.check_in_source <> 'FINGERPRINT')`;
    const effectiveIn = `(case when ${keepIn} then r.check_in_at else a.first_at end)`;
    const takeOut = `(a.last_at > ${effectiveIn} and (r.check_out_at is null or a.last_at > r.check_out_at))`;
    const inCol = (col: string) => `${col} = case when ${keepIn} then r.${col} end`;
    const outCol = (col: string) => `${col} = case when ${takeOut} then null else r.${col} end`;
    const [row] = await query<{ changed: number }>(
      em,
      `with touched as (
         select distinct t.employee_id, t.date
           from unnest($2::uuid[], $3::date[]) as t(employee_id, date)
       ),
       agg as (
         select t.employee_id, t.date, min(l.at) as first_at, max(l.at) as last_at
           from touched t
           join fingerprint_log l on l.agency_id = $1 and l.employee_id = t.employee_id
            and l.at >= (t.date::timestamp at time zone $4)
            and l.at < ((t.date + 2)::timestamp at time zone $4)
            and attendance_day($1, l.employee_id, l.at, $4, false) = t.date
          group by t.employee_id, t.date
       ),
       updated as (
         update attendance_record r
            set check_in_at = ${effectiveIn},
                check_in_source = case when ${keepIn} then r.check_in_source else 'FINGERPRINT' end,
                check_in_in_area = case when ${keepIn} then r.check_in_in_area else true end,
                ${['check_in_latitude', 'check_in_longitude', 'check_in_accuracy_metres', 'check_in_place', 'check_in_photo_id', 'check_in_accepted_by'].map(inCol).join(', ')},
                check_out_source = case when ${takeOut} then 'FINGERPRINT' else r.check_out_source end,
                check_out_in_area = case when ${takeOut} then true else r.check_out_in_area end,
                ${['check_out_latitude', 'check_out_longitude', 'check_out_accuracy_metres', 'check_out_place', 'check_out_photo_id', 'check_out_accepted_by'].map(outCol).join(', ')},
                check_out_at = case when ${takeOut} then a.last_at else r.check_out_at end,
                updated_at = now()
           from agg a
          where r.agency_id = $1 and r.employee_id = a.employee_id and r.date = a.date
          returning r.employee_id, r.date
       ),
       inserted as (
         insert into attendance_record (agency_id, id, employee_id, date,
                check_in_at, check_in_in_area, check_in_source,
                check_out_at, check_out_in_area, check_out_source)
         select $1, gen_random_uuid(), a.employee_id, a.date, a.first_at, true, 'FINGERPRINT',
                case when a.last_at > a.first_at then a.last_at end,
                case when a.last_at > a.first_at then true end,
                case when a.last_at > a.first_at then 'FINGERPRINT'::attendance_source end
           from agg a
          where not exists (select 1 from updated u where u.employee_id = a.employee_id and u.date = a.date)
         on conflict (agency_id, employee_id, date) do nothing
         returning 1
       )
       select ((select count(*) from updated) + (select count(*) from inserted))::int as changed`,
      [
        this.viewer.agencyId,
        days.map((d) => d.employeeId),
        days.map((d) => d.date),
        this.viewer.timeZone,
      ],
    );
    return row?.changed ?? 0;
  }

  private parse(csv: string): { line: number; nip: string; timestamp: string }[] {
    let records: Record<string, string>[];
    try {
      records = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        bom: true,
        relax_column_count: true,
      }) as Record<string, string>[];
    } catch (err) {
      throw badInput('attendance.importUnreadable', { details: (err as Error).message });
    }
    if (!records.length) throw badInput('attendance.importEmpty');
    const header = Object.keys(records[0]!);
    const missing = ['nip', 'timestamp'].filter((c) => !header.includes(c));
    if (missing.length) throw badInput('attendance.importHeader', { columns: missing.join(', ') });
    if (records.length > MAX_FINGERPRINT_ROWS)
      throw badInput('attendance.importTooLarge', { max: MAX_FINGERPRINT_ROWS });
    return records.map((r, i) => ({
      line: i + 2,
      nip: r.nip ?? '',
      timestamp: r.timestamp ?? '',
    }));
  }
}
