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
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { DEMO, PASSWORD, PHONE, signIn, type Browser } from '../support/pages.js';
import { repoRoot } from '../support/server.js';

const baseUrl = inject('baseUrl');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The gzipped bytes of the scripts a page loads, and how many. */
async function pageScripts(signedIn: boolean): Promise<{ files: number; gzip: number }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  try {
    if (signedIn) await signIn(page, baseUrl, 'employee', DEMO.staff);
    const fresh = await context.newPage();
    fresh.on('response', (res) => {
      if (res.request().resourceType() === 'script') bodies.push(res.body());
    });
    await fresh.goto(`${baseUrl}/employee/`, { waitUntil: 'networkidle' });
    const all = await Promise.all(bodies);
    return {
      files: all.length,
      gzip: all.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    };
  } finally {
    await context.close();
  }
}

async function sessionCookie(): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(nip: "${DEMO.staff}", password: "${PASSWORD}") { token } }`,
    }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

async function audit(url: string, cookie: string | null) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcp: lhr.audits['first-contentful-paint']?.displayValue ?? '',
      lcp: lhr.audits['largest-contentful-paint']?.displayValue ?? '',
      tbt: lhr.audits['total-blocking-time']?.displayValue ?? '',
    };
  } finally {
    await chrome.kill();
  }
}

it('prints the employee app’s weight and Lighthouse scores', { timeout: 600_000 }, async () => {
  const dist = path.join(repoRoot, 'apps/employee-web/dist/assets');
  const files = (await readdir(dist)).filter((f) => f.endsWith('.js'));
  let whole = 0;
  for (const f of files) whole += gzipSync(await readFile(path.join(dist, f)), { level: 9 }).length;

  const signInPage = await pageScripts(false);
  const todayPage = await pageScripts(true);
  console.log('\nemployee app (apps/employee-web), JS gzipped:');
  console.log(`  first page, sign-in:   ${kb(signInPage.gzip)} in ${signInPage.files} files`);
  console.log(`  first page, Today:     ${kb(todayPage.gzip)} in ${todayPage.files} files`);
  console.log(`  whole app:             ${kb(whole)} in ${files.length} files`);

  const cookie = await sessionCookie();
  const pages: [string, string, string | null][] = [
    ['sign-in', `${baseUrl}/employee/login`, null],
    ['Today', `${baseUrl}/employee/`, cookie],
  ];
  console.log('Lighthouse 12, mobile (simulated throttling):');
  for (const [name, url, withCookie] of pages) {
    const r = await audit(url, withCookie);
    console.log(
      `  ${name.padEnd(8)} performance ${r.performance}, accessibility ${r.accessibility} (FCP ${r.fcp}, LCP ${r.lcp}, TBT ${r.tbt})`,
    );
  }
});
