/**
 * `npm run bench` (after the API's cases): the employee app's weight and Lighthouse scores, against
 * the built app served by the real API (the same system the browser tests start).
 *
 * - JS of the first page: every script the browser loads for the sign-in page, and for the Today
 *   page once signed in, each gzipped (level 9) as a server would send it.
 * - JS of the whole app: every .js file of apps/employee-web/dist, gzipped.
 * - Lighthouse 12 (mobile form factor, simulated throttling) performance and accessibility for the
 *   sign-in and Today pages, with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
 * Figures are printed, never asserted.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { audit, auditLine, kb, pageScripts, sessionCookie } from '../support/figures.js';
import { DEMO, PHONE, signIn, type Browser } from '../support/pages.js';
import { repoRoot } from '../support/server.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('prints the employee app’s weight and Lighthouse scores', { timeout: 600_000 }, async () => {
  const dist = path.join(repoRoot, 'apps/employee-web/dist/assets');
  const files = (await readdir(dist)).filter((f) => f.endsWith('.js'));
  let whole = 0;
  for (const f of files) whole += gzipSync(await readFile(path.join(dist, f)), { level: 9 }).length;

  const url = `${baseUrl}/employee/`;
  const signInPage = await pageScripts(browser, PHONE, url);
  const todayPage = await pageScripts(browser, PHONE, url, (page) =>
    signIn(page, baseUrl, 'employee', DEMO.staff),
  );
  console.log('\nemployee app (apps/employee-web), JS gzipped:');
  console.log(`  first page, sign-in:   ${kb(signInPage.gzip)} in ${signInPage.files} files`);
  console.log(`  first page, Today:     ${kb(todayPage.gzip)} in ${todayPage.files} files`);
  console.log(`  whole app:             ${kb(whole)} in ${files.length} files`);

  const cookie = await sessionCookie(baseUrl, DEMO.staff);
  const pages: [string, string, string | null][] = [
    ['sign-in', `${baseUrl}/employee/login`, null],
    ['Today', `${baseUrl}/employee/`, cookie],
  ];
  console.log('Lighthouse 12, mobile (simulated throttling):');
  for (const [name, pageUrl, withCookie] of pages) {
    console.log(auditLine(name, await audit(pageUrl, withCookie)));
  }
});
