/**
 * The agency admin's policy, calendar and month pages on a desktop, against the real API:
 * - closes August 2026 (an old month no other test uses), sees it closed and its report cards
 *   frozen (the API serves them from the snapshot), then re-opens it with a reason, so the shared
 *   demo data is as before;
 * - reads the policy versions, adds a planned version effective in the future (reviewing the
 *   difference first), checks the API stored it, then removes it again;
 * - adds and deletes a holiday in a future year nobody uses; reads the work patterns and the
 *   office locations (a coordinate out of range is refused beside its field, nothing is sent).
 * Every page: axe with no serious or critical violations, and a screenshot. Whatever a test
 * changes is restored in afterAll even when it fails half-way.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { checkPage, DEMO, DESKTOP, signIn } from '../support/pages.js';
import { todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
const MONTH = '2026-08';
const REOPEN_REASON = 'Uji otomatis: data Agustus dikembalikan seperti semula';
/** A future year no other test touches. */
const HOLIDAY_YEAR = 2031;
const HOLIDAY_DATE = `${HOLIDAY_YEAR}-03-05`;
const HOLIDAY_NAME = 'Hari Uji Kinerja';

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The API as the agency admin (a bearer session of its own). */
let gql: Gql;
let adminId: string;
/** The effective date of the planned policy version this file adds (and removes). */
let plannedDate: string | null = null;

const today = todayIn();

interface PeriodFacts {
  month: string;
  status: string;
  closed: boolean;
  closedReason: string | null;
  reopenReason: string | null;
  closedBy: { id: string } | null;
  reopenedBy: { id: string } | null;
}

async function periodOf(month: string): Promise<PeriodFacts> {
  const { periods } = await gql<{ periods: PeriodFacts[] }>(
    `query($year: Int!) { periods(year: $year) {
      month status closed closedReason reopenReason closedBy { id } reopenedBy { id } } }`,
    { year: Number(month.slice(0, 4)) },
  );
  return periods.find((p) => p.month === month)!;
}

async function reportFrozen(month: string): Promise<boolean> {
  const { monthlyReport } = await gql<{ monthlyReport: { frozen: boolean } }>(
    `query($id: ID!, $period: String!) { monthlyReport(employeeId: $id, period: $period) { frozen } }`,
    { id: adminId, period: month },
  );
  return monthlyReport.frozen;
}

interface Version {
  id: string;
  effectiveFrom: string;
  inForce: boolean;
  deductions: { code: string; percent: number }[];
}
async function versions(): Promise<Version[]> {
  const { performancePolicies } = await gql<{ performancePolicies: Version[] }>(
    `{ performancePolicies { id effectiveFrom inForce deductions { code percent } } }`,
  );
  return performancePolicies;
}

async function holidaysOf(year: number): Promise<{ date: string; name: string }[]> {
  const { holidays } = await gql<{ holidays: { date: string; name: string }[] }>(
    `query($year: Int!) { holidays(year: $year) { date name } }`,
    { year },
  );
  return holidays;
}

async function openFromNav(label: RegExp): Promise<void> {
  await page.getByTestId('side-nav').getByRole('link', { name: label }).click();
}

beforeAll(async () => {
  gql = await apiAs(baseUrl, DEMO.agencyAdmin);
  adminId = (await gql<{ me: { id: string } }>('{ me { id } }')).me.id;
  browser = await launchBrowser();
  context = await browser.newContext(DESKTOP);
  page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', DEMO.agencyAdmin);
});

afterAll(async () => {
  // Put back whatever a failed test left changed.
  if (gql) {
    if ((await periodOf(MONTH)).closed)
      await gql(
        `mutation($p: String!, $r: String!) { reopenPeriod(period: $p, reason: $r) { month } }`,
        {
          p: MONTH,
          r: REOPEN_REASON,
        },
      );
    const planned = (await versions()).find((v) => v.effectiveFrom === plannedDate);
    if (planned)
      await gql(`mutation($id: ID!) { removePerformancePolicy(id: $id) }`, { id: planned.id });
    if ((await holidaysOf(HOLIDAY_YEAR)).some((h) => h.date === HOLIDAY_DATE))
      await gql(`mutation($d: LocalDate!) { deleteHoliday(date: $d) }`, { d: HOLIDAY_DATE });
  }
  await context?.close();
  await browser?.close();
});

describe('month closing', () => {
  it('closes August 2026, sees it closed and its report cards frozen', async () => {
    const before = await periodOf(MONTH);
    expect(before.closed).toBe(false);
    expect(before.status).toBe('CLOSABLE');
    expect(await reportFrozen(MONTH)).toBe(false);

    await openFromNav(/^Penutupan bulan$/);
    const row = page.getByTestId(`period-${MONTH}`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('CLOSABLE');
    await checkPage(page, 'supervisor-admin-periods');

    await page.getByTestId(`period-close-${MONTH}`).click();
    const dialog = page.getByTestId('period-dialog');
    await dialog.waitFor();
    // After the closing date: no force asked, the reason is optional.
    expect(await page.getByTestId('period-force').count()).toBe(0);
    await page.getByTestId('period-reason').fill('Rekap TPP Agustus untuk pembayaran');
    await checkPage(page, 'supervisor-admin-periods-close-dialog');
    await page.getByTestId('period-dialog-confirm').click();

    await page.getByTestId('periods-done').waitFor();
    await expect.poll(() => row.getAttribute('data-status')).toBe('CLOSED');
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Rekap TPP Agustus');

    const after = await periodOf(MONTH);
    expect(after).toMatchObject({
      closed: true,
      status: 'CLOSED',
      closedReason: 'Rekap TPP Agustus untuk pembayaran',
      closedBy: { id: adminId },
    });
    // The report cards of the month are now read from the snapshot taken at closing.
    expect(await reportFrozen(MONTH)).toBe(true);
    await checkPage(page, 'supervisor-admin-periods-closed');
  });

  it('re-opens it only with a reason, and its report cards are live again', async () => {
    const row = page.getByTestId(`period-${MONTH}`);
    await page.getByTestId(`period-reopen-${MONTH}`).click();
    await page.getByTestId('period-dialog').waitFor();
    await page.getByTestId('period-dialog-confirm').click();
    await page.getByTestId('period-problem').waitFor();
    expect(await page.getByTestId('period-reason').getAttribute('aria-invalid')).toBe('true');
    expect((await periodOf(MONTH)).closed).toBe(true);

    await page.getByTestId('period-reason').fill(REOPEN_REASON);
    await page.getByTestId('period-dialog-confirm').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('CLOSABLE');
    await expect.poll(async () => (await row.textContent()) ?? '').toContain(REOPEN_REASON);

    expect(await periodOf(MONTH)).toMatchObject({
      closed: false,
      status: 'CLOSABLE',
      reopenReason: REOPEN_REASON,
      reopenedBy: { id: adminId },
    });
    expect(await reportFrozen(MONTH)).toBe(false);
    await checkPage(page, 'supervisor-admin-periods-reopened');
  });
});

describe('performance policy', () => {
  it('shows the versions with the one in force', async () => {
    const list = await versions();
    const inForce = list.filter((v) => v.inForce)[0]!;
    await openFromNav(/^Kebijakan kinerja$/);
    const item = page.getByTestId(`policy-version-${inForce.effectiveFrom}`);
    await item.waitFor();
    expect(await item.getAttribute('data-status')).toBe('IN_FORCE');
    await page.getByTestId('policy-details').waitFor();
    expect(await page.getByTestId('policy-value-dailyMinimumMinutes').textContent()).toMatch(
      /\d+ menit/,
    );
    const tk = inForce.deductions.find((d) => d.code === 'TK')!;
    expect(await page.getByTestId('policy-deductions').textContent()).toContain(
      `${String(tk.percent).replace('.', ',')}%`,
    );
    await checkPage(page, 'supervisor-admin-policy');
  });

  it('adds a planned version after reviewing its difference, then removes it', async () => {
    const list = await versions();
    const latest = list.map((v) => v.effectiveFrom).reduce((a, b) => (a > b ? a : b), today);
    // Well in the future, after every version: the first of January two years after the latest.
    plannedDate = `${Number(latest.slice(0, 4)) + 2}-01-01`;
    const tk = list.filter((v) => v.inForce)[0]!.deductions.find((d) => d.code === 'TK')!;
    const newTk = tk.percent === 4 ? 4.5 : 4;

    await page.getByTestId('policy-new').click();
    await page.getByTestId('policy-form').waitFor();
    await page.getByTestId('policy-effectiveFrom').fill(plannedDate);
    await page.locator('#policy-deductions-TK').fill(String(newTk).replace('.', ','));
    await checkPage(page, 'supervisor-admin-policy-form');
    await page.getByTestId('policy-review').click();

    const diffRow = page.getByTestId('policy-diff-deductions.TK');
    await diffRow.waitFor();
    expect(await page.getByTestId('policy-diff').locator('tbody tr').count()).toBe(1);
    await checkPage(page, 'supervisor-admin-policy-diff');
    await page.getByTestId('policy-save').click();

    const item = page.getByTestId(`policy-version-${plannedDate}`);
    await item.waitFor();
    expect(await item.getAttribute('data-status')).toBe('PLANNED');
    await page.getByTestId('policy-notice').waitFor();
    const stored = (await versions()).find((v) => v.effectiveFrom === plannedDate)!;
    expect(stored.inForce).toBe(false);
    expect(stored.deductions.find((d) => d.code === 'TK')!.percent).toBe(newTk);
    await checkPage(page, 'supervisor-admin-policy-planned');

    await page.getByTestId('policy-remove').click();
    await page.getByTestId('policy-remove-dialog').waitFor();
    await page.getByTestId('policy-remove-dialog-confirm').click();
    await expect.poll(() => item.count()).toBe(0);
    expect((await versions()).some((v) => v.effectiveFrom === plannedDate)).toBe(false);
  });
});

describe('work calendar and office locations', () => {
  it('adds and deletes a holiday in a future year', async () => {
    expect((await holidaysOf(HOLIDAY_YEAR)).some((h) => h.date === HOLIDAY_DATE)).toBe(false);
    await openFromNav(/^Kalender kerja$/);
    await page.getByTestId('holidays').waitFor();
    await page.goto(`${baseUrl}/supervisor/admin/calendar?year=${HOLIDAY_YEAR}`);
    await page.getByTestId('holiday-form').waitFor();
    expect(await page.getByTestId('calendar-year').textContent()).toBe(String(HOLIDAY_YEAR));
    // The month view of a unit (the agency, chosen at once) shows the server's working days.
    await page.getByTestId('working-summary').waitFor();

    await page.getByTestId('holiday-date').fill(HOLIDAY_DATE);
    await page.getByTestId('holiday-name').fill(HOLIDAY_NAME);
    await page.getByTestId('holiday-add').click();
    const row = page.getByTestId(`holiday-${HOLIDAY_DATE}`);
    await row.waitFor();
    expect(await row.textContent()).toContain(HOLIDAY_NAME);
    expect(await holidaysOf(HOLIDAY_YEAR)).toContainEqual({
      date: HOLIDAY_DATE,
      name: HOLIDAY_NAME,
    });

    // The same date again is refused beside the date.
    await page.getByTestId('holiday-date').fill(HOLIDAY_DATE);
    await page.getByTestId('holiday-name').fill(HOLIDAY_NAME);
    await page.getByTestId('holiday-add').click();
    await page.getByTestId('holiday-problem').waitFor();
    expect(await page.getByTestId('holiday-date').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'supervisor-admin-calendar');

    await page.getByTestId(`holiday-delete-${HOLIDAY_DATE}`).click();
    await page.getByTestId('holiday-delete-dialog').waitFor();
    await page.getByTestId('holiday-delete-dialog-confirm').click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await holidaysOf(HOLIDAY_YEAR)).some((h) => h.date === HOLIDAY_DATE)).toBe(false);
  });

  it('shows the work patterns and the units that use each', async () => {
    const { workPatterns } = await gql<{
      workPatterns: { code: string; units: { name: string }[] }[];
    }>(`{ workPatterns { code units { name } } }`);
    await openFromNav(/^Pola hari kerja$/);
    for (const p of workPatterns) await page.getByTestId(`pattern-${p.code}`).waitFor();
    const withUnits = workPatterns.find((p) => p.units.length)!;
    const units = page.getByTestId(`pattern-units-${withUnits.code}`);
    for (const u of withUnits.units) expect(await units.textContent()).toContain(u.name);
    await checkPage(page, 'supervisor-admin-calendar-patterns');
  });

  it('shows the office locations with their points, radii and units', async () => {
    const { officeLocations } = await gql<{
      officeLocations: {
        id: string;
        name: string;
        radiusMetres: number;
        units: { name: string }[];
      }[];
    }>(`{ officeLocations { id name radiusMetres units { name } } }`);
    await openFromNav(/^Lokasi kantor$/);
    await page.getByTestId('offices-table').waitFor();
    expect(await page.getByTestId('offices-table').locator('tbody tr').count()).toBe(
      officeLocations.length,
    );
    const first = officeLocations[0]!;
    const row = page.getByTestId(`office-row-${first.id}`);
    expect(await row.textContent()).toContain(first.name);
    expect(await row.textContent()).toContain(`${first.radiusMetres} m`);
    for (const u of first.units) expect(await row.textContent()).toContain(u.name);
    await page.getByTestId('office-sketch').waitFor();
    await checkPage(page, 'supervisor-admin-calendar-offices');

    // A latitude out of range is refused beside its field before anything is sent.
    await page.getByTestId('office-new').click();
    await page.getByTestId('office-name').fill('Kantor Uji');
    await page.getByTestId('office-latitude').fill('-96.5');
    await page.getByTestId('office-longitude').fill('107.6');
    await page.getByTestId('office-save').click();
    await page
      .getByTestId('office-latitude-problem')
      .getByText(/Lintang/)
      .waitFor();
    expect(await page.getByTestId('office-latitude').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'supervisor-admin-calendar-office-form');
    const { officeLocations: still } = await gql<{ officeLocations: unknown[] }>(
      `{ officeLocations { id } }`,
    );
    expect(still).toHaveLength(officeLocations.length);
  });
});
