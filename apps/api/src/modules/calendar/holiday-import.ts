/**
 * importHolidays: a CSV with a header row and the columns date (YYYY-MM-DD), name and kind
 * (NATIONAL | COLLECTIVE_LEAVE, or the Indonesian LIBUR_NASIONAL | CUTI_BERSAMA; any case).
 * Checked as a whole: every rejected row is reported with every reason, and then nothing is saved.
 */
import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '../../common/dates.js';
import { badInput } from '../../common/errors/app-error.js';
import { HolidayKind } from './calendar.enums.js';
import type { Problem } from './calendar.policy.js';

export interface HolidayRow {
  date: string;
  name: string;
  kind: HolidayKind;
}
export interface RejectedHoliday {
  /** 1-based line number in the file, the header being line 1. */
  line: number;
  date: string | null;
  problems: Problem[];
}
export interface HolidayImportReport {
  created: number;
  updated: number;
  rejected: RejectedHoliday[];
}

const REQUIRED = ['date', 'name', 'kind'] as const;
const MAX_ROWS = 1_000;
const KINDS: Record<string, HolidayKind> = {
  NATIONAL: HolidayKind.NATIONAL,
  LIBUR_NASIONAL: HolidayKind.NATIONAL,
  COLLECTIVE_LEAVE: HolidayKind.COLLECTIVE_LEAVE,
  CUTI_BERSAMA: HolidayKind.COLLECTIVE_LEAVE,
};

export class HolidayImport {
  check(csv: string): { accepted: HolidayRow[]; rejected: RejectedHoliday[] } {
    const records = parseCsv(csv);
    const accepted: HolidayRow[] = [];
    const rejected: RejectedHoliday[] = [];
    const lines = new Map<string, number>();
    for (const [index, row] of records.entries()) {
      const line = index + 2;
      const date = row.date ?? '';
      const name = (row.name ?? '').trim();
      const kind =
        KINDS[
          (row.kind ?? '')
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_')
        ];
      const problems: Problem[] = [];
      if (!isCalendarDate(date))
        problems.push({ key: 'calendar.badDate', params: { value: date } });
      else if (lines.has(date))
        problems.push({ key: 'calendar.duplicateDate', params: { date, line: lines.get(date)! } });
      if (name.length < 2 || name.length > 200)
        problems.push({ key: 'validation.length', params: { field: 'name', min: 2, max: 200 } });
      if (!kind) problems.push({ key: 'calendar.badKind', params: { value: row.kind ?? '' } });
      if (isCalendarDate(date) && !lines.has(date)) lines.set(date, line);
      if (problems.length || !kind) rejected.push({ line, date: date || null, problems });
      else accepted.push({ date, name, kind });
    }
    accepted.sort((a, b) => a.date.localeCompare(b.date));
    return { accepted, rejected };
  }
}

function parseCsv(csv: string): Record<string, string>[] {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (e) {
    throw badInput('common.badInput', { details: (e as Error).message });
  }
  if (!records.length) throw badInput('calendar.importEmpty');
  if (records.length > MAX_ROWS)
    throw badInput('common.badInput', { details: `max ${MAX_ROWS} rows` });
  const missing = REQUIRED.filter((c) => !(c in records[0]!));
  if (missing.length) throw badInput('calendar.importHeader', { columns: missing.join(', ') });
  return records;
}
