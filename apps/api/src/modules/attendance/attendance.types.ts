import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LeaveKind } from '../leave/leave.enums.js';
import { Employee } from '../organisation/employee.entity.js';
import { AttendanceSource, AttendanceStatus } from './attendance.enums.js';

@ObjectType({ description: 'One check (in or out) of an attendance record.' })
export class AttendanceCheck {
  @Field(() => Date, { description: 'The server’s time of the check.' })
  at!: Date;

  @Field(() => String, { description: 'HH:mm in the agency’s time zone.' })
  time!: string;

  @Field(() => AttendanceSource)
  source!: AttendanceSource;

  @Field(() => Boolean, {
    description:
      'Inside an allowed place (radius + reported accuracy, capped at 50 m); fingerprint checks always are.',
  })
  inArea!: boolean;

  @Field(() => String, { nullable: true, description: 'The allowed place matched, if inside.' })
  place!: string | null;

  @Field(() => Boolean, {
    description: 'Outside every allowed place and accepted by a supervisor or admin.',
  })
  accepted!: boolean;

  @Field(() => Boolean, {
    description: 'Counts as a check for the day status: inside, or accepted.',
  })
  valid!: boolean;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => Float, { nullable: true })
  accuracyMetres!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The selfie (GET, for the person, their supervisors and admins).',
  })
  photoUrl!: string | null;
}

@ObjectType({ description: 'A violation of a day (TL1–4, PSW1–4, TK) and why.' })
export class AttendanceViolation {
  @Field(() => String, { description: 'TL1–TL4, PSW1–PSW4 or TK (rules.md).' })
  code!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes late or early; null for a missing check.',
  })
  minutes!: number | null;

  @Field(() => String, { description: 'In the caller’s language.' })
  cause!: string;
}

@ObjectType({ description: 'One day of one employee: its status and what it came from.' })
export class AttendanceDay {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => Int)
  lateMinutes!: number;

  @Field(() => Int)
  earlyMinutes!: number;

  @Field(() => LeaveKind, {
    nullable: true,
    description: 'The approved request that shapes the day.',
  })
  leaveKind!: LeaveKind | null;

  @Field(() => String, { nullable: true, description: 'HH:mm' })
  checkIn!: string | null;

  @Field(() => String, { nullable: true, description: 'HH:mm' })
  checkOut!: string | null;

  @Field(() => Boolean, { nullable: true })
  checkInInArea!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  checkOutInArea!: boolean | null;

  @Field(() => [AttendanceViolation])
  violations!: AttendanceViolation[];

  @Field(() => Boolean, {
    description: 'Today: not over yet, so it does not count toward the month’s discipline.',
  })
  provisional!: boolean;

  @Field(() => ID, { nullable: true })
  recordId!: string | null;

  /** The roster shift the day was judged against (AttendanceDay.shift, roster.resolver.ts). */
  shiftId?: string | null;
}

@ObjectType({ description: 'One deduction of the discipline part.' })
export class AttendanceDeduction {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => String)
  code!: string;

  @Field(() => Float, { description: 'Percentage points of the discipline part.' })
  percent!: number;

  @Field(() => String, { description: 'In the caller’s language.' })
  cause!: string;
}

@ObjectType({ description: 'A month of one employee’s attendance.' })
export class AttendanceMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => [AttendanceDay], { description: 'Every day of the month up to today.' })
  days!: AttendanceDay[];

  @Field(() => Float, { description: 'max(0, 100 − deductions), two decimals; today not counted.' })
  discipline!: number;

  @Field(() => Int, {
    description:
      'Half working days excused by approved leave so far (official travel and WFH excuse none).',
  })
  excusedHalfDays!: number;

  @Field(() => Int, {
    description:
      'Minutes the month’s target is lowered by: excused half days × daily minimum ÷ 2 (rules.md).',
  })
  excusedMinutes!: number;

  @Field(() => [AttendanceDeduction])
  deductions!: AttendanceDeduction[];
}

@ObjectType({ description: 'One person’s month at a glance.' })
export class TeamAttendanceRow {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int, { description: 'Working days so far (today excluded).' })
  workingDays!: number;

  @Field(() => Int, { description: 'Working days with a valid check-in or check-out.' })
  presentDays!: number;

  @Field(() => Int, { description: 'Days with a late arrival (TL).' })
  lateCount!: number;

  @Field(() => Int, { description: 'Days with an early departure (PSW).' })
  earlyCount!: number;

  @Field(() => Int, { description: 'Days absent without notice (TK).' })
  absentCount!: number;

  @Field(() => Int, { description: 'Working days on leave, sick or official travel.' })
  excusedDays!: number;

  @Field(() => Int, {
    description: 'Checks outside every allowed place waiting for a supervisor (today included).',
  })
  awaitingAcceptance!: number;

  @Field(() => Float)
  discipline!: number;
}

@ObjectType()
export class TeamAttendance {
  @Field(() => String)
  month!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => [TeamAttendanceRow], { description: 'By name.' })
  rows!: TeamAttendanceRow[];
}

export enum FingerprintRowOutcome {
  IMPORTED = 'IMPORTED',
  DUPLICATE = 'DUPLICATE',
  REJECTED = 'REJECTED',
}
registerEnumType(FingerprintRowOutcome, {
  name: 'FingerprintRowOutcome',
  description: 'IMPORTED (new log), DUPLICATE (stored before or earlier in the file), REJECTED.',
});

@ObjectType()
export class FingerprintImportRow {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String)
  nip!: string;

  @Field(() => String)
  timestamp!: string;

  @Field(() => FingerprintRowOutcome)
  outcome!: FingerprintRowOutcome;

  @Field(() => String, { nullable: true, description: 'Why a row was rejected.' })
  message!: string | null;
}

@ObjectType()
export class FingerprintImportReport {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int)
  duplicates!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Attendance records created or changed by the merge.' })
  recordsChanged!: number;

  @Field(() => [FingerprintImportRow])
  rows!: FingerprintImportRow[];
}
