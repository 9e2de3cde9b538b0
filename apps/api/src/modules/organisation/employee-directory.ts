/**
 * Finding employees to administer: by name words or NIP digits, optionally inside one unit (and
 * below), in the admin's scope (the agency admin: everyone; a department admin: the people placed
 * in their department). Keyset pagination by name, one statement per page.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden, notFound } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { Role } from './organisation.enums.js';

export interface DirectoryArgs {
  search: string | null;
  unitId: string | null;
  includeInactive: boolean;
  first: number;
  after: DirectoryCursor | null;
}

/** The last row of the previous page: its name and id. */
export type DirectoryCursor = { name: string; id: string };
export const isDirectoryCursor = (v: unknown): v is DirectoryCursor =>
  typeof (v as DirectoryCursor)?.name === 'string' &&
  typeof (v as DirectoryCursor).id === 'string' &&
  isUuid((v as DirectoryCursor).id);

export interface DirectoryPage {
  rows: { id: string; name: string }[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Name words (each must occur in the name) and NIP digits (a prefix of the NIP). */
export function searchTerms(search: string | null): { words: string[]; digits: string | null } {
  const text = search?.trim() ?? '';
  if (!text) return { words: [], digits: null };
  const compact = text.replace(/[\s.-]/g, '');
  if (/^\d+$/.test(compact)) return { words: [], digits: compact };
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
  return { words, digits: null };
}

export class EmployeeDirectory {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  async search(args: DirectoryArgs): Promise<DirectoryPage> {
    const v = this.viewer;
    const scopeUnit = v.roles.has(Role.AGENCY_ADMIN)
      ? null
      : v.roles.has(Role.DEPARTMENT_ADMIN) && v.adminUnitId
        ? v.adminUnitId
        : undefined;
    if (scopeUnit === undefined) throw forbidden();
    if (args.unitId && !isUuid(args.unitId)) throw notFound('organisation.unitNotFound');
    const { words, digits } = searchTerms(args.search);

    const rows = await query<{ id: string; name: string; total: string }>(
      this.em,
      `with recursive
       filter_units(id) as (
         select id from org_unit where agency_id = $1 and id = $2::uuid
         union
         select o.id from org_unit o join filter_units f on o.parent_id = f.id where o.agency_id = $1
       ),
       scope_units(id) as (
         select id from org_unit where agency_id = $1 and id = $3::uuid
         union
         select o.id from org_unit o join scope_units s on o.parent_id = s.id where o.agency_id = $1
       ),
       found as (
         select e.id, e.name, count(*) over () as total
           from employee e
           left join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1
            and ($2::uuid is null or p.unit_id in (select id from filter_units))
            and ($3::uuid is null or p.unit_id in (select id from scope_units))
            and ($4::boolean or e.active)
            and ($5::text is null or e.nip like $5::text || '%')
            and (select bool_and(lower(e.name) like '%' || w || '%') from unnest($6::text[]) w) is not false
       )
       select f.id, f.name, f.total
         from found f
        where $7::text is null or (f.name, f.id) > ($7::text, $8::uuid)
        order by f.name, f.id
        limit $9`,
      [
        v.agencyId,
        args.unitId,
        scopeUnit,
        args.includeInactive,
        digits,
        words,
        args.after?.name ?? null,
        args.after?.id ?? null,
        args.first + 1,
      ],
    );
    if (args.unitId && rows.length === 0) await this.assertUnit(args.unitId);
    const page = rows.slice(0, args.first);
    const total = rows.length ? Number(rows[0]!.total) : await this.countPast(args);
    return { rows: page, totalCount: total, hasNextPage: rows.length > args.first };
  }

  private async assertUnit(unitId: string): Promise<void> {
    const [row] = await query<{ n: string }>(
      this.em,
      'select count(*) as n from org_unit where agency_id = $1 and id = $2',
      [this.viewer.agencyId, unitId],
    );
    if (Number(row?.n) === 0) throw notFound('organisation.unitNotFound');
  }

  /** An empty page carries no count: none on the first page, else counted from the start. */
  private async countPast(args: DirectoryArgs): Promise<number> {
    if (!args.after) return 0;
    return (await this.search({ ...args, after: null, first: 1 })).totalCount;
  }
}
