/**
 * `npm run bench` (after the employee app's figures): the supervisor app's weight, its Lighthouse
 * scores, and its verification queue when a section head has 5,000 entries waiting, against the
 * built app served by the real API (the same system the browser tests start).
 *
 * - JS of the first page: every script the browser loads for the sign-in page, and for the queue
 *   (the home page) once signed in, each gzipped (level 9) as a server would send it.
 * - JS of the whole app: every .js file of apps/supervisor-web/dist, gzipped.
 * - Lighthouse 12 (desktop form factor) performance and accessibility for sign-in and the queue.
 * - A queue of 5,000: the demo section head's staff get 5,000 more submitted entries (5-minute
 *   entries in the evenings of the month's past days, written straight into PostgreSQL),
 *   then, in Chromium at 1440 × 900: the time until the first rows show, how many rows the page
 *   keeps in the DOM, the time to select everything the filter shows and the time to scroll to the
 *   end of what is loaded and get the next page, and the time to approve them all in one action.
 * Figures are printed, never asserted.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { desktopConfig } from 'lighthouse';
import pg from 'pg';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { audit, auditLine, kb, pageScripts, sessionCookie } from '../support/figures.js';
import { DEMO, DESKTOP, signIn, type Browser } from '../support/pages.js';
import { repoRoot } from '../support/server.js';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const QUEUE_SIZE = 5000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const ms = (from: number) => `${Math.round(performance.now() - from)} ms`;

/**
 * Adds submitted 5-minute entries (16:30 onwards) on the current month's past days of the
 * section head's direct reports until `count` more wait for them; answers how many now wait.
 */
async function fillQueue(nip: string, count: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `with head as (select agency_id, position_id from employee where nip = $1),
            team as (
              select e.agency_id, e.id
                from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
                join head h on h.agency_id = p.agency_id and p.parent_id = h.position_id),
            days as (
              select d::date as day
                from generate_series(date_trunc('month', (now() at time zone 'Asia/Jakarta')::date),
                                     (now() at time zone 'Asia/Jakarta')::date - 1, interval '1 day') d),
            slots as (select time '16:30' + s * interval '5 minutes' as start from generate_series(0, 88) s),
            item as (
              select i.id from activity_item i join head h on h.agency_id = i.agency_id
               where i.status = 'PUBLISHED' and i.standard_minutes <= 30 order by i.code limit 1),
            rows as (
              select t.agency_id, t.id as employee_id, days.day, slots.start,
                     row_number() over (order by days.day, slots.start, t.id) as n
                from team t cross join days cross join slots)
       insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                   credited_minutes, status, submitted_at)
       select r.agency_id, gen_random_uuid(), r.employee_id, r.day, r.start, r.start + interval '5 minutes',
              (select id from item), 1, 5, 'SUBMITTED', r.day + time '23:59'
         from rows r where r.n <= $2`,
      [nip, count],
    );
    await client.query('analyze activity_entry');
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n
         from activity_entry a
         join employee e on e.agency_id = a.agency_id and e.id = a.employee_id
         join position p on p.agency_id = e.agency_id and p.id = e.position_id
         join employee h on h.agency_id = p.agency_id and h.position_id = p.parent_id
        where h.nip = $1 and a.status = 'SUBMITTED'`,
      [nip],
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

it('prints the supervisor app’s weight and Lighthouse scores', { timeout: 600_000 }, async () => {
  const dist = path.join(repoRoot, 'apps/supervisor-web/dist/assets');
  const files = (await readdir(dist)).filter((f) => f.endsWith('.js'));
  let whole = 0;
  for (const f of files) whole += gzipSync(await readFile(path.join(dist, f)), { level: 9 }).length;

  const url = `${baseUrl}/supervisor/`;
  const signInPage = await pageScripts(browser, DESKTOP, url);
  const queuePage = await pageScripts(browser, DESKTOP, url, (page) =>
    signIn(page, baseUrl, 'supervisor', DEMO.sectionHead),
  );
  console.log('\nsupervisor app (apps/supervisor-web), JS gzipped:');
  console.log(`  first page, sign-in:   ${kb(signInPage.gzip)} in ${signInPage.files} files`);
  console.log(`  first page, queue:     ${kb(queuePage.gzip)} in ${queuePage.files} files`);
  console.log(`  whole app:             ${kb(whole)} in ${files.length} files`);

  const cookie = await sessionCookie(baseUrl, DEMO.sectionHead);
  const pages: [string, string, string | null][] = [
    ['sign-in', `${baseUrl}/supervisor/login`, null],
    ['queue', `${baseUrl}/supervisor/`, cookie],
  ];
  console.log('Lighthouse 12, desktop:');
  for (const [name, pageUrl, withCookie] of pages) {
    console.log(auditLine(name, await audit(pageUrl, withCookie, desktopConfig)));
  }
});

it('prints how the queue behaves with 5,000 entries waiting', { timeout: 600_000 }, async () => {
  const waiting = await fillQueue(DEMO.sectionHead, QUEUE_SIZE);
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  try {
    await signIn(page, baseUrl, 'supervisor', DEMO.sectionHead);
    let t0 = performance.now();
    await page.goto(`${baseUrl}/supervisor/`);
    await page.getByTestId('queue-entry').first().waitFor();
    const firstRows = ms(t0);
    const inDom = await page.getByTestId('queue-entry').count();

    t0 = performance.now();
    await page.getByTestId('select-all').click();
    await page.getByTestId('bulk-bar').waitFor();
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('[data-testid="selected-count"]')?.textContent ?? ''),
    );
    const selectAll = ms(t0);
    const selected = (await page.getByTestId('selected-count').innerText()).trim();

    t0 = performance.now();
    const before = await page.getByTestId('queue-entry').last().innerText();
    await page.getByTestId('queue-list').evaluate((el) => {
      const scroller = el.scrollHeight > el.clientHeight ? el : document.scrollingElement!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('[data-testid="queue-entry"]')].at(-1)?.textContent !== text,
      before,
    );
    const scrolled = ms(t0);

    t0 = performance.now();
    await page.getByTestId('bulk-approve').click();
    await page.getByTestId('queue-empty').waitFor({ timeout: 120_000 });
    const approved = ms(t0);

    console.log(
      `\nsupervisor app, verification queue of the demo section head (${waiting} waiting):`,
    );
    console.log(`  first rows shown:        ${firstRows} (rows in the DOM: ${inDom})`);
    console.log(`  select all by filter:    ${selectAll} (${selected})`);
    console.log(`  scroll to the end:       ${scrolled} (new rows shown)`);
    console.log(`  approve them all:        ${approved} (until the queue shows empty)`);
  } finally {
    await context.close();
  }
});
