/**
 * Import and export of the activity bank as CSV or XLSX.
 *
 * Columns (header row, any order; * = required): code*, name*, description, output_unit*,
 * standard_minutes*, category* (MAIN|ADDITIONAL, or UTAMA|TAMBAHAN), position_kinds, unit_codes
 * (org_unit codes), keywords (the lists comma-separated), requires_evidence (ya/tidak/true/false),
 * and two columns the export writes so that a round trip loses nothing: position_ids (position
 * UUIDs) and status.
 *
 * An import is all-or-nothing: every row is checked and every problem reported; only when no row
 * is rejected are the items created or updated (matched by code) in one set-based statement. The
 * agency admin's new items are PUBLISHED unless the status column says otherwise; a department
 * admin's are PROPOSED, must lie inside their department, and only their PROPOSED items change.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/app-error.js';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import { isUuid, uuidv7 } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import {
  type ExportedFile,
  exportedFile,
  type SpreadsheetFormat,
} from '../../common/spreadsheet/spreadsheet.js';
import { ITEM_CODE } from '../../common/validation.js';
import { AuditLog } from '../audit/audit.service.js';
import { PositionKind } from '../organisation/organisation.enums.js';
import { ActivityCategory, ActivityItemStatus } from './activity-bank.enums.js';
import { scopeWithinDepartment } from './activity-bank.policy.js';
import { itemInDepartment } from './activity-bank.search.js';
import { normaliseKeywords } from './activity-bank.service.js';
import { readSheet, type SheetRow } from './spreadsheet.js';

export const COLUMNS = [
  'code',
  'name',
  'description',
  'output_unit',
  'standard_minutes',
  'category',
  'position_kinds',
  'unit_codes',
  'keywords',
  'requires_evidence',
  'position_ids',
  'status',
] as const;
const REQUIRED = ['code', 'name', 'output_unit', 'standard_minutes', 'category'] as const;
export const MAX_IMPORT_ROWS = 5000;

export interface RowProblem {
  key: MessageKey;
  params?: MessageParams;
}
export interface RejectedRow {
  line: number;
  code: string | null;
  problems: RowProblem[];
}
export interface ImportReport {
  created: number;
  updated: number;
  rejected: RejectedRow[];
}

const CATEGORIES: Record<string, ActivityCategory> = {
  MAIN: ActivityCategory.MAIN,
  UTAMA: ActivityCategory.MAIN,
  ADDITIONAL: ActivityCategory.ADDITIONAL,
  TAMBAHAN: ActivityCategory.ADDITIONAL,
};
const BOOLEANS: Record<string, boolean> = {
  '': false,
  ya: true,
  y: true,
  true: true,
  '1': true,
  yes: true,
  tidak: false,
  t: false,
  false: false,
  '0': false,
  no: false,
  n: false,
};

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

interface Existing {
  id: string;
  code: string;
  status: ActivityItemStatus;
  in_department: boolean;
}

/** A checked row, ready to be written. */
interface Accepted {
  id: string;
  isNew: boolean;
  code: string;
  name: string;
  description: string | null;
  outputUnit: string;
  standardMinutes: number;
  category: ActivityCategory;
  positionKinds: PositionKind[];
  unitIds: string[];
  positionIds: string[];
  keywords: string[];
  requiresEvidence: boolean;
  status: ActivityItemStatus;
}

export class ActivityBankTransfer {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly requestId: string,
    /** The units whose items the viewer manages; null = the whole bank. */
    private readonly managedUnits: (em: EntityManager) => Promise<string[] | null>,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  async import(file: string, format: SpreadsheetFormat): Promise<ImportReport> {
    const rows = await readSheet(file, format);
    if (rows.length === 0) throw badInput('activityBank.importEmpty');
    if (rows.length > MAX_IMPORT_ROWS)
      throw badInput('activityBank.importTooLarge', { max: MAX_IMPORT_ROWS });
    const present = new Set(rows.flatMap((r) => Object.keys(r.values)));
    const missing = REQUIRED.filter((c) => !present.has(c));
    if (missing.length)
      throw badInput('activityBank.importHeader', { columns: missing.join(', ') });

    return this.em.transactional(async (em) => {
      const departmentUnits = await this.managedUnits(em);
      const units = new Map(
        (
          await query<{ id: string; code: string }>(
            em,
            'select id, code from org_unit where agency_id = $1 and code = any($2::text[])',
            [this.agencyId, [...new Set(rows.flatMap((r) => list(r.values.unit_codes)))]],
          )
        ).map((u) => [u.code, u.id]),
      );
      const positionIds = [...new Set(rows.flatMap((r) => list(r.values.position_ids)))];
      const positions = new Map(
        (
          await query<{ id: string; unit_id: string }>(
            em,
            'select id, unit_id from position where agency_id = $1 and id = any($2::uuid[])',
            [this.agencyId, positionIds.filter(isUuid)],
          )
        ).map((p) => [p.id, p.unit_id]),
      );
      const codes = rows.map((r) => (r.values.code ?? '').toUpperCase());
      const existing = new Map(
        (
          await query<Existing>(
            em,
            `select i.id, i.code, i.status,
                    ${departmentUnits ? itemInDepartment('$3') : 'true'} as in_department
               from activity_item i where i.agency_id = $1 and i.code = any($2::text[])`,
            departmentUnits ? [this.agencyId, codes, departmentUnits] : [this.agencyId, codes],
          )
        ).map((e) => [e.code, e]),
      );

      const seen = new Map<string, number>();
      const rejected: RejectedRow[] = [];
      const accepted: Accepted[] = [];
      for (const row of rows) {
        const result = this.check(row, { units, positions, existing, seen, departmentUnits });
        if ('problems' in result) rejected.push(result);
        else accepted.push(result);
      }
      if (rejected.length) return { created: 0, updated: 0, rejected };

      await this.write(em, accepted);
      const created = accepted.filter((a) => a.isNew);
      const updated = accepted.filter((a) => !a.isNew);
      new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId).write(
        'activityItem.import',
        'ActivityItem',
        null,
        { format, created: created.map((a) => a.code), updated: updated.map((a) => a.code) },
      );
      await em.flush();
      return { created: created.length, updated: updated.length, rejected: [] };
    });
  }

  private check(
    row: SheetRow,
    ctx: {
      units: Map<string, string>;
      positions: Map<string, string>;
      existing: Map<string, Existing>;
      seen: Map<string, number>;
      departmentUnits: string[] | null;
    },
  ): Accepted | RejectedRow {
    const v = row.values;
    const problems: RowProblem[] = [];
    const code = (v.code ?? '').toUpperCase();
    if (!code) problems.push({ key: 'activityBank.required', params: { field: 'code' } });
    else if (code.length > 40 || !ITEM_CODE.test(code))
      problems.push({ key: 'activityBank.invalidCode', params: { field: `code "${code}"` } });
    const firstLine = ctx.seen.get(code);
    if (code && firstLine !== undefined)
      problems.push({ key: 'activityBank.duplicateCode', params: { code, line: firstLine } });
    else if (code) ctx.seen.set(code, row.line);

    const name = (v.name ?? '').replace(/\s+/g, ' ');
    if (name.length < 3 || name.length > 200)
      problems.push({ key: 'validation.length', params: { field: 'name', min: 3, max: 200 } });
    const outputUnit = (v.output_unit ?? '').toLowerCase();
    if (outputUnit.length < 1 || outputUnit.length > 60)
      problems.push({
        key: 'validation.length',
        params: { field: 'output_unit', min: 1, max: 60 },
      });
    const description = v.description ?? '';
    if (description.length > 2000)
      problems.push({
        key: 'validation.length',
        params: { field: 'description', min: 0, max: 2000 },
      });
    const minutesText = v.standard_minutes ?? '';
    const minutes = Number(minutesText);
    if (!/^\d+$/.test(minutesText) || minutes < 1 || minutes > 1440)
      problems.push({ key: 'activityBank.badMinutes', params: { value: minutesText } });
    const category = CATEGORIES[(v.category ?? '').toUpperCase()];
    if (!category)
      problems.push({ key: 'activityBank.badCategory', params: { value: v.category ?? '' } });

    const kinds: PositionKind[] = [];
    for (const k of list(v.position_kinds)) {
      const kind = PositionKind[k.toUpperCase() as keyof typeof PositionKind];
      if (kind) kinds.push(kind);
      else problems.push({ key: 'activityBank.badPositionKind', params: { value: k } });
    }
    const unitIds: string[] = [];
    for (const c of list(v.unit_codes)) {
      const id = ctx.units.get(c);
      if (id) unitIds.push(id);
      else problems.push({ key: 'activityBank.unknownUnit', params: { code: c } });
    }
    const positionIds: string[] = [];
    for (const p of list(v.position_ids)) {
      if (ctx.positions.has(p)) positionIds.push(p);
      else problems.push({ key: 'activityBank.unknownPosition', params: { id: p } });
    }
    const keywords = normaliseKeywords(list(v.keywords));
    if (keywords.length > 30 || keywords.some((k) => k.length > 60))
      problems.push({ key: 'validation.maxItems', params: { field: 'keywords', max: 30 } });
    const evidence = BOOLEANS[(v.requires_evidence ?? '').toLowerCase()];
    if (evidence === undefined)
      problems.push({
        key: 'activityBank.badBoolean',
        params: { field: 'requires_evidence', value: v.requires_evidence ?? '' },
      });

    const current = code ? ctx.existing.get(code) : undefined;
    const statusText = (v.status ?? '').toUpperCase();
    const given = statusText
      ? ActivityItemStatus[statusText as keyof typeof ActivityItemStatus]
      : undefined;
    let status: ActivityItemStatus;
    if (ctx.departmentUnits) {
      // A department admin: PROPOSED items inside the department only.
      status = ActivityItemStatus.PROPOSED;
      if (statusText && given !== ActivityItemStatus.PROPOSED)
        problems.push({ key: 'activityBank.badStatus', params: { value: statusText } });
      const inside = scopeWithinDepartment(
        {
          positionKinds: kinds,
          unitIds,
          positionUnitIds: positionIds.map((p) => ctx.positions.get(p)!),
        },
        new Set(ctx.departmentUnits),
      );
      if (!inside) problems.push({ key: 'activityBank.departmentScope' });
      if (current && !current.in_department) problems.push({ key: 'activityBank.outsideScope' });
      else if (current && current.status !== ActivityItemStatus.PROPOSED)
        problems.push({ key: 'activityBank.notEditable', params: { status: current.status } });
    } else {
      status = given ?? current?.status ?? ActivityItemStatus.PUBLISHED;
      // REJECTED needs a reason, which only rejectActivityItem gives: kept, never set by a file.
      const badGiven =
        (statusText && !given) ||
        (given === ActivityItemStatus.REJECTED && current?.status !== ActivityItemStatus.REJECTED);
      if (badGiven) problems.push({ key: 'activityBank.badStatus', params: { value: statusText } });
    }

    if (problems.length || !category || evidence === undefined)
      return { line: row.line, code: code || null, problems };
    return {
      id: current?.id ?? uuidv7(),
      isNew: !current,
      code,
      name,
      description: description || null,
      outputUnit,
      standardMinutes: minutes,
      category,
      positionKinds: [...new Set(kinds)],
      unitIds: [...new Set(unitIds)],
      positionIds: [...new Set(positionIds)],
      keywords,
      requiresEvidence: evidence,
      status,
    };
  }

  /** One upsert for every accepted row (lists travel as text joined with a unit separator). */
  private async write(em: EntityManager, rows: Accepted[]): Promise<void> {
    const SEP = '\u001f';
    const joined = (f: (a: Accepted) => readonly string[]) => rows.map((a) => f(a).join(SEP));
    await query(
      em,
      `insert into activity_item (agency_id, id, code, name, description, output_unit, standard_minutes,
              category, scope_position_ids, scope_position_kinds, scope_unit_ids, keywords,
              requires_evidence, status, proposed_by, decided_by, decided_at)
       select $1, x.id, x.code, x.name, x.description, x.output_unit, x.minutes,
              x.category::activity_category,
              coalesce(string_to_array(nullif(x.position_ids, ''), $2)::uuid[], '{}'),
              coalesce(string_to_array(nullif(x.kinds, ''), $2), '{}'),
              coalesce(string_to_array(nullif(x.unit_ids, ''), $2)::uuid[], '{}'),
              coalesce(string_to_array(nullif(x.keywords, ''), $2), '{}'),
              x.evidence, x.status::activity_item_status, $3,
              case when x.status <> 'PROPOSED' then $3::uuid end,
              case when x.status <> 'PROPOSED' then now() end
         from unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[],
                     $11::text[], $12::text[], $13::text[], $14::text[], $15::boolean[], $16::text[])
              as x(id, code, name, description, output_unit, minutes, category, position_ids, kinds,
                   unit_ids, keywords, evidence, status)
       on conflict (agency_id, code) do update set
         name = excluded.name, description = excluded.description, output_unit = excluded.output_unit,
         standard_minutes = excluded.standard_minutes, category = excluded.category,
         scope_position_ids = excluded.scope_position_ids, scope_position_kinds = excluded.scope_position_kinds,
         scope_unit_ids = excluded.scope_unit_ids, keywords = excluded.keywords,
         requires_evidence = excluded.requires_evidence, status = excluded.status,
         decided_by = case when excluded.status is distinct from activity_item.status then $3::uuid
                           else activity_item.decided_by end,
         decided_at = case when excluded.status is distinct from activity_item.status then now()
                           else activity_item.decided_at end,
         rejection_reason = case when excluded.status = 'REJECTED' then activity_item.rejection_reason end,
         updated_at = now()`,
      [
        this.agencyId,
        SEP,
        this.viewer.employeeId,
        rows.map((a) => a.id),
        rows.map((a) => a.code),
        rows.map((a) => a.name),
        rows.map((a) => a.description),
        rows.map((a) => a.outputUnit),
        rows.map((a) => a.standardMinutes),
        rows.map((a) => a.category),
        joined((a) => a.positionIds),
        joined((a) => a.positionKinds),
        joined((a) => a.unitIds),
        joined((a) => a.keywords),
        rows.map((a) => a.requiresEvidence),
        rows.map((a) => a.status),
      ],
    );
  }

  /** The bank (the admin's scope, optionally one status) as a file, ordered by code. */
  async export(
    format: SpreadsheetFormat,
    status: ActivityItemStatus | null,
  ): Promise<ExportedFile> {
    const department = await this.managedUnits(this.em);
    const params: unknown[] = [this.agencyId, status];
    if (department) params.push(department);
    const rows = await query<{
      code: string;
      name: string;
      description: string | null;
      output_unit: string;
      standard_minutes: number;
      category: string;
      scope_position_kinds: string[];
      unit_codes: string[];
      keywords: string[];
      requires_evidence: boolean;
      scope_position_ids: string[];
      status: string;
    }>(
      this.em,
      `select i.code, i.name, i.description, i.output_unit, i.standard_minutes, i.category,
              i.scope_position_kinds, i.keywords, i.requires_evidence, i.scope_position_ids, i.status,
              coalesce((select array_agg(u.code order by array_position(i.scope_unit_ids, u.id)) from org_unit u
                         where u.agency_id = i.agency_id and u.id = any(i.scope_unit_ids)), '{}') as unit_codes
         from activity_item i
        where i.agency_id = $1 and ($2::activity_item_status is null or i.status = $2::activity_item_status)
          ${department ? `and ${itemInDepartment('$3')}` : ''}
        order by i.code`,
      params,
    );
    const table = rows.map((r) => [
      r.code,
      r.name,
      r.description ?? '',
      r.output_unit,
      r.standard_minutes,
      r.category,
      r.scope_position_kinds.join(','),
      r.unit_codes.join(','),
      r.keywords.join(','),
      r.requires_evidence ? 'ya' : 'tidak',
      r.scope_position_ids.join(','),
      r.status,
    ]);
    return exportedFile(
      format,
      `bank-aktivitas${status ? `-${status.toLowerCase()}` : ''}`,
      'Bank Aktivitas',
      COLUMNS,
      table,
    );
  }
}
