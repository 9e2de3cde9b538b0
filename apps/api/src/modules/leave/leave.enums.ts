import type { LeaveKind as LeaveKindName } from '@kinerja/scoring';
import { registerEnumType } from 'type-graphql';

/** The kinds of request (rules.md, “Leave”); the same names as @kinerja/scoring's LeaveKind. */
export enum LeaveKind {
  ANNUAL = 'ANNUAL',
  SICK = 'SICK',
  IMPORTANT_REASONS = 'IMPORTANT_REASONS',
  MATERNITY = 'MATERNITY',
  BIG = 'BIG',
  UNPAID = 'UNPAID',
  PERMIT_LATE = 'PERMIT_LATE',
  PERMIT_EARLY = 'PERMIT_EARLY',
  OFFICIAL_TRAVEL = 'OFFICIAL_TRAVEL',
  WORK_FROM_HOME = 'WORK_FROM_HOME',
}
// Both ways: the enum and the shared vocabulary name the same kinds.
const sameKinds: [`${LeaveKind}`, LeaveKindName] extends [LeaveKindName, `${LeaveKind}`]
  ? true
  : never = true;
void sameKinds;

export enum LeaveRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

export enum LeaveDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

/** Permits: part of one date, excused up to (late) or from (early) the given time. */
export const PERMIT_KINDS: ReadonlySet<LeaveKind> = new Set([
  LeaveKind.PERMIT_LATE,
  LeaveKind.PERMIT_EARLY,
]);

registerEnumType(LeaveKind, {
  name: 'LeaveKind',
  description: 'Leave (cuti), permits (izin), official travel (dinas luar) and work from home.',
  valuesConfig: {
    ANNUAL: { description: 'Cuti tahunan: 12 working days a year after one year of service.' },
    SICK: { description: 'Cuti sakit; more than one working day needs an attachment.' },
    IMPORTANT_REASONS: { description: 'Cuti karena alasan penting: up to one month.' },
    MATERNITY: { description: 'Cuti melahirkan: up to three months.' },
    BIG: {
      description:
        'Cuti besar: up to three months after five years of service; voids annual leave.',
    },
    UNPAID: { description: 'Cuti di luar tanggungan negara: after five years of service.' },
    PERMIT_LATE: {
      description: 'Izin terlambat: one date; `time` is when the employee will arrive.',
    },
    PERMIT_EARLY: {
      description: 'Izin pulang cepat: one date; `time` is when the employee will leave.',
    },
    OFFICIAL_TRAVEL: { description: 'Dinas luar: whole days, or half of one date.' },
    WORK_FROM_HOME: { description: 'Work from home (the home location is an allowed place).' },
  },
});
registerEnumType(LeaveRequestStatus, {
  name: 'LeaveRequestStatus',
  description:
    'PENDING → APPROVED / REJECTED (by the supervisor), or CANCELLED by the requester (pending, or approved and not yet begun).',
});
registerEnumType(LeaveDecision, {
  name: 'LeaveDecision',
  description: 'APPROVE, or REJECT with a reason.',
});
