/**
 * What every browser test of the SPAs does: sign in as a demo user, check accessibility with axe,
 * and save a screenshot as a test artefact (tests/artifacts/screenshots, ignored by git, kept by CI).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO = {
  staff: '199203152019031001',
  sectionHead: '198507222010012002',
  departmentHead: '197604101998031003',
  sekda: '196812011990031004',
  agencyAdmin: '198910052014022005',
  teacher: '197806202001041701',
} as const;
export const PASSWORD = 'kinerja2026';

/** A phone: 360 × 740, touch, Indonesian. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
};

/** A desktop browser (the supervisor app): 1440 × 900, Indonesian. */
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
};

export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'artifacts', 'screenshots');

/** A new browser context (phone-sized unless told otherwise). */
export function newContext(browser: Browser, options: BrowserContextOptions = PHONE) {
  return browser.newContext(options);
}

/**
 * Signs in on an app's login page and waits until the app shows a signed-in page (the bottom
 * navigation in the employee app, the header's logout button in both).
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  app: 'employee' | 'supervisor',
  nip: string,
): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByTestId('login-nip').fill(nip);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
}

/** The serious and critical axe violations of the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves a full-page screenshot as `<name>.png` among the artefacts. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** What every page of a browser test gets: no serious or critical axe violation, and a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

export type { Browser, BrowserContext, Page };
