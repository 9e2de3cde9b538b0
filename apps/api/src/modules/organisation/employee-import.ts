/**
 * importEmployees: a CSV of employees (created, or updated when the NIP exists) that is saved
 * all-or-nothing. Every rejected row is reported with every reason, in the caller's language.
 *
 * Columns (header row, any order): nip, name, employment_type (PNS|PPPK, default PNS), rank,
 * unit_code, position_name, email, password (optional: sets the password).
 */
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/app-error.js';
import { query } from '../../common/sql.js';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import { AuditLog } from '../audit/audit.service.js';
import { Account } from '../auth/auth.entities.js';
import { hashPassword } from '../auth/passwords.js';
import type { Access } from './access.js';
import { Employee } from './employee.entity.js';
import { nipProblem } from './nip.js';
import { type EmploymentType } from './organisation.enums.js';
import { Position } from './position.entity.js';

export interface RowProblem {
  key: MessageKey;
  params?: MessageParams;
}
export interface RejectedRow {
  /** 1-based line number in the file, the header being line 1. */
  line: number;
  nip: string | null;
  problems: RowProblem[];
}
export interface ImportReport {
  created: number;
  updated: number;
  rejected: RejectedRow[];
}

const REQUIRED = ['nip', 'name', 'unit_code', 'position_name'] as const;
const MAX_ROWS = 20_000;

type Row = Record<string, string>;

export class EmployeeImport {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly access: Access,
    private readonly requestId: string,
  ) {}

  async run(csv: string): Promise<ImportReport> {
    const rows = this.parse(csv);
    const agencyId = this.viewer.agencyId;

    const positions = await query<{ id: string; name: string; unit_id: string; code: string }>(
      this.em,
      `select p.id, p.name, p.unit_id, u.code
         from position p join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
        where p.agency_id = $1 and u.code = any($2::text[])`,
      [agencyId, [...new Set(rows.map((r) => r.unit_code ?? ''))]],
    );
    const byUnitAndName = new Map<string, { id: string; unitId: string }[]>();
    for (const p of positions) {
      const k = `${p.code}\u0000${p.name.toLowerCase()}`;
      byUnitAndName.set(k, [...(byUnitAndName.get(k) ?? []), { id: p.id, unitId: p.unit_id }]);
    }
    const nips = rows.map((r) => r.nip ?? '');
    const elsewhere = new Set(
      (await this.em.find(Account, { nip: { $in: nips }, agencyId: { $ne: agencyId } })).map(
        (a) => a.nip,
      ),
    );
    const unitAllowed = new Map<string, boolean>();
    const seen = new Map<string, number>();

    const rejected: RejectedRow[] = [];
    const accepted: { row: Row; positionId: string; type: EmploymentType }[] = [];
    for (const [index, row] of rows.entries()) {
      const line = index + 2;
      const problems: RowProblem[] = [];
      const nip = row.nip ?? '';
      const type = (row.employment_type || 'PNS').toUpperCase();
      if (type !== 'PNS' && type !== 'PPPK')
        problems.push({
          key: 'common.badInput',
          params: { details: `employment_type "${row.employment_type}"` },
        });
      const nipIssue = nipProblem(nip, type === 'PPPK' ? 'PPPK' : 'PNS');
      if (nipIssue)
        problems.push({
          key: 'organisation.invalidNip',
          params: { nip, reason: `@nip.${nipIssue}` },
        });
      if (seen.has(nip))
        problems.push({
          key: 'common.badInput',
          params: { details: `NIP ${nip} = line ${seen.get(nip)}` },
        });
      else seen.set(nip, line);
      if (elsewhere.has(nip)) problems.push({ key: 'organisation.nipTaken', params: { nip } });
      if ((row.name ?? '').trim().length < 2)
        problems.push({ key: 'common.badInput', params: { details: 'name' } });
      if (row.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(row.email))
        problems.push({ key: 'common.badInput', params: { details: `email "${row.email}"` } });
      if (row.password && row.password.length < 8)
        problems.push({ key: 'common.badInput', params: { details: 'password (min. 8)' } });

      const matches =
        byUnitAndName.get(`${row.unit_code}\u0000${(row.position_name ?? '').toLowerCase()}`) ?? [];
      const match = matches[0];
      if (matches.length !== 1 || !match) {
        problems.push({ key: 'organisation.positionNotFound' });
      } else {
        if (!unitAllowed.has(match.unitId)) {
          unitAllowed.set(
            match.unitId,
            await this.access.assertAdministers(match.unitId).then(
              () => true,
              () => false,
            ),
          );
        }
        if (!unitAllowed.get(match.unitId))
          problems.push({ key: 'organisation.outsideAdminScope' });
      }
      if (problems.length || !match) rejected.push({ line, nip: nip || null, problems });
      else accepted.push({ row, positionId: match.id, type: type as EmploymentType });
    }
    if (rejected.length) return { created: 0, updated: 0, rejected };

    const hashes = await Promise.all(
      accepted.map(({ row }) => (row.password ? hashPassword(row.password) : null)),
    );
    let created = 0;
    await this.em.transactional(async (em) => {
      const audit = new AuditLog(em, agencyId, this.viewer.employeeId, this.requestId);
      const current = new Map(
        (await em.find(Employee, { agencyId, nip: { $in: accepted.map((a) => a.row.nip!) } })).map(
          (e) => [e.nip, e],
        ),
      );
      for (const [i, { row, positionId, type }] of accepted.entries()) {
        const nip = row.nip!;
        let employee = current.get(nip) ?? null;
        if (!employee) {
          employee = em.create(Employee, { agencyId, nip, name: row.name!.trim() });
          em.persist(em.create(Account, { nip, agencyId }));
          created++;
        }
        em.assign(employee, {
          name: row.name!.trim(),
          rank: row.rank || null,
          employmentType: type,
          position: em.getReference(Position, positionId),
          email: row.email?.toLowerCase() || null,
        });
        const hash = hashes[i];
        if (hash) employee.passwordHash = hash;
      }
      audit.write('employee.import', 'Employee', null, {
        created,
        updated: accepted.length - created,
      });
      await em.flush();
    });
    return { created, updated: accepted.length - created, rejected: [] };
  }

  private parse(csv: string): Row[] {
    let records: Row[];
    try {
      records = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        bom: true,
        relax_column_count: true,
      }) as Row[];
    } catch (e) {
      throw badInput('common.badInput', { details: (e as Error).message });
    }
    if (!records.length) throw badInput('organisation.importEmpty');
    if (records.length > MAX_ROWS)
      throw badInput('common.badInput', { details: `max ${MAX_ROWS} rows` });
    const missing = REQUIRED.filter((c) => !(c in records[0]!));
    if (missing.length)
      throw badInput('organisation.importHeader', { columns: missing.join(', ') });
    return records;
  }
}
