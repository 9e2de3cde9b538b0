import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_USERS } from './demo-city.data.js';
import { isEmpty, seedDemoCity } from './demo-city.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'empty' });
});
afterAll(() => t?.close());

const counts = () =>
  t.one<Record<string, string>>(
    `select (select count(*) from agency) as agencies, (select count(*) from org_unit) as units,
            (select count(*) from position) as positions, (select count(*) from employee) as employees,
            (select count(*) from account) as accounts, (select count(*) from acting_assignment) as acting`,
  );

describe('the demo city seed', () => {
  it('creates Pemerintah Kota Contoh with its six demo users, and a second run changes nothing', async () => {
    expect(await isEmpty(t.orm.em.fork())).toBe(true);
    const first = await seedDemoCity(t.orm.em.fork());
    const after1 = await counts();
    expect(Number(after1.employees)).toBe(first.employees);
    expect(Number(after1.employees)).toBeGreaterThanOrEqual(280);
    expect(after1.accounts).toBe(after1.employees);
    const demo = await t.sql<{ nip: string }>(
      'select nip from employee where nip = any(?::text[])',
      [`{${DEMO_USERS.map((u) => u.nip).join(',')}}`],
    );
    expect(demo).toHaveLength(6);

    await t.sql(`update employee set name = 'Diubah' where nip = ?`, [DEMO_USERS[0]!.nip]);
    await seedDemoCity(t.orm.em.fork());
    expect(await counts()).toEqual(after1);
    expect(await isEmpty(t.orm.em.fork())).toBe(false);
    const { name } = await t.one<{ name: string }>('select name from employee where nip = ?', [
      DEMO_USERS[0]!.nip,
    ]);
    expect(name).not.toBe('Diubah');
  });
});
