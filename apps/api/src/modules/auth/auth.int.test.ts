import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, persona, type TestApp } from '../../../test/harness.js';
import { delayAfter } from './auth.service.js';

const LOGIN =
  'mutation($nip: String!, $password: String!) { login(nip: $nip, password: $password) { token employee { nip name } } }';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' } });
});
afterAll(() => t?.close());

describe('login', () => {
  it('returns a token and the employee, and sets an httpOnly SameSite cookie', async () => {
    const res = await t.gql(LOGIN, { nip: persona.staff, password: DEMO_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.employee.nip).toBe(persona.staff);
    expect(res.data?.login.token).toMatch(/^k1\./);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^kinerja_session=k1\./);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('authenticates by cookie as well as by bearer token', async () => {
    const login = await t.gql(LOGIN, { nip: persona.sectionHead, password: DEMO_PASSWORD });
    const token = login.data?.login.token as string;
    const res = await t.gql(
      '{ me { nip } }',
      {},
      { headers: { cookie: `kinerja_session=${token}` } },
    );
    expect(res.data?.me.nip).toBe(persona.sectionHead);
  });

  it('stores passwords as argon2id and the session secret only as an HMAC', async () => {
    const [row] = await t.sql<{ password_hash: string }>(
      'select password_hash from employee where nip = ?',
      [persona.staff],
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    const token = (await t.gql(LOGIN, { nip: persona.staff, password: DEMO_PASSWORD })).data?.login
      .token as string;
    const secret = token.split('.')[3]!;
    const sessions = await t.sql<{ token_hash: string }>('select token_hash from session');
    expect(sessions.some((s) => s.token_hash.includes(secret))).toBe(false);
  });

  it('refuses a wrong password with UNAUTHENTICATED, the same for an unknown NIP', async () => {
    const wrong = await t.gql(LOGIN, { nip: persona.sekda, password: 'salah' });
    const unknown = await t.gql(LOGIN, { nip: '199001012015011999', password: 'salah' });
    for (const res of [wrong, unknown]) {
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('NIP atau kata sandi salah.');
    }
    const [audit] = await t.sql(`select * from audit_event where action = 'auth.loginFailed'`);
    expect(audit).toBeDefined();
  });

  it('refuses a malformed NIP with BAD_USER_INPUT', async () => {
    const res = await t.gql(LOGIN, { nip: '12345', password: 'x' }, { lang: 'en' });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/18 digits/);
  });

  it('slows repeated failures, then locks the NIP with a clear message', async () => {
    const nip = persona.departmentHead;
    const codes: string[] = [];
    for (let i = 0; i < 3; i++)
      codes.push((await t.gql(LOGIN, { nip, password: 'salah' })).errors![0]!.extensions.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const slowed = await t.gql(LOGIN, { nip, password: DEMO_PASSWORD });
    expect(slowed.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    expect(slowed.errors?.[0]?.message).toMatch(/Coba lagi dalam 1 detik/);

    // Let the spacing pass (move the last failure back), then fail up to the limit of 5.
    const age = async () =>
      t.sql(
        `update login_throttle set last_failure_at = now() - interval '2 minutes' where nip = ?`,
        [nip],
      );
    await age();
    expect((await t.gql(LOGIN, { nip, password: 'salah' })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    await age();
    const locked = await t.gql(LOGIN, { nip, password: 'salah' }, { lang: 'en' });
    expect(locked.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.message).toMatch(/locked .* 15 minutes/);
    // Even the right password is refused while locked.
    await age();
    const still = await t.gql(LOGIN, { nip, password: DEMO_PASSWORD });
    expect(still.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(still.errors?.[0]?.message).toMatch(/dikunci sementara/);
    // After the lock, the right password works and clears the count.
    await t.sql(
      `update login_throttle set locked_until = now() - interval '1 second' where nip = ?`,
      [nip],
    );
    const ok = await t.gql(LOGIN, { nip, password: DEMO_PASSWORD });
    expect(ok.data?.login.employee.nip).toBe(nip);
    expect(await t.sql('select * from login_throttle where nip = ?', [nip])).toEqual([]);
  });

  it('spaces attempts exponentially after three failures, at most a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(delayAfter)).toEqual([0, 0, 0, 1, 2, 4, 8, 60]);
  });

  it('refuses an inactive employee', async () => {
    await t.sql('update employee set active = false where nip = ?', [persona.agencyAdmin]);
    try {
      const res = await t.gql(LOGIN, { nip: persona.agencyAdmin, password: DEMO_PASSWORD });
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/tidak aktif/);
    } finally {
      await t.sql('update employee set active = true where nip = ?', [persona.agencyAdmin]);
    }
  });
});

describe('logout', () => {
  it('ends the session: the token stops working and the cookie is cleared', async () => {
    const token = (await t.gql(LOGIN, { nip: persona.sekda, password: DEMO_PASSWORD })).data?.login
      .token as string;
    const out = await t.gql('mutation { logout }', {}, { token });
    expect(out.data?.logout).toBe(true);
    expect(String(out.headers['set-cookie'])).toMatch(/kinerja_session=;/);
    const after = await t.gql('{ me { nip } }', {}, { token });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated request that a plain HTML form could send', async () => {
    const token = await t.tokenOf(persona.staff);
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain', cookie: `kinerja_session=${token}` },
      payload: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/CSRF/i);
    const get = await t.app.inject({
      method: 'GET',
      url: '/graphql?query=%7Bme%7Bnip%7D%7D',
      headers: { cookie: `kinerja_session=${token}` },
    });
    expect(get.statusCode).toBe(400);
  });
});
