/**
 * Checking in and out from the app, and a supervisor accepting a check made outside every allowed
 * place. The time is the server's (the request clock), the day the agency-local date (or, the
 * morning after a rostered night shift, the shift's date: dayOfCheck). Each check
 * is one upsert on attendance_record (per person and date), so two concurrent check-ins of the
 * same person cannot both succeed.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayIn } from '../../common/dates.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-error.js';
import { isUuid, uuidv7 } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import { assertEvidenceUsable } from '../evidence/evidence.service.js';
import type { Access } from '../organisation/access.js';
import { allowedPlaces } from '../places/places.service.js';
import { AttendanceRecord } from './attendance-record.entity.js';
import { AttendanceCheckKind } from './attendance.enums.js';
import type { CheckInput } from './attendance.inputs.js';
import { mayAcceptAttendance } from './attendance.policy.js';
import { matchPlace } from './geofence.js';
import { firstClosedMonth } from '../periods/closed-months.js';

/** The columns of one check, by kind (column names are fixed strings, never input). */
const COLUMNS = {
  [AttendanceCheckKind.IN]: 'check_in',
  [AttendanceCheckKind.OUT]: 'check_out',
} as const;

/**
 * When an existing record takes the check: a check-in only on a day without any check yet (one
 * check-in per day; none after a check-out); a check-out replaces an earlier one.
 */
const TAKES = {
  [AttendanceCheckKind.IN]: 'r.check_in_at is null and r.check_out_at is null',
  [AttendanceCheckKind.OUT]: 'r.check_out_at is null or r.check_out_at < excluded.check_out_at',
} as const;

type RecordRow = Record<string, unknown>;

export class AttendanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly access: Access,
    private readonly now: () => Date,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /** Records a check-in or check-out of the caller now, inside an allowed place or flagged. */
  async check(kind: AttendanceCheckKind, input: CheckInput): Promise<AttendanceRecord> {
    const at = this.now();
    const employeeId = this.viewer.employeeId;
    const date = await this.dayOfCheck(kind, at);
    await this.assertOpenPeriod(date);
    await assertEvidenceUsable(this.em, this.viewer, [input.photoId]);

    const places = await allowedPlaces(this.em, this.agencyId, [employeeId], date);
    const match = matchPlace(input, input.accuracyMetres, places);

    const c = COLUMNS[kind];
    const [row] = await query<RecordRow>(
      this.em,
      `insert into attendance_record as r (agency_id, id, employee_id, date,
              ${c}_at, ${c}_latitude, ${c}_longitude, ${c}_accuracy_metres, ${c}_in_area, ${c}_place,
              ${c}_photo_id, ${c}_source)
       select $1, $2, $3, $4::date, $5::timestamptz, $6, $7, $8, $9, $10, $11, 'APP'
        where exists (select 1 from evidence ev
                       where ev.agency_id = $1 and ev.id = $11 and ev.kind = 'IMAGE')
          and not exists (select 1 from attendance_record u
                           where u.agency_id = $1 and (u.check_in_photo_id = $11 or u.check_out_photo_id = $11))
       on conflict (agency_id, employee_id, date) do update
          set ${c}_at = excluded.${c}_at, ${c}_latitude = excluded.${c}_latitude,
              ${c}_longitude = excluded.${c}_longitude, ${c}_accuracy_metres = excluded.${c}_accuracy_metres,
              ${c}_in_area = excluded.${c}_in_area, ${c}_place = excluded.${c}_place,
              ${c}_photo_id = excluded.${c}_photo_id, ${c}_source = excluded.${c}_source,
              ${c}_accepted_by = null, updated_at = now()
        where ${TAKES[kind]}
       returning r.*, r.date::text as date`,
      [
        this.agencyId,
        uuidv7(at.getTime()),
        employeeId,
        date,
        at,
        input.latitude,
        input.longitude,
        input.accuracyMetres,
        match.place !== null,
        match.place,
        input.photoId,
      ],
    );
    if (!row) throw await this.refusal(kind, date, input.photoId);
    return this.em.map(AttendanceRecord, row);
  }

  /**
   * The date a check belongs to: today (agency time), except in the morning after a rostered night
   * shift, whose check-out (until 12:00) or late check-in (before its end) belongs to the shift's
   * date (the SQL function attendance_day, Migration20261126090000_roster).
   */
  private async dayOfCheck(kind: AttendanceCheckKind, at: Date): Promise<string> {
    const [row] = await query<{ date: string }>(
      this.em,
      'select attendance_day($1, $2, $3::timestamptz, $4, $5)::text as date',
      [
        this.agencyId,
        this.viewer.employeeId,
        at,
        this.viewer.timeZone,
        kind === AttendanceCheckKind.IN,
      ],
    );
    return row?.date ?? todayIn(this.viewer.timeZone, at);
  }

  /** Why a check was not recorded (only on that path: one more statement). */
  private async refusal(kind: AttendanceCheckKind, date: string, photoId: string) {
    const [why] = await query<{ image: boolean; used: boolean; checked_in: boolean }>(
      this.em,
      `select exists (select 1 from evidence where agency_id = $1 and id = $2 and kind = 'IMAGE') as image,
              exists (select 1 from attendance_record where agency_id = $1
                         and (check_in_photo_id = $2 or check_out_photo_id = $2)) as used,
              exists (select 1 from attendance_record where agency_id = $1 and employee_id = $3
                         and date = $4::date and check_in_at is not null) as checked_in`,
      [this.agencyId, photoId, this.viewer.employeeId, date],
    );
    if (!why?.image) return badInput('attendance.photoNotImage', {}, { field: 'photoId' });
    if (why.used) return badInput('attendance.photoUsed', {}, { field: 'photoId' });
    if (kind === AttendanceCheckKind.OUT) return conflict('attendance.checkOutNotLater');
    return why.checked_in
      ? conflict('attendance.alreadyCheckedIn', { date })
      : conflict('attendance.checkedOut', { date });
  }

  /**
   * A supervisor (anyone above the person) or an admin in scope accepts a check made outside every
   * allowed place: it then counts as valid. Accepting an accepted check changes nothing.
   */
  async accept(recordId: string, kind: AttendanceCheckKind): Promise<AttendanceRecord> {
    const missing = () => notFound('attendance.recordNotFound');
    if (!isUuid(recordId)) throw missing();
    const record = await this.em.findOne(AttendanceRecord, {
      agencyId: this.agencyId,
      id: recordId,
    });
    if (!record) throw missing();
    const relation = await this.access.relation.load(record.employeeId);
    if (!mayAcceptAttendance(this.viewer, relation)) throw forbidden('attendance.notYoursToAccept');

    const inn = kind === AttendanceCheckKind.IN;
    const at = inn ? record.checkInAt : record.checkOutAt;
    const inArea = inn ? record.checkInInArea : record.checkOutInArea;
    if (!at || inArea !== false) throw conflict('attendance.nothingToAccept');
    if (inn ? record.checkInAcceptedBy : record.checkOutAcceptedBy) return record;
    await this.assertOpenPeriod(record.date);

    if (inn) record.checkInAcceptedBy = this.viewer.employeeId;
    else record.checkOutAcceptedBy = this.viewer.employeeId;
    new AuditLog(this.em, this.agencyId, this.viewer.employeeId, this.requestId).write(
      'attendance.accept',
      'AttendanceRecord',
      record.id,
      { employeeId: record.employeeId, date: record.date, check: kind },
    );
    await this.em.flush();
    return record;
  }

  private async assertOpenPeriod(date: string): Promise<void> {
    const closed = await firstClosedMonth(this.em, this.agencyId, date.slice(0, 7));
    if (closed) throw conflict('attendance.periodClosed', { month: closed });
  }
}
