/**
 * The section head's decisions other than activity entries, on a desktop against the real API.
 * Leave: two direct reports (never the demo staff, whose requests other tests use) ask, through
 * the API, for annual leave and a permit weeks ahead; the queue shows them with the working days
 * and the balance the API computes; one is approved by selecting it, the other rejected from the
 * keyboard (r), first without a note (refused beside the note), then with one; the employees' own
 * lists say so. SKP and IKI: a third direct report submits a plan, the head approves it on its
 * page; the employee then sends an IKI report, the head returns it with a note, the employee sends
 * it again and the head approves it with the score the page showed. axe and screenshots on every
 * page.
 *
 * The server runs on the real date: dates are computed from today in Jakarta and the holidays the
 * API lists, never hard-coded.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  type Browser,
  type BrowserContext,
  checkPage,
  DEMO,
  DESKTOP,
  type Page,
  screenshot,
  signIn,
} from '../support/pages.js';
import { addDays, todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let head: Gql;

const today = todayIn();
const year = Number(today.slice(0, 4));

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

interface Person {
  id: string;
  nip: string;
  name: string;
  gql: Gql;
}

/** The section head's direct reports other than the demo staff, with an API session each. */
async function directReports(): Promise<Person[]> {
  const { subordinates } = await head<{
    subordinates: { edges: { node: { id: string; nip: string; name: string } }[] };
  }>('{ subordinates(depth: 1, first: 50) { edges { node { id nip name } } } }');
  const people = subordinates.edges
    .map((e) => e.node)
    .filter((p) => p.nip !== DEMO.staff)
    .sort((a, b) => a.nip.localeCompare(b.nip));
  return Promise.all(people.map(async (p) => ({ ...p, gql: await apiAs(baseUrl, p.nip) })));
}

/** Working weekdays (no holiday) from `from` on. */
async function workdaysFrom(from: string, count: number): Promise<string[]> {
  const years = [Number(from.slice(0, 4)), Number(from.slice(0, 4)) + 1];
  const off = new Set<string>();
  for (const y of years) {
    const { holidays } = await head<{ holidays: { date: string }[] }>(
      `{ holidays(year: ${y}) { date } }`,
    );
    for (const h of holidays) off.add(h.date);
  }
  const days: string[] = [];
  for (let d = from; days.length < count; d = addDays(d, 1))
    if (!isWeekend(d) && !off.has(d)) days.push(d);
  return days;
}

const REQUEST = `mutation($i: LeaveRequestInput!) { requestLeave(input: $i) { id } }`;

/** Files a request, a week later each time the person already has one then. */
async function requestLeave(
  person: Person,
  input: (day: string, next: string) => Record<string, unknown>,
  from: string,
): Promise<{ id: string; day: string }> {
  let start = from;
  for (let attempt = 0; attempt < 6; attempt++) {
    const [day, next] = (await workdaysFrom(start, 2)) as [string, string];
    try {
      const { requestLeave } = await person.gql<{ requestLeave: { id: string } }>(REQUEST, {
        i: input(day, next),
      });
      return { id: requestLeave.id, day };
    } catch (e) {
      if (!String(e).includes('CONFLICT')) throw e;
      start = addDays(day, 7);
    }
  }
  throw new Error(`no free dates for ${person.nip}`);
}

interface QueueNode {
  workingDays: number;
  request: { id: string };
}
async function queued(): Promise<{ total: number; rows: Map<string, QueueNode> }> {
  const { leaveQueue } = await head<{
    leaveQueue: { totalCount: number; edges: { node: QueueNode }[] };
  }>('{ leaveQueue(first: 200) { totalCount edges { node { workingDays request { id } } } } }');
  return {
    total: leaveQueue.totalCount,
    rows: new Map(leaveQueue.edges.map((e) => [e.node.request.id, e.node])),
  };
}

const tabCount = async (kind: 'leave' | 'performance') =>
  Number(await page.getByTestId(`decisions-count-${kind}`).getAttribute('data-count'));

beforeAll(async () => {
  head = await apiAs(baseUrl, DEMO.sectionHead);
  browser = await launchBrowser();
  context = await browser.newContext(DESKTOP);
  page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', DEMO.sectionHead);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('leave and permits waiting for the section head', () => {
  let people: Person[];
  let annual: { id: string; day: string; person: Person };
  let permit: { id: string; day: string; person: Person };

  it('lists the requests grouped by person, with the working days and balance the API computes', async () => {
    people = await directReports();
    expect(people.length).toBeGreaterThanOrEqual(3);
    // Someone with annual leave left asks for two days, another for a permit to arrive late.
    const balances = await Promise.all(
      people.map((p) =>
        p.gql<{ leaveBalance: { remaining: number } }>(
          `{ leaveBalance(year: ${year + 1}) { remaining } }`,
        ),
      ),
    );
    const withLeave = people[balances.findIndex((b) => b.leaveBalance.remaining >= 2)]!;
    const other = people.find((p) => p !== withLeave)!;
    // Early next year: far from today's data and this month's targets that other tests use.
    const from = `${year + 1}-02-01`;
    annual = {
      ...(await requestLeave(
        withLeave,
        (day, next) => ({
          kind: 'ANNUAL',
          startDate: day,
          endDate: next,
          reason: 'Urusan keluarga',
        }),
        from,
      )),
      person: withLeave,
    };
    permit = {
      ...(await requestLeave(
        other,
        (day) => ({
          kind: 'PERMIT_LATE',
          startDate: day,
          endDate: day,
          time: '09:00',
          reason: 'Mengantar anak ke puskesmas',
        }),
        from,
      )),
      person: other,
    };

    await page.getByTestId('side-nav').getByRole('link', { name: 'Cuti & izin' }).click();
    const annualRow = page.getByTestId(`leave-row-${annual.id}`);
    const permitRow = page.getByTestId(`leave-row-${permit.id}`);
    await annualRow.waitFor();
    await permitRow.waitFor();

    const truth = await queued();
    await expect.poll(() => tabCount('leave')).toBe(truth.total);
    expect(Number(await page.getByTestId('leave-total').getAttribute('data-total'))).toBe(
      truth.total,
    );
    // Grouped by person: each request under its person's heading.
    await page
      .getByTestId(`leave-group-${withLeave.id}`)
      .getByTestId(`leave-row-${annual.id}`)
      .waitFor();
    await page
      .getByTestId(`leave-group-${other.id}`)
      .getByTestId(`leave-row-${permit.id}`)
      .waitFor();
    expect(await annualRow.getByTestId('leave-row-duration').innerText()).toBe(
      `${truth.rows.get(annual.id)!.workingDays} hari kerja`,
    );
    expect(truth.rows.get(annual.id)!.workingDays).toBe(2);
    expect(await permitRow.getByTestId('leave-row-duration').innerText()).toMatch(
      /^Pukul .*09:00$/,
    );
    const { leaveBalance } = await head<{ leaveBalance: { remaining: number } }>(
      `query($e: ID!) { leaveBalance(employeeId: $e, year: ${year + 1}) { remaining } }`,
      { e: withLeave.id },
    );
    await expect
      .poll(() => annualRow.getByTestId('leave-balance-remaining').innerText())
      .toBe(`Sisa ${leaveBalance.remaining} hari`);
    await checkPage(page, 'supervisor-decisions-leave');
  });

  it('approves the selected request; it leaves the list and the count follows', async () => {
    const before = await tabCount('leave');
    await page.getByTestId(`leave-row-${annual.id}`).getByTestId('leave-row-select').check();
    expect(await page.getByTestId('decision-count').innerText()).toBe('1 permohonan dipilih');
    await page.getByTestId('decision-approve').click();
    await expect
      .poll(() => page.getByTestId('decision-outcome').innerText())
      .toContain('1 permohonan disetujui.');
    await page.getByTestId(`leave-row-${annual.id}`).waitFor({ state: 'detached' });
    await expect.poll(() => tabCount('leave')).toBe(before - 1);
    expect((await queued()).total).toBe(before - 1);

    // What the employee sees: approved, by the section head.
    const { myLeaveRequests } = await annual.person.gql<{
      myLeaveRequests: { id: string; status: string; decidedBy: { nip: string } | null }[];
    }>(`{ myLeaveRequests(year: ${year + 1}) { id status decidedBy { nip } } }`);
    expect(myLeaveRequests.find((r) => r.id === annual.id)).toEqual({
      id: annual.id,
      status: 'APPROVED',
      decidedBy: { nip: DEMO.sectionHead },
    });
  });

  it('rejects from the keyboard: a note is required, then the request is rejected with it', async () => {
    const row = page.getByTestId(`leave-row-${permit.id}`);
    // The current row, then r: the rejection note opens.
    await row.locator('td').nth(3).click();
    await page.keyboard.press('r');
    const note = page.getByTestId('decision-note');
    await note.waitFor();
    await page.getByTestId('decision-reject').click();
    await page.getByTestId('decision-error').waitFor();
    expect(await page.getByTestId('decision-error').innerText()).not.toBe('');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'supervisor-decisions-leave-reject');

    await note.fill('Ada rapat koordinasi pagi itu.');
    await page.getByTestId('decision-reject').click();
    await expect
      .poll(() => page.getByTestId('decision-outcome').innerText())
      .toContain('1 permohonan ditolak.');
    await row.waitFor({ state: 'detached' });

    const { myLeaveRequests } = await permit.person.gql<{
      myLeaveRequests: { id: string; status: string; decisionNote: string | null }[];
    }>(`{ myLeaveRequests(year: ${year + 1}) { id status decisionNote } }`);
    expect(myLeaveRequests.find((r) => r.id === permit.id)).toEqual({
      id: permit.id,
      status: 'REJECTED',
      decisionNote: 'Ada rapat koordinasi pagi itu.',
    });
    await screenshot(page, 'supervisor-decisions-leave-decided');
  });
});

describe('plans and IKI reports waiting for the section head', () => {
  let person: Person;
  let period: string;

  it('approves a submitted plan on its page, showing each result, what it supports and its indicators', async () => {
    const people = await directReports();
    // Someone without a plan of the year yet.
    const plans = await Promise.all(
      people.map((p) =>
        p.gql<{ performancePlan: { status: string } | null }>(
          `{ performancePlan(year: ${year}) { status } }`,
        ),
      ),
    );
    person = people[plans.findIndex((p) => p.performancePlan === null)]!;
    expect(person).toBeDefined();
    const { supportableResults } = await person.gql<{
      supportableResults: { id: string; title: string }[];
    }>(`{ supportableResults(year: ${year}) { id title } }`);
    expect(supportableResults.length).toBeGreaterThan(0);
    await person.gql(
      `mutation($i: PerformancePlanInput!) { savePerformancePlan(input: $i) { id } }`,
      {
        i: {
          year,
          results: [
            {
              title: 'Teruji modul aplikasi layanan',
              parentResultId: supportableResults[0]!.id,
              indicators: [
                { kind: 'QUANTITY', name: 'Modul yang diuji', target: 6, unit: 'modul' },
                { kind: 'TIME', name: 'Waktu perbaikan galat', target: 3, unit: 'hari' },
              ],
            },
          ],
        },
      },
    );
    const { submitPerformancePlan: plan } = await person.gql<{
      submitPerformancePlan: { id: string };
    }>(`mutation { submitPerformancePlan(year: ${year}) { id } }`);

    await page.getByTestId('decisions-tab-performance').click();
    const row = page.getByTestId(`performance-row-${plan.id}`);
    await row.waitFor();
    const { pendingIkiDecisions } = await head<{ pendingIkiDecisions: { totalCount: number } }>(
      '{ pendingIkiDecisions(first: 1) { totalCount } }',
    );
    await expect.poll(() => tabCount('performance')).toBe(pendingIkiDecisions.totalCount);
    await checkPage(page, 'supervisor-decisions-performance');

    await page.getByTestId(`performance-open-${plan.id}`).click();
    await page.getByTestId('plan-decision').waitFor();
    await page.getByTestId('plan-indicator').first().waitFor();
    expect(await page.getByTestId('plan-parent').innerText()).toContain(
      supportableResults[0]!.title,
    );
    expect(await page.getByTestId('plan-indicator').allInnerTexts()).toEqual([
      expect.stringMatching(/Modul yang diuji\s+Kuantitas\s+6 modul/),
      expect.stringMatching(/Waktu perbaikan galat\s+Waktu\s+3 hari/),
    ]);
    await checkPage(page, 'supervisor-decisions-plan');

    await page.getByTestId('decision-approve').click();
    await page.getByTestId('decision-outcome').waitFor();
    await expect
      .poll(() => page.getByTestId('plan-status').getAttribute('data-status'))
      .toBe('APPROVED');
    const { performancePlan } = await person.gql<{ performancePlan: { status: string } }>(
      `{ performancePlan(year: ${year}) { status } }`,
    );
    expect(performancePlan.status).toBe('APPROVED');
  });

  it('returns an IKI report with a note, then approves it again sent, with the score it showed', async () => {
    // The current month (a month of this year: the plan is this year's), as the employee may send it.
    period = today.slice(0, 7);
    const lines = async () =>
      (
        await person.gql<{
          ikiReport: { canSubmit: boolean; lines: { indicator: { id: string } }[] };
        }>(`{ ikiReport(period: "${period}") { canSubmit lines { indicator { id } } } }`)
      ).ikiReport;
    const view = await lines();
    expect(view.canSubmit).toBe(true);
    const send = (values: number[]) =>
      person.gql(
        `mutation($p: String!, $r: [IkiRealisationInput!]!) { submitIkiReport(period: $p, realisations: $r) { status } }`,
        {
          p: period,
          r: view.lines.map((l, i) => ({
            indicatorId: l.indicator.id,
            realisation: values[i],
            note: i === 0 ? 'Modul perizinan dan pengaduan' : null,
          })),
        },
      );
    await send([5, 4]);

    await page.goto(`${baseUrl}/supervisor/decisions/iki/${person.id}/${period}`);
    await page.getByTestId('iki-line').first().waitFor();
    // 5 of 6 modules 83.33; 4 days against 3 (less is better) 75.00 → IKI 79.17 (rounded half up).
    expect(await page.getByTestId('iki-score').allInnerTexts()).toEqual(['83,33', '75,00']);
    expect(await page.getByTestId('iki-computed-score').innerText()).toBe('79,17');
    await checkPage(page, 'supervisor-decisions-iki');

    await page.getByTestId('decision-reject-open').click();
    await page.getByTestId('decision-reject').click();
    await page.getByTestId('decision-error').waitFor();
    await page.getByTestId('decision-note').fill('Lampirkan hasil pengujian modul.');
    await page.getByTestId('decision-reject').click();
    await page.getByTestId('decision-outcome').waitFor();
    await expect
      .poll(() => page.getByTestId('iki-status').getAttribute('data-status'))
      .toBe('RETURNED');
    const returned = await person.gql<{
      ikiReport: { status: string; report: { decisionNote: string | null } };
    }>(`{ ikiReport(period: "${period}") { status report { decisionNote } } }`);
    expect(returned.ikiReport).toEqual({
      status: 'RETURNED',
      report: { decisionNote: 'Lampirkan hasil pengujian modul.' },
    });

    // Sent again: 6 of 6 (100.00) and 3 days (100.00) → 100.00.
    await send([6, 3]);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('iki-status').getAttribute('data-status'))
      .toBe('SUBMITTED');
    expect(await page.getByTestId('iki-computed-score').innerText()).toBe('100,00');
    await page.getByTestId('decision-approve').click();
    await expect
      .poll(() => page.getByTestId('iki-status').getAttribute('data-status'))
      .toBe('APPROVED');
    const approved = await person.gql<{ ikiReport: { status: string; score: number } }>(
      `{ ikiReport(period: "${period}") { status score } }`,
    );
    expect(approved.ikiReport).toEqual({ status: 'APPROVED', score: 100 });
    await screenshot(page, 'supervisor-decisions-iki-approved');
  });
});
