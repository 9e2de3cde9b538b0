import type { DayStatusCode } from '@kinerja/scoring';
import { registerEnumType } from 'type-graphql';

/** Where a check came from. */
export enum AttendanceSource {
  APP = 'APP',
  FINGERPRINT = 'FINGERPRINT',
  ADMIN = 'ADMIN',
}

/** One of the two checks of a day. */
export enum AttendanceCheckKind {
  IN = 'IN',
  OUT = 'OUT',
}

/** The status of one day of one employee (@kinerja/scoring's DayStatusCode, for GraphQL). */
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  EARLY_LEAVE = 'EARLY_LEAVE',
  LATE_AND_EARLY_LEAVE = 'LATE_AND_EARLY_LEAVE',
  ABSENT = 'ABSENT',
  MISSING_CHECK_IN = 'MISSING_CHECK_IN',
  MISSING_CHECK_OUT = 'MISSING_CHECK_OUT',
  MISSING_BOTH = 'MISSING_BOTH',
  ON_LEAVE = 'ON_LEAVE',
  SICK = 'SICK',
  OFFICIAL_TRAVEL = 'OFFICIAL_TRAVEL',
  WORK_FROM_HOME = 'WORK_FROM_HOME',
  HOLIDAY = 'HOLIDAY',
  COLLECTIVE_LEAVE = 'COLLECTIVE_LEAVE',
  WEEKEND = 'WEEKEND',
}
// Both ways: the GraphQL enum and the shared vocabulary name the same statuses.
const sameStatuses: [`${AttendanceStatus}`, DayStatusCode] extends [
  DayStatusCode,
  `${AttendanceStatus}`,
]
  ? true
  : never = true;
void sameStatuses;

registerEnumType(AttendanceSource, {
  name: 'AttendanceSource',
  description: 'APP (geolocated selfie), FINGERPRINT (imported machine log) or ADMIN.',
});
registerEnumType(AttendanceCheckKind, { name: 'AttendanceCheckKind' });
registerEnumType(AttendanceStatus, {
  name: 'DayStatus',
  description:
    'The status of one day, from the check-in/out against the unit’s hours, approved requests and the calendar (rules.md, “Attendance and the discipline part”).',
});
