/** Every list query runs a constant number of SQL statements, however many rows it returns. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.tokenOf(persona.sekda);
});
afterAll(() => t?.close());

const LIST = `query($first: Int) { subordinates(first: $first) { totalCount edges { node {
  name nip rank position { name unit { name } } supervisor { name } directReportCount
} } } }`;

describe('N+1 guard', () => {
  it('subordinates { … position { unit } supervisor } over 200 people costs the same as over 5', async () => {
    const small = await t.countStatements(async () => {
      const res = await t.as(persona.sekda, LIST, { first: 5 });
      expect(res.data?.subordinates.edges).toHaveLength(5);
    });
    const large = await t.countStatements(async () => {
      const res = await t.as(persona.sekda, LIST, { first: 200 });
      expect(res.errors).toBeUndefined();
      expect(res.data?.subordinates.edges).toHaveLength(200);
      expect(
        res.data?.subordinates.edges.every(
          (e: { node: { supervisor: unknown } }) => e.node.supervisor,
        ),
      ).toBe(true);
    });
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
  });

  it('the org chart with positions and holders costs the same with twice the units', async () => {
    const Q =
      '{ orgUnits { children { name positions { name holders { name unit { name } } } children { name positions { holders { name } } } } } }';
    const run = () =>
      t.countStatements(async () => {
        expect((await t.as(persona.staff, Q)).errors).toBeUndefined();
      });
    await t.tokenOf(persona.staff);
    const before = await run();
    // Double the departments: each gets a copy with a position and a holder.
    await t.sql(`insert into org_unit (agency_id, id, parent_id, code, name, kind)
                 select agency_id, gen_random_uuid(), parent_id, code || '-copy', name || ' (salinan)', kind
                   from org_unit where parent_id in (select id from org_unit where parent_id is null)`);
    await t.sql(`insert into position (agency_id, id, unit_id, name, kind, job_class)
                 select agency_id, gen_random_uuid(), id, 'Kepala', 'STRUCTURAL', 14 from org_unit where code like '%-copy'`);
    await t.sql(`insert into employee (agency_id, id, nip, name, position_id)
                 select p.agency_id, gen_random_uuid(), '19800101200501' || '1' || lpad(row_number() over ()::text, 3, '0'), 'Kepala Salinan', p.id
                   from position p join org_unit u on u.id = p.unit_id where u.code like '%-copy'`);
    const after = await run();
    expect(after.count).toBe(before.count);
  });
});
