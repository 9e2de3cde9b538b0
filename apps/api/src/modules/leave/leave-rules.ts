/**
 * The pure rules of leave and permits (rules.md, “Leave”, national: PP 11/2017): the shape of a
 * request of each kind, service years from the NIP, caps, and the annual-leave balance with its
 * carry-over. No I/O; the service supplies today, the calendar's working days and the history.
 */
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import { minutesOf, daysBetween } from '../activities/activity-rules.js';
import { nipProblem } from '../organisation/nip.js';
import type { EmploymentType } from '../organisation/organisation.enums.js';
import { LeaveKind, PERMIT_KINDS } from './leave.enums.js';

export { daysBetween };

export interface Violation {
  key: MessageKey;
  params?: MessageParams;
  field?: string;
}

/** Annual leave: days a year, and the most days carried into a year (after one / two unused years). */
export const ANNUAL_DAYS = 12;
export const CARRY_AFTER_ONE_YEAR = 6;
export const CARRY_AFTER_TWO_YEARS = 12;

/** Years of service a kind needs on its first date. */
export const SERVICE_YEARS: Partial<Record<LeaveKind, number>> = {
  [LeaveKind.ANNUAL]: 1,
  [LeaveKind.BIG]: 5,
  [LeaveKind.UNPAID]: 5,
};

/**
 * The longest request of each kind, in calendar months (the end date is before the same day that
 * many months after the start). Sick leave: 1 year + 6 months; unpaid leave: 3 years (its
 * one-year extension is a new request). Kinds without a national cap: one year.
 */
export const MAX_MONTHS: Record<LeaveKind, number> = {
  [LeaveKind.ANNUAL]: 12,
  [LeaveKind.SICK]: 18,
  [LeaveKind.IMPORTANT_REASONS]: 1,
  [LeaveKind.MATERNITY]: 3,
  [LeaveKind.BIG]: 3,
  [LeaveKind.UNPAID]: 36,
  [LeaveKind.PERMIT_LATE]: 1,
  [LeaveKind.PERMIT_EARLY]: 1,
  [LeaveKind.OFFICIAL_TRAVEL]: 12,
  [LeaveKind.WORK_FROM_HOME]: 12,
};

/** Kinds that take whole days off work (they lower the minute target); the others are partial or worked. */
export const LEAVE_KINDS: ReadonlySet<LeaveKind> = new Set([
  LeaveKind.ANNUAL,
  LeaveKind.SICK,
  LeaveKind.IMPORTANT_REASONS,
  LeaveKind.MATERNITY,
  LeaveKind.BIG,
  LeaveKind.UNPAID,
]);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(d, last))}`;
}

/** The last date a request of `kind` starting on `start` may end on. */
export function latestEnd(kind: LeaveKind, start: string): string {
  return addDays(addMonths(start, MAX_MONTHS[kind]), -1);
}

/**
 * The first day of service read from the NIP: PNS, the CPNS appointment month (digits 9–14,
 * YYYYMM) → its first day; PPPK, the first appointment year (digits 9–12) → 1 January. Null for a
 * NIP that is not valid for the employment type.
 */
export function serviceStart(nip: string, type: EmploymentType | 'PNS' | 'PPPK'): string | null {
  if (nipProblem(nip, type)) return null;
  return type === 'PPPK'
    ? `${nip.slice(8, 12)}-01-01`
    : `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`;
}

/** Whole years of service completed on `date`. */
export function yearsOfService(start: string, date: string): number {
  if (date < start) return 0;
  const years = Number(date.slice(0, 4)) - Number(start.slice(0, 4));
  return date.slice(5) >= start.slice(5) ? years : years - 1;
}

/** The first year with an annual entitlement: the year of the first anniversary of service. */
export const firstEntitledYear = (start: string): number => Number(start.slice(0, 4)) + 1;

export interface RequestShape {
  kind: LeaveKind;
  startDate: string;
  endDate: string;
  halfDay: boolean;
  time: string | null;
  destinationName: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The first rule the request's own fields break (before any fact from the database), or null. */
export function shapeViolation(r: RequestShape): Violation | null {
  if (r.endDate < r.startDate) return { key: 'leave.endBeforeStart', field: 'endDate' };
  const partial = PERMIT_KINDS.has(r.kind) || r.halfDay;
  if (partial && r.endDate !== r.startDate) return { key: 'leave.oneDate', field: 'endDate' };
  if (r.halfDay && r.kind !== LeaveKind.OFFICIAL_TRAVEL)
    return { key: 'leave.halfDayTravelOnly', field: 'halfDay' };
  if (PERMIT_KINDS.has(r.kind)) {
    if (r.time === null) return { key: 'leave.timeRequired', field: 'time' };
    if (minutesOf(r.time) === null)
      return { key: 'leave.badTime', params: { value: r.time }, field: 'time' };
  } else if (r.time !== null) return { key: 'leave.timeNotAllowed', field: 'time' };
  const located = r.latitude !== null || r.longitude !== null;
  if (r.kind === LeaveKind.OFFICIAL_TRAVEL) {
    if (!r.destinationName) return { key: 'leave.destinationRequired', field: 'destinationName' };
    if (located && (r.latitude === null || r.longitude === null))
      return { key: 'leave.coordinatesPair', field: 'latitude' };
    if (located && (Math.abs(r.latitude!) > 90 || Math.abs(r.longitude!) > 180))
      return { key: 'leave.coordinatesRange', field: 'latitude' };
  } else if (r.destinationName || located)
    return { key: 'leave.destinationNotAllowed', field: 'destinationName' };
  if (r.kind === LeaveKind.ANNUAL && r.startDate.slice(0, 4) !== r.endDate.slice(0, 4))
    return { key: 'leave.annualOneYear', field: 'endDate' };
  const last = latestEnd(r.kind, r.startDate);
  if (r.endDate > last)
    return {
      key: 'leave.tooLong',
      params: { kind: `@leave.kinds.${r.kind}`, months: MAX_MONTHS[r.kind] },
      field: 'endDate',
    };
  return null;
}

/** What the balance of one year is computed from. */
export interface AnnualHistory {
  year: number;
  /** From the NIP; null when unknown (no entitlement). */
  firstEntitledYear: number | null;
  /** Working days of approved annual leave per year (collective leave days are not working days). */
  usedByYear: ReadonlyMap<number, number>;
  /** Years with approved big leave: the annual entitlement (and what was carried into it) is void. */
  bigLeaveYears: ReadonlySet<number>;
  /** Working days of pending annual leave in `year`. */
  pending: number;
}

export interface AnnualBalance {
  year: number;
  entitlement: number;
  carriedOver: number;
  used: number;
  pending: number;
  remaining: number;
}

/**
 * The annual-leave balance of a year (PP 11/2017 art. 311): 12 days from the year of the first
 * anniversary of service; what is left at the end of a year carries into the next up to 6 days
 * (18 in all), up to 12 (24 in all) when no annual leave was taken in the two years before
 * (both entitled); nothing in a year with big leave, nor carried into it. Carried days are used
 * first. `remaining` may be negative only when approved history exceeds the rules.
 */
export function annualBalance(h: AnnualHistory): AnnualBalance {
  const used = (y: number) => h.usedByYear.get(y) ?? 0;
  const entitled = (y: number) =>
    h.firstEntitledYear !== null && y >= h.firstEntitledYear && !h.bigLeaveYears.has(y)
      ? ANNUAL_DAYS
      : 0;
  let left = 0; // R(y − 1): unused days at the end of the previous year
  let carried = 0;
  const first = h.firstEntitledYear ?? h.year;
  for (let y = Math.min(first, h.year); y <= h.year; y += 1) {
    const twoUnused =
      entitled(y - 1) > 0 && entitled(y - 2) > 0 && used(y - 1) === 0 && used(y - 2) === 0;
    carried = entitled(y)
      ? Math.min(twoUnused ? CARRY_AFTER_TWO_YEARS : CARRY_AFTER_ONE_YEAR, left)
      : 0;
    left = Math.max(0, entitled(y) + carried - used(y));
  }
  const entitlement = entitled(h.year);
  return {
    year: h.year,
    entitlement,
    carriedOver: carried,
    used: used(h.year),
    pending: h.pending,
    remaining: entitlement + carried - used(h.year) - h.pending,
  };
}
