/**
 * The bank as the admin pages search it: by department (the items inside a unit) and by code
 * (an item's code, or its first characters, finds it first), beside the ranked text search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { codePrefix } from './activity-bank.search.js';

let t: TestApp;
const unit: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-20T10:00:00+07:00' });
  for (const r of await t.sql<{ code: string; id: string }>('select code, id from org_unit'))
    unit[r.code] = r.id;
});
afterAll(() => t?.close());

const code = (res: { errors?: { extensions: { code: string } }[] }) =>
  res.errors?.[0]?.extensions.code;
const BANK = `query($unitId: ID, $status: ActivityItemStatus, $search: String, $first: Int) {
  adminActivityItems(unitId: $unitId, status: $status, search: $search, first: $first) {
    totalCount edges { node { code } } } }`;
const codes = (res: { data?: Record<string, any> | null }): string[] =>
  res.data?.adminActivityItems.edges.map((e: { node: { code: string } }) => e.node.code);

describe('the bank filtered by department', () => {
  it('lists only the items inside the unit, proposals included', async () => {
    const res = await t.as(persona.agencyAdmin, BANK, { unitId: unit.DINSOS, first: 200 });
    expect(res.errors).toBeUndefined();
    const found = codes(res);
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((c) => c.startsWith('SOS.') || c === 'USUL.004')).toBe(true);
    expect(found).toContain('USUL.004');
    const proposed = await t.as(persona.agencyAdmin, BANK, {
      unitId: unit.DISDIK,
      status: 'PROPOSED',
    });
    expect(codes(proposed)).toEqual(expect.arrayContaining(['USUL.001', 'USUL.002', 'USUL.003']));
    expect(proposed.data?.adminActivityItems.totalCount).toBe(3);
  });

  it('gets NOT_FOUND for a unit that does not exist', async () => {
    expect(
      code(
        await t.as(persona.agencyAdmin, BANK, { unitId: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('the bank searched by code', () => {
  it('finds an item by its code, in any case, first', async () => {
    for (const search of ['GURU.001', 'guru.001']) {
      const res = await t.as(persona.agencyAdmin, BANK, { search });
      expect(res.errors).toBeUndefined();
      expect(codes(res)[0]).toBe('GURU.001');
    }
    expect(codes(await t.as(persona.agencyAdmin, BANK, { search: 'USUL.00' }))).toEqual(
      expect.arrayContaining(['USUL.001', 'USUL.006']),
    );
  });

  it('still ranks by text for words, and keeps a department admin to their department', async () => {
    const text = codes(await t.as(persona.agencyAdmin, BANK, { search: 'rakor' }));
    expect(text).toContain('UMUM.001');
    const eduAdmin = '199503202020112402';
    expect(codes(await t.as(eduAdmin, BANK, { search: 'SOS.001' }))).toEqual([]);
    expect(codes(await t.as(eduAdmin, BANK, { search: 'USUL.001' }))[0]).toBe('USUL.001');
  });

  it('reads a search as a code prefix only when it could be one, escaping LIKE', () => {
    expect(codePrefix(' guru.00 ')).toBe('GURU.00%');
    expect(codePrefix('A_B')).toBe('A\\_B%');
    expect(codePrefix('rapat koordinasi')).toBeNull();
    expect(codePrefix('%')).toBeNull();
  });
});
