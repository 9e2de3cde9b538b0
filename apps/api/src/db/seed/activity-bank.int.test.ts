import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { buildActivityBank } from './activity-bank.data.js';
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
    const first = await snapshot();
    expect(first).toHaveLength(bank.length);
    expect(first.every((r) => r.status === 'PUBLISHED')).toBe(true);
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
