/**
 * The shift roster of a demo puskesmas, against the real API. Its head (Kepala Puskesmas Contoh
 * Barat) opens the roster from the side navigation on a desktop, sees the grid the API holds,
 * sets two cells of next month from the keyboard (a shift code and L), is asked before leaving
 * with them unsaved, saves them in one call (checked with the API's roster query), copies that
 * week onto the next behind a confirmation, imports a CSV whose bad row is refused (nothing
 * saved), then a good one; creates a night shift pattern (shown as ending the next day) and
 * deletes it again; at 1024 px the roster shows one week at a time. The rostered night nurse
 * then sees today's shift on a phone and her month on "Jadwal saya", as myRoster says. axe and
 * screenshots on every page.
 *
 * The server runs on the real date: the edited dates are in next month (the demo roster covers
 * the seed's months only), computed from today in Jakarta; every cell changed is put back as it
 * was before the test, and the shift pattern created is deleted.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { addDays, addMonths, lastDay, todayIn } from '../support/dates.js';
import {
  type Browser,
  type BrowserContext,
  checkPage,
  DESKTOP,
  type Page,
  PHONE,
  signIn,
} from '../support/pages.js';

/** The demo city's roster users (apps/api/src/db/seed/demo-city.data.ts, DEMO_ROSTER_USERS). */
const HEAD = '198607242015081544';
const NIGHT_NURSE = '199801022024082620';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let head: Gql;

const today = todayIn();
const thisMonth = today.slice(0, 7);
const nextMonth = addMonths(thisMonth, 1);
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
/** The second Monday of next month: it and the week after lie inside the month. */
const firstMonday = (() => {
  let d = `${nextMonth}-01`;
  while (isoWeekday(d) !== 1) d = addDays(d, 1);
  return d;
})();
const monday = addDays(firstMonday, 7);

interface Cell {
  employeeId: string;
  date: string;
  dayOff: boolean;
  shift: { id: string; code: string } | null;
}
interface RosterData {
  unit: { id: string; name: string };
  patterns: { id: string; code: string }[];
  rows: {
    employee: { id: string; nip: string; name: string };
    workingDays: number;
    cells: Cell[];
  }[];
}

async function rosterOf(unitId: string, from: string, to: string): Promise<RosterData> {
  const { roster } = await head<{ roster: RosterData }>(
    `query($u: ID!, $f: LocalDate!, $t: LocalDate!) {
      roster(unitId: $u, from: $f, to: $t) {
        unit { id name }
        patterns { id code }
        rows { employee { id nip name } workingDays cells { employeeId date dayOff shift { id code } } }
      }
    }`,
    { u: unitId, f: from, t: to },
  );
  return roster;
}

const cellsOf = (r: RosterData) =>
  new Map(r.rows.flatMap((row) => row.cells).map((c) => [`${c.employeeId}|${c.date}`, c]));
const codeOf = (c: Cell | undefined) => (c ? (c.shift?.code ?? (c.dayOff ? 'L' : '')) : '');

let unit: { id: string; name: string };
/** Next month's roster before the test, to put back. */
let before: Map<string, Cell>;
let person: { id: string; nip: string; name: string };

beforeAll(async () => {
  head = await apiAs(baseUrl, HEAD);
  const { rosterUnits } = await head<{ rosterUnits: { id: string; name: string }[] }>(
    '{ rosterUnits { id name } }',
  );
  expect(rosterUnits.length).toBeGreaterThan(0);
  unit = rosterUnits[0]!;
  before = cellsOf(await rosterOf(unit.id, `${nextMonth}-01`, lastDay(nextMonth)));
  browser = await launchBrowser();
  context = await browser.newContext(DESKTOP);
  page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', HEAD);
});

/** Puts next month back as it was (each differing cell to its old value, or cleared); how many it set. */
async function restoreNextMonth(): Promise<number> {
  const now = cellsOf(await rosterOf(unit.id, `${nextMonth}-01`, lastDay(nextMonth)));
  const keys = new Set([...now.keys(), ...before.keys()]);
  const cells = [...keys]
    .filter((k) => codeOf(now.get(k)) !== codeOf(before.get(k)))
    .map((k) => {
      const [employeeId, date] = k.split('|') as [string, string];
      const old = before.get(k);
      return { employeeId, date, shiftId: old?.shift?.id ?? null, dayOff: old?.dayOff ?? false };
    });
  if (cells.length)
    await head(
      'mutation($u: ID!, $c: [RosterCellInput!]!) { setRosterCells(unitId: $u, cells: $c) { saved cleared } }',
      { u: unit.id, c: cells },
    );
  return cells.length;
}

afterAll(async () => {
  // Also when a test failed half-way.
  if (unit && before) await restoreNextMonth();
  await context?.close();
  await browser?.close();
});

const cell = (employeeId: string, date: string) =>
  page.getByTestId(`roster-cell-${employeeId}-${date}`);

describe('the head of a puskesmas edits its roster', () => {
  it('opens this month’s roster as the API holds it', async () => {
    await page.getByTestId('side-nav').getByRole('link', { name: 'Jadwal shift' }).click();
    await page.getByTestId('roster-grid').waitFor();
    const truth = await rosterOf(unit.id, `${thisMonth}-01`, lastDay(thisMonth));
    expect(truth.rows.length).toBeGreaterThan(1);
    expect(await page.locator('[data-testid^="roster-row-"]').count()).toBe(truth.rows.length);
    for (const row of truth.rows.slice(0, 3)) {
      expect(
        await page
          .getByTestId(`roster-summary-${row.employee.id}`)
          .getAttribute('data-working-days'),
      ).toBe(String(row.workingDays));
      const first = row.cells[0];
      if (first)
        expect(await cell(row.employee.id, first.date).getAttribute('data-value')).toBe(
          codeOf(first),
        );
    }
    await expect
      .poll(() => page.getByTestId('roster-legend').innerText())
      .toContain('Malam 21:00–07:00 (berakhir besok)');
    await checkPage(page, 'supervisor-roster-month');
  });

  it('sets two cells of next month from the keyboard, asks before leaving them, and saves them in one call', async () => {
    await page.getByTestId('month-picker').selectOption(nextMonth);
    await page.waitForURL(new RegExp(`month=${nextMonth}`));
    const truth = await rosterOf(unit.id, `${nextMonth}-01`, lastDay(nextMonth));
    person = truth.rows[0]!.employee;
    const target = cell(person.id, monday);
    await target.waitFor();
    await target.click();
    await page.keyboard.press('s');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('l');
    await expect.poll(() => target.getAttribute('data-value')).toBe('S');
    expect(await target.getAttribute('data-changed')).toBe('true');
    expect(await cell(person.id, addDays(monday, 1)).getAttribute('data-value')).toBe('L');
    expect(await page.getByTestId('roster-pending').getAttribute('data-count')).toBe('2');
    await checkPage(page, 'supervisor-roster-editing');

    // Leaving with unsaved changes asks; staying keeps them.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.message());
        void d.dismiss();
      }),
    );
    await page.getByTestId('roster-shifts-link').click();
    expect(await asked).toContain('belum disimpan');
    expect(page.url()).toContain('/roster?');
    expect(await page.getByTestId('roster-pending').getAttribute('data-count')).toBe('2');

    const saves: string[] = [];
    const onRequest = (r: { postData(): string | null }) => {
      if (r.postData()?.includes('setRosterCells')) saves.push(r.postData()!);
    };
    page.on('request', onRequest);
    await page.getByTestId('roster-save').click();
    await expect
      .poll(() => page.getByTestId('roster-notice').innerText())
      .toContain('Jadwal disimpan');
    expect(await target.getAttribute('data-changed')).toBeNull();
    page.off('request', onRequest);
    // Both cells went in one setRosterCells call.
    expect(saves).toHaveLength(1);
    expect(JSON.parse(saves[0]!).variables.cells).toHaveLength(2);
    const saved = cellsOf(await rosterOf(unit.id, monday, addDays(monday, 1)));
    expect(codeOf(saved.get(`${person.id}|${monday}`))).toBe('S');
    expect(codeOf(saved.get(`${person.id}|${addDays(monday, 1)}`))).toBe('L');
  });

  it('copies the week onto the next one after confirming', async () => {
    await page.getByTestId('roster-copy-week').selectOption(monday);
    await page.getByTestId('roster-copy-submit').click();
    const dialog = page.getByTestId('roster-copy-dialog');
    await dialog.waitFor();
    await checkPage(page, 'supervisor-roster-copy-dialog');
    await page.getByTestId('roster-copy-dialog-confirm').click();
    await expect
      .poll(() => page.getByTestId('roster-notice').innerText())
      .toContain('Minggu disalin');
    const next = addDays(monday, 7);
    await expect.poll(() => cell(person.id, next).getAttribute('data-value')).toBe('S');
    expect(await cell(person.id, addDays(next, 1)).getAttribute('data-value')).toBe('L');
    const copied = cellsOf(await rosterOf(unit.id, next, addDays(next, 6)));
    expect(codeOf(copied.get(`${person.id}|${next}`))).toBe('S');
    expect(codeOf(copied.get(`${person.id}|${addDays(next, 1)}`))).toBe('L');
  });

  it('imports a CSV: a bad row is refused and nothing saved, then a good file is saved', async () => {
    const date = addDays(monday, 2);
    const upload = (name: string, text: string) =>
      page.getByTestId('roster-import-file').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(text, 'utf8'),
      });
    await upload(
      'jadwal-salah.csv',
      `nip,date,shift\r\n${person.nip},${date},P\r\n${person.nip},${addDays(date, 1)},ZZ\r\n`,
    );
    await page.getByTestId('roster-import-submit').click();
    const refused = page.getByTestId('roster-import-rejected');
    await refused.waitFor();
    const rows = page.getByTestId('roster-import-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('ZZ');
    expect(codeOf(cellsOf(await rosterOf(unit.id, date, date)).get(`${person.id}|${date}`))).toBe(
      '',
    );
    await checkPage(page, 'supervisor-roster-import-refused');

    await upload('jadwal.csv', `nip,date,shift\r\n${person.nip},${date},P\r\n`);
    await page.getByTestId('roster-import-submit').click();
    await page.getByTestId('roster-import-ok').waitFor();
    await expect.poll(() => cell(person.id, date).getAttribute('data-value')).toBe('P');
    expect(codeOf(cellsOf(await rosterOf(unit.id, date, date)).get(`${person.id}|${date}`))).toBe(
      'P',
    );
  });

  it('creates a night shift pattern, shown as ending the next day, and deletes it', async () => {
    await page.getByTestId('roster-shifts-link').click();
    await page.getByTestId('shifts-table').waitFor();
    await page.getByTestId('shift-create').click();
    await page.getByTestId('shift-code').fill('u9');
    await page.getByTestId('shift-name').fill('Malam uji');
    await page.getByTestId('shift-start').fill('22:00');
    await page.getByTestId('shift-end').fill('06:00');
    expect(await page.getByTestId('shift-length').innerText()).toContain('berakhir keesokan hari');
    await page.getByTestId('shift-save').click();
    const row = page.getByTestId('shift-row-U9');
    await row.waitFor();
    expect(await row.innerText()).toContain('22:00–06:00');
    expect(await row.getByTestId('shift-next-day').innerText()).toContain('berakhir besok');
    const { shiftPatterns } = await head<{
      shiftPatterns: { code: string; crossesMidnight: boolean; minutes: number }[];
    }>('query($u: ID!) { shiftPatterns(unitId: $u) { code crossesMidnight minutes } }', {
      u: unit.id,
    });
    expect(shiftPatterns.find((s) => s.code === 'U9')).toEqual({
      code: 'U9',
      crossesMidnight: true,
      minutes: 480,
    });
    await checkPage(page, 'supervisor-roster-shifts');

    await page.getByTestId('shift-delete-U9').click();
    await page.getByTestId('shift-delete-dialog-confirm').click();
    await row.waitFor({ state: 'detached' });
    const after = await head<{ shiftPatterns: { code: string }[] }>(
      'query($u: ID!) { shiftPatterns(unitId: $u) { code } }',
      { u: unit.id },
    );
    expect(after.shiftPatterns.map((s) => s.code)).not.toContain('U9');
  });
});

describe('the roster at 1024 px, one week at a time', () => {
  it('shows the week of today, and the next one', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${baseUrl}/supervisor/roster`);
    await page.getByTestId('roster-grid').waitFor();
    await page.getByTestId('roster-view-week').click();
    const heads = page.locator('[data-testid="roster-grid"] thead th[data-date]');
    const thisMonday = addDays(today, 1 - isoWeekday(today));
    await expect.poll(() => heads.first().getAttribute('data-date')).toBe(thisMonday);
    expect(await heads.count()).toBe(7);
    // The page itself never scrolls sideways: only the grid's region would.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await checkPage(page, 'supervisor-roster-week');
    await page.getByTestId('roster-week-next').click();
    await expect.poll(() => heads.first().getAttribute('data-date')).toBe(addDays(thisMonday, 7));
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

describe('restoring the demo roster', () => {
  it('puts next month back as it was before the test', async () => {
    expect(await restoreNextMonth()).toBeGreaterThan(0);
    expect(await restoreNextMonth()).toBe(0);
  });
});

describe('the rostered night nurse on a phone', () => {
  let phone: BrowserContext;
  afterAll(async () => phone?.close());

  it('sees today’s shift and her month’s roster as myRoster says', async () => {
    const nurse = await apiAs(baseUrl, NIGHT_NURSE);
    const { myRoster } = await nurse<{ myRoster: Cell[] }>(
      'query($f: LocalDate!, $t: LocalDate!) { myRoster(from: $f, to: $t) { employeeId date dayOff shift { id code } } }',
      { f: `${thisMonth}-01`, t: lastDay(thisMonth) },
    );
    expect(myRoster.filter((c) => c.shift?.code === 'M').length).toBeGreaterThan(0);
    const todays = myRoster.find((c) => c.date === today);

    phone = await browser.newContext(PHONE);
    const p = await phone.newPage();
    await signIn(p, baseUrl, 'employee', NIGHT_NURSE);
    const shown = p.getByTestId('today-shift');
    await shown.waitFor();
    const text = await p.getByTestId('today-shift-text').innerText();
    if (todays?.shift?.code === 'M') expect(text).toBe('Shift Malam 21:00–07:00 (berakhir besok)');
    else if (todays?.dayOff) expect(text).toBe('Libur sesuai jadwal shift');
    expect(await shown.getAttribute('data-code')).toBe(codeOf(todays));
    await checkPage(p, 'employee-roster-today');

    await p.getByTestId('today-shift-link').click();
    await p.getByTestId('my-roster-list').waitFor();
    const working = myRoster.filter((c) => c.shift).length;
    expect(await p.getByTestId('my-roster-working-days').innerText()).toBe(String(working));
    expect(
      await p
        .locator(`[data-testid="my-roster-day"][data-date="${today}"]`)
        .getAttribute('data-code'),
    ).toBe(codeOf(todays));
    await checkPage(p, 'employee-roster-month');
  });
});
