/**
 * Signing in as each demo user in a real browser, against the real API serving the built SPAs:
 * the right person, supervisor and (supervisor app) direct reports, in Indonesian and English,
 * with no serious accessibility violations.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  DEMO,
  PASSWORD,
  seriousViolations,
  signIn as signInTo,
  type Browser,
  type Page,
} from '../support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What the API says about a person, to compare with what the page shows. */
async function truth(nip: string) {
  const gql = await apiAs(baseUrl, nip);
  const { me, subordinates } = await gql<{
    me: { name: string; supervisor: { nip: string } | null };
    subordinates: { totalCount: number; edges: { node: { nip: string } }[] };
  }>(
    '{ me { name supervisor { nip name } } subordinates(depth: 1, first: 50) { totalCount edges { node { nip } } } }',
  );
  return {
    name: me.name,
    supervisorNip: me.supervisor?.nip ?? null,
    reports: subordinates.edges.map((e) => e.node.nip).sort(),
    reportCount: subordinates.totalCount,
  };
}

const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');

/** Signs in and opens the page showing the person (each app's profile page). */
async function signIn(page: Page, app: 'employee' | 'supervisor', nip: string) {
  await signInTo(page, baseUrl, app, nip);
  // Both apps open on their work (Today, the verification queue); the profile is its own page.
  await page.goto(`${baseUrl}/${app}/profile`);
  await page.getByTestId('me-name').waitFor();
}

describe('employee app', () => {
  for (const [who, nip] of Object.entries(DEMO)) {
    it(`shows ${who} themselves and their supervisor`, async () => {
      const expected = await truth(nip);
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: 'id-ID',
      });
      const page = await context.newPage();
      try {
        await signIn(page, 'employee', nip);
        expect(await page.getByTestId('me-name').innerText()).toContain(expected.name);
        expect(digits(await page.getByTestId('me-nip').innerText())).toBe(nip);
        if (expected.supervisorNip) {
          expect(digits(await page.getByTestId('supervisor-nip').innerText())).toBe(
            expected.supervisorNip,
          );
        } else {
          await page.getByTestId('supervisor-none').waitFor();
        }
      } finally {
        await context.close();
      }
    });
  }

  it('stays signed in across a reload, refuses a wrong password with the server’s message, and switches to English', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/employee/`);
      await page.getByTestId('login-nip').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('login-nip').fill(DEMO.agencyAdmin);
      await page.getByTestId('login-password').fill('salah-sandi');
      await page.getByTestId('login-submit').click();
      await expect
        .poll(() => page.getByTestId('login-error').innerText())
        .toContain('NIP atau kata sandi salah');

      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('logout').waitFor();
      await page.goto(`${baseUrl}/employee/profile`);
      await page.getByTestId('me-name').waitFor();
      await page.reload();
      await page.getByTestId('me-name').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      const before = await page.locator('html').getAttribute('lang');
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).not.toBe(before);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      await page.getByTestId('logout').click();
      await page.getByTestId('login-nip').waitFor();
      await page.goto(`${baseUrl}/employee/`);
      await page.getByTestId('login-nip').waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('supervisor app', () => {
  for (const who of ['sectionHead', 'departmentHead', 'sekda'] as const) {
    it(`shows ${who} their direct reports`, async () => {
      const nip = DEMO[who];
      const expected = await truth(nip);
      expect(expected.reportCount).toBeGreaterThan(0);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await signIn(page, 'supervisor', nip);
        await page.getByTestId('reports-list').waitFor();
        await expect
          .poll(async () => await page.getByTestId('report-row').count())
          .toBe(expected.reports.length);
        const rows = await page.getByTestId('report-row').allInnerTexts();
        expect(
          rows
            .map((r) => /\d{8}\s?\d{6}\s?\d\s?\d{3}/.exec(r)?.[0])
            .map(digits)
            .sort(),
        ).toEqual(expected.reports);
        expect(digits(await page.getByTestId('reports-total').innerText())).toBe(
          String(expected.reportCount),
        );
        if (who === 'sectionHead') expect(expected.reports).toContain(DEMO.staff);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('tells a staff member without reports that the supervisor app is not for them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signIn(page, 'supervisor', DEMO.staff);
      await page.getByTestId('not-a-supervisor').waitFor();
      expect(await page.getByTestId('report-row').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
