import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ApiFilter, EntryStatus } from './verification.types';

/**
 * The queue's filter, kept in the URL (?person=&unit=&from=&to=&status=&escalated=1) so a
 * filtered view can be shared and survives a reload.
 */
export interface QueueFilter {
  employeeId: string | null;
  unitId: string | null;
  from: string | null;
  to: string | null;
  status: QueueStatus;
  escalatedOnly: boolean;
}

/** The statuses the queue lists: waiting (the default), or what the caller decided. */
export const QUEUE_STATUSES = ['SUBMITTED', 'APPROVED', 'RETURNED', 'REJECTED'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number] & EntryStatus;

export const DEFAULT_FILTER: QueueFilter = {
  employeeId: null,
  unitId: null,
  from: null,
  to: null,
  status: 'SUBMITTED',
  escalatedOnly: false,
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[0-9a-f-]{36}$/i;

function one(value: LocationQuery[string] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : null;
}

const match = (value: string | null, pattern: RegExp) =>
  value !== null && pattern.test(value) ? value : null;

/** The filter a URL asks for; what is malformed there is ignored. */
export function filterFromQuery(query: LocationQuery): QueueFilter {
  const status = one(query.status);
  return {
    employeeId: match(one(query.person), ID),
    unitId: match(one(query.unit), ID),
    from: match(one(query.from), DATE),
    to: match(one(query.to), DATE),
    status: QUEUE_STATUSES.find((s) => s === status) ?? 'SUBMITTED',
    escalatedOnly: one(query.escalated) === '1',
  };
}

/** The URL query of a filter: only what differs from the default. */
export function queryFromFilter(filter: QueueFilter): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filter.employeeId) query.person = filter.employeeId;
  if (filter.unitId) query.unit = filter.unitId;
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  if (filter.status !== 'SUBMITTED') query.status = filter.status;
  if (filter.escalatedOnly) query.escalated = '1';
  return query;
}

/** The API's filter; `without` leaves fields out (the people list ignores unit and person). */
export function toApiFilter(
  filter: QueueFilter,
  without: readonly ('employeeId' | 'unitId')[] = [],
): ApiFilter {
  const api: ApiFilter = { status: filter.status };
  if (filter.employeeId && !without.includes('employeeId')) api.employeeId = filter.employeeId;
  if (filter.unitId && !without.includes('unitId')) api.unitId = filter.unitId;
  if (filter.from) api.from = filter.from;
  if (filter.to) api.to = filter.to;
  if (filter.escalatedOnly) api.escalatedOnly = true;
  return api;
}

/** Entries can be decided only while they wait; other statuses are a read-only history. */
export function isDecidable(filter: QueueFilter): boolean {
  return filter.status === 'SUBMITTED';
}

export function isFiltered(filter: QueueFilter): boolean {
  return Object.keys(queryFromFilter(filter)).length > 0;
}
