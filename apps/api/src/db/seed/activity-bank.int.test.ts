import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { buildActivityBank, buildProposedItems } from './activity-bank.data.js';
import { seedDemoCity } from './demo-city.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'empty' });
});
afterAll(() => t?.close());

const snapshot = () =>
  t.sql(
    'select id, code, name, status, scope_unit_ids, scope_position_kinds from activity_item order by code',
  );

describe('the demo bank seed', () => {
  it('writes every item published, with its units, and a second run changes nothing', async () => {
    const result = await seedDemoCity(t.orm.em.fork());
    const bank = buildActivityBank();
    expect(result.activityItems).toBe(bank.length);
    const proposals = buildProposedItems();
    const first = await snapshot();
    expect(first).toHaveLength(bank.length + proposals.length);
    expect(first.filter((r) => r.status === 'PUBLISHED')).toHaveLength(bank.length);
    expect(first.filter((r) => r.status === 'PROPOSED').map((r) => r.code)).toEqual(
      proposals.map((p) => p.code),
    );
    const guru = await t.one<{ codes: string[] }>(
      `select array(select u.code from org_unit u where u.id = any(i.scope_unit_ids) order by u.code) as codes
         from activity_item i where i.code = 'GURU.001'`,
    );
    expect(guru.codes).toEqual(['DISDIK.04', 'DISDIK.05', 'DISDIK.06']);

    await t.sql(
      `update activity_item set status = 'RETIRED', name = 'Diubah' where code = 'UMUM.001'`,
    );
    await seedDemoCity(t.orm.em.fork());
    expect(await snapshot()).toEqual(first);
  });
});

describe('the demo bank’s proposals', () => {
  it('wait for the agency admin, proposed by a demo admin, and a later run keeps their decision', async () => {
    const rows = await t.sql<{ code: string; status: string; nip: string; units: number }>(
      `select i.code, i.status, e.nip, cardinality(i.scope_unit_ids) as units
         from activity_item i join employee e on e.id = i.proposed_by
        where i.code like 'USUL.%' order by i.code`,
    );
    expect(rows.map((r) => r.nip)).toEqual(buildProposedItems().map((p) => p.proposerNip));
    expect(rows.every((r) => r.status === 'PROPOSED' && r.units > 0)).toBe(true);

    await t.sql(`update activity_item set status = 'REJECTED', rejection_reason = 'Sudah ada'
                  where code = 'USUL.001'`);
    await seedDemoCity(t.orm.em.fork());
    const again = await t.one<{ status: string }>(
      `select status from activity_item where code = 'USUL.001'`,
    );
    expect(again.status).toBe('REJECTED');
  });
});
