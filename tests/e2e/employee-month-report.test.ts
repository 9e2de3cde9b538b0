/**
 * The demo staff member's month on a phone: last month's calendar coloured and a day opened, a
 * leave request sent and shown pending with the balance, and last month's report card checked
 * against the API (TPP total, predikat), then read in English. Every page passes axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  DEMO,
  PHONE,
  newContext,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/pages.js';
import { addDays, addMonths, todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
const NIP = DEMO.staff;
let browser: Browser;

/** The API as the staff member (a bearer session of their own). */
let gql: Gql;

/** Today in the agency's zone and the month before it, computed (the server runs on the real date). */
let today: string;
let previousMonth: string;

beforeAll(async () => {
  browser = await launchBrowser();
  gql = await apiAs(baseUrl, NIP);
  const { agency } = await gql<{ agency: { timeZone: string } }>('{ agency { timeZone } }');
  today = todayIn(agency.timeZone);
  previousMonth = addMonths(today.slice(0, 7), -1);
});
afterAll(() => browser?.close());

async function signedIn(): Promise<Page> {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await signIn(page, baseUrl, 'employee', NIP);
  return page;
}

/** Every page is read at 360 px: axe finds nothing serious and nothing is wider than the screen. */
async function checkPage(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

/** The bottom navigation's item for a page (its label in Indonesian). */
const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: label });

describe('employee month, leave and report card (phone)', () => {
  it("shows last month's calendar coloured and opens a day", async () => {
    const page = await signedIn();
    try {
      await nav(page, 'Bulan').click();
      await page.getByTestId('month-calendar').waitFor();
      await page.getByTestId('month-previous').click();
      await page.locator(`[data-testid="month-calendar"][data-month="${previousMonth}"]`).waitFor();

      const days = page.locator('[data-testid="month-calendar"] [data-tone]');
      await expect.poll(() => days.count()).toBeGreaterThanOrEqual(28);
      const tones = await days.evaluateAll((cells) =>
        cells.map((c) => (c as HTMLElement).dataset.tone),
      );
      // A past month: every day has a status; working days with approved minutes are coloured.
      expect(tones).not.toContain('future');
      expect(tones).toContain('off');
      expect(tones.filter((t) => t === 'met' || t === 'under').length).toBeGreaterThan(5);

      // The calendar agrees with the API's statuses.
      const { myAttendance } = await gql<{
        myAttendance: { days: { date: string; status: string }[] };
      }>(`{ myAttendance(month: "${previousMonth}") { days { date status } } }`);
      for (const d of myAttendance.days.slice(0, 10))
        expect(await page.getByTestId(`day-${d.date}`).getAttribute('data-status')).toBe(d.status);

      await checkPage(page);
      await screenshot(page, 'employee-month');

      const worked = page.locator('[data-testid="month-calendar"] [data-tone="met"]').first();
      const date = (await worked.getAttribute('data-testid'))!.slice('day-'.length);
      expect(await worked.getAttribute('href')).toBe(`/employee/day/${date}`);
      await worked.click();
      // The day page (Today feature) opens it; until its `day` route exists, the app goes home.
      await page.waitForURL((url) => !url.pathname.startsWith('/employee/month'));
    } finally {
      await page.context().close();
    }
  });

  it('requests a day of annual leave and shows it pending with the balance', async () => {
    // The first weekday at least a week ahead that is no holiday.
    const year = Number(today.slice(0, 4));
    const { holidays, next } = await gql<{
      holidays: { date: string }[];
      next: { date: string }[];
    }>(`{ holidays(year: ${year}) { date } next: holidays(year: ${year + 1}) { date } }`);
    const off = new Set([...holidays, ...next].map((h) => h.date));
    let date = addDays(today, 7);
    while ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) || off.has(date))
      date = addDays(date, 1);

    const page = await signedIn();
    try {
      await nav(page, 'Cuti').click();
      await page.getByTestId('leave-balance').waitFor();
      const before = Number(await page.getByTestId('leave-pending').innerText());
      const remainingBefore = Number(await page.getByTestId('leave-remaining').innerText());
      await checkPage(page);

      await page.getByTestId('leave-new').click();
      await page.getByTestId('leave-form').waitFor();
      // The server's message beside the field: no reason given.
      await page.getByTestId('leave-kind').selectOption('ANNUAL');
      await page.getByTestId('leave-start').fill(date);
      await page.getByTestId('leave-end').fill(date);
      await page.getByTestId('leave-submit').click();
      await expect.poll(() => page.locator('#leave-reason-error').count()).toBe(1);
      expect(await page.getByTestId('leave-reason').getAttribute('aria-invalid')).toBe('true');
      await checkPage(page);
      await screenshot(page, 'employee-leave-form');

      await page.getByTestId('leave-reason').fill('Urusan keluarga');
      await page.getByTestId('leave-submit').click();
      await page.getByTestId('leave-sent').waitFor();

      await page.waitForURL(/[?&]sent=/);
      const id = new URL(page.url()).searchParams.get('sent');
      const card = page.getByTestId(`leave-request-${id}`);
      await card.waitFor();
      expect(await card.getAttribute('data-status')).toBe('PENDING');
      expect(await card.getAttribute('data-kind')).toBe('ANNUAL');
      expect(await card.innerText()).toContain('Menunggu');
      await expect
        .poll(async () => Number(await page.getByTestId('leave-pending').innerText()))
        .toBe(before + 1);
      expect(Number(await page.getByTestId('leave-remaining').innerText())).toBe(
        remainingBefore - 1,
      );
      const { leaveBalance } = await gql<{ leaveBalance: { remaining: number; pending: number } }>(
        `{ leaveBalance(year: ${year}) { remaining pending } }`,
      );
      expect(leaveBalance.pending).toBe(before + 1);
      expect(leaveBalance.remaining).toBe(remainingBefore - 1);

      await checkPage(page);
      await screenshot(page, 'employee-leave');
    } finally {
      await page.context().close();
    }
  });

  it("shows last month's report card as the API computes it, then in English", async () => {
    const { me } = await gql<{ me: { id: string } }>('{ me { id } }');
    const query = `query ($id: ID!, $period: String!) { monthlyReport(employeeId: $id, period: $period) {
      predicate frozen tpp { total } explanation { key text } } }`;
    const truth = (language: 'id' | 'en') =>
      gql<{
        monthlyReport: {
          predicate: string;
          frozen: boolean;
          tpp: { total: number };
          explanation: { key: string; text: string }[];
        };
      }>(query, { id: me.id, period: previousMonth }, language);
    const { monthlyReport: id } = await truth('id');
    const { monthlyReport: en } = await truth('en');

    const page = await signedIn();
    try {
      await nav(page, 'Rapor').click();
      await page.getByTestId('month-switcher').waitFor();
      await page.getByTestId('month-previous').click();
      await page.waitForURL(`**/employee/report/${previousMonth}`);
      const total = page.getByTestId('report-tpp-total');
      await total.waitFor();

      expect(Number(await total.getAttribute('data-value'))).toBe(id.tpp.total);
      const rupiah = `Rp ${new Intl.NumberFormat('id-ID').format(id.tpp.total)}`;
      expect((await total.innerText()).replace(/\s/g, ' ')).toBe(rupiah);
      expect(await page.getByTestId('tpp-total').innerText()).toBe(await total.innerText());
      expect(await page.getByTestId('report-predicate').getAttribute('data-value')).toBe(
        id.predicate,
      );
      expect(await page.getByTestId('report-state').getAttribute('data-frozen')).toBe(
        String(id.frozen),
      );
      const main = id.explanation.find((l) => l.key === 'minutes.main')!;
      expect(await page.locator('[data-key="minutes.main"]').innerText()).toBe(main.text);

      await checkPage(page);
      await screenshot(page, 'employee-report');

      await page.getByTestId('lang-switch').click();
      const english = en.explanation.find((l) => l.key === 'minutes.main')!;
      expect(english.text).not.toBe(main.text);
      await expect
        .poll(() => page.locator('[data-key="minutes.main"]').innerText())
        .toBe(english.text);
      await expect
        .poll(() => page.locator('[data-key="tpp.total"]').innerText())
        .toBe(en.explanation.find((l) => l.key === 'tpp.total')!.text);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Report card');
      await checkPage(page);
      await screenshot(page, 'employee-report-en');
    } finally {
      await page.context().close();
    }
  });
});
