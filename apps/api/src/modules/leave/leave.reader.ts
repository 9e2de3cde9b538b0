/**
 * The leave facts the rest of the API reads (leave.contract.ts), built per request with the
 * EntityManager and the agency id. One statement per call.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import type { LeaveCoverage, LeaveReader } from './leave.contract.js';
import type { LeaveKind } from '@kinerja/scoring';

interface CoverageRow {
  employee_id: string;
  date: string;
  id: string;
  kind: LeaveKind;
  half_day: boolean;
  start_time: string | null;
  end_time: string | null;
  destination_name: string | null;
  destination_latitude: number | null;
  destination_longitude: number | null;
}

export class LeaveCoverageReader implements LeaveReader {
  constructor(
    private readonly em: EntityManager,
    private readonly agencyId: string,
  ) {}

  /**
   * Every date from `from` to `to` covered by an approved request of the employees, whatever the
   * kind of day (the calendar decides which are working days), ordered by employee and date.
   */
  async approvedCoverage(
    employeeIds: readonly string[],
    from: string,
    to: string,
  ): Promise<LeaveCoverage[]> {
    if (!employeeIds.length || to < from) return [];
    const rows = await query<CoverageRow>(
      this.em,
      `select r.employee_id, d.day::date::text as date, r.id, r.kind, r.half_day,
              to_char(r.start_time, 'HH24:MI') as start_time, to_char(r.end_time, 'HH24:MI') as end_time,
              r.destination_name, r.destination_latitude, r.destination_longitude
         from leave_request r
         cross join lateral generate_series(greatest(r.start_date, $3::date), least(r.end_date, $4::date),
                                            interval '1 day') as d(day)
        where r.agency_id = $1 and r.employee_id = any($2::uuid[]) and r.status = 'APPROVED'
          and r.start_date <= $4::date and r.end_date >= $3::date
        order by r.employee_id, d.day, r.start_time nulls first, r.id`,
      [this.agencyId, [...new Set(employeeIds)], from, to],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      date: r.date,
      requestId: r.id,
      kind: r.kind,
      halfDay: r.half_day,
      startTime: r.start_time,
      endTime: r.end_time,
      destination:
        r.destination_name !== null &&
        r.destination_latitude !== null &&
        r.destination_longitude !== null
          ? {
              name: r.destination_name,
              latitude: r.destination_latitude,
              longitude: r.destination_longitude,
            }
          : null,
    }));
  }
}
