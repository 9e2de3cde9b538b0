import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('smoke', () => {
  it('signs in and reads me', async () => {
    const res = await t.as(persona.staff, '{ me { name nip position { name unit { name } } supervisor { name } } }');
    console.log(JSON.stringify(res, null, 1));
    expect(res.data?.me.nip).toBe(persona.staff);
  });
});
