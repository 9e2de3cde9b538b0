/**
 * What the rest of the API reads about leave (implemented by LeaveService or a reader in the
 * leave module, built per request). One SQL statement per call.
 */
import type { LeaveKind } from '@kinerja/scoring';

/** An approved request covering one date of one employee. */
export interface LeaveCoverage {
  employeeId: string;
  date: string;
  requestId: string;
  kind: LeaveKind;
  halfDay: boolean;
  /** HH:mm for permits to arrive late / leave early, else null. */
  startTime: string | null;
  endTime: string | null;
  /** For official travel: the destination as an allowed place, when given. */
  destination: { name: string; latitude: number; longitude: number } | null;
}

export interface LeaveReader {
  approvedCoverage(
    employeeIds: readonly string[],
    from: string,
    to: string,
  ): Promise<LeaveCoverage[]>;
}
