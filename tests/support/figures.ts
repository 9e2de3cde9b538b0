/**
 * What the apps' figures (bench/*.figures.ts) measure the same way: the scripts a page loads, a
 * demo user's session cookie, and a Lighthouse 12 audit with Debian's Chromium.
 */
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { PASSWORD } from './pages.js';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The gzipped bytes (level 9, as a server would send them) of the scripts `url` loads in a fresh
 * page, and how many, after `prepare` ran in another page of the same context (e.g. signing in).
 */
export async function pageScripts(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<{ files: number; gzip: number }> {
  const context = await browser.newContext(options);
  const bodies: Promise<Buffer>[] = [];
  try {
    if (prepare) await prepare(await context.newPage());
    const fresh = await context.newPage();
    fresh.on('response', (res) => {
      if (res.request().resourceType() === 'script') bodies.push(res.body());
    });
    await fresh.goto(url, { waitUntil: 'networkidle' });
    const all = await Promise.all(bodies);
    return {
      files: all.length,
      gzip: all.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    };
  } finally {
    await context.close();
  }
}

/** A demo user's session cookie (`name=value`), for Lighthouse's requests. */
export async function sessionCookie(baseUrl: string, nip: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(nip: "${nip}", password: "${PASSWORD}") { token } }`,
    }),
  });
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

/** Lighthouse's performance and accessibility of `url` (default config: mobile, simulated throttling). */
export async function audit(url: string, cookie: string | null, config?: Config) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      },
      config,
    );
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

/** Prints one audited page as a line. */
export function auditLine(name: string, r: Awaited<ReturnType<typeof audit>>): string {
  return `  ${name.padEnd(8)} performance ${r.performance}, accessibility ${r.accessibility} (FCP ${r.fcp}, LCP ${r.lcp}, TBT ${r.tbt})`;
}
