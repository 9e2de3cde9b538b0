/**
 * Every tenant table carries agency_id and its keys and indexes lead with it, so a national
 * deployment can distribute by agency. Global tables are listed here on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../src/db/mikro-orm.config.js';
import { createTestApp, type TestApp } from './harness.js';

/** Tables that are not per agency: the tenant list and the NIP → agency directory for sign-in. */
const GLOBAL = new Set(['agency', 'account', 'login_throttle', 'mikro_orm_migrations']);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'empty' });
});
afterAll(() => t?.close());

describe('tenant keys', () => {
  it('every entity maps to a table, and every non-global table has agency_id', async () => {
    const tables = entities.map((e) => t.orm.getMetadata().get(e.name).tableName);
    const rows = await t.sql<{ table_name: string; has_agency: boolean }>(
      `select c.relname as table_name,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'agency_id' and not a.attisdropped) as has_agency
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'`,
    );
    const byName = new Map(rows.map((r) => [r.table_name, r.has_agency]));
    for (const table of tables) expect(byName.has(table), table).toBe(true);
    const missing = rows
      .filter((r) => !GLOBAL.has(r.table_name) && !r.has_agency)
      .map((r) => r.table_name);
    expect(missing).toEqual([]);
  });

  it('primary keys, unique keys and indexes of tenant tables lead with agency_id', async () => {
    const rows = await t.sql<{ table_name: string; index_name: string; first_column: string }>(
      `select t.relname as table_name, i.relname as index_name, a.attname as first_column
         from pg_index x
         join pg_class i on i.oid = x.indexrelid
         join pg_class t on t.oid = x.indrelid
         join pg_namespace n on n.oid = t.relnamespace
         left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
        where n.nspname = 'public'`,
    );
    const offenders = rows
      .filter((r) => !GLOBAL.has(r.table_name) && r.first_column !== 'agency_id')
      .map((r) => `${r.table_name}.${r.index_name} (${r.first_column ?? 'expression'})`);
    expect(offenders).toEqual([]);
    expect(rows.filter((r) => !GLOBAL.has(r.table_name)).length).toBeGreaterThan(5);
  });

  it('foreign keys between tenant tables include agency_id', async () => {
    const rows = await t.sql<{
      table_name: string;
      name: string;
      columns: string[];
      target: string;
    }>(
      `select t.relname as table_name, c.conname as name, f.relname as target,
              array(select a.attname from unnest(c.conkey) k join pg_attribute a on a.attrelid = t.oid and a.attnum = k)::text[] as columns
         from pg_constraint c
         join pg_class t on t.oid = c.conrelid
         join pg_class f on f.oid = c.confrelid
         join pg_namespace n on n.oid = t.relnamespace
        where c.contype = 'f' and n.nspname = 'public'`,
    );
    const offenders = rows
      .filter(
        (r) => !GLOBAL.has(r.table_name) && !GLOBAL.has(r.target) && r.columns[0] !== 'agency_id',
      )
      .map((r) => `${r.table_name}.${r.name}`);
    expect(offenders).toEqual([]);
  });
});
