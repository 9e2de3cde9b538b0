/**
 * "My team, down the chain" on a desktop against the real API. The Kominfo department head opens
 * the team page (this month by default), picks last month, opens the tree from the keyboard down
 * to the section head and the demo staff, whose figures are those the API computes (teamMembers,
 * the report card, the team report), and opens the staff's report card with its explanation.
 * The section head then reads the 360° and peer-ranking results of an earlier month (the seed has
 * the three months before this one): each person's score and standing as the API returns them,
 * and a person's breakdown with the aggregates the anonymity threshold hides, explained.
 * Read-only: nothing is changed. axe and screenshots on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  type Browser,
  checkPage,
  DEMO,
  DESKTOP,
  newContext,
  type Page,
  signIn,
} from '../support/pages.js';
import { addMonths, todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
/** The API as the department head and as the section head (bearer sessions of their own). */
let head: Gql;
let sectionHead: Gql;
let thisMonth: string;

/** Figures as the page writes them in Indonesian: 7.350, 81,69%, 62,50. */
const int = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const decimal = (n: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const pct = (n: number) => `${decimal(n)}%`;

interface Member {
  employee: { id: string; name: string; nip: string };
  approvedMainMinutes: number;
  countedAdditionalMinutes: number;
  targetMinutes: number;
  achievement: number;
  pendingCount: number;
  directReportCount: number;
}

const members = async (of: string | null, period: string): Promise<Member[]> =>
  (
    await head<{ teamMembers: { edges: { node: Member }[] } }>(
      `query($of: ID, $period: String!) { teamMembers(of: $of, period: $period, first: 200) {
        edges { node { employee { id name nip } approvedMainMinutes countedAdditionalMinutes
          targetMinutes achievement pendingCount directReportCount } } } }`,
      { of, period },
    )
  ).teamMembers.edges.map((e) => e.node);

beforeAll(async () => {
  browser = await launchBrowser();
  head = await apiAs(baseUrl, DEMO.departmentHead);
  sectionHead = await apiAs(baseUrl, DEMO.sectionHead);
  const { agency } = await head<{ agency: { timeZone: string } }>('{ agency { timeZone } }');
  thisMonth = todayIn(agency.timeZone).slice(0, 7);
});
afterAll(() => browser?.close());

async function signedIn(nip: string): Promise<Page> {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', nip);
  return page;
}

/** Opens "Tim saya" from the side navigation and picks a month. */
async function openTeam(page: Page, period: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('link', { name: 'Tim saya' })
    .click();
  await page.waitForURL('**/supervisor/team');
  await page.getByTestId('team-tree').waitFor();
  // This month unless told otherwise.
  expect(await page.getByTestId('month-picker').inputValue()).toBe(thisMonth);
  await page.getByTestId('month-picker').selectOption(period);
  await page.waitForURL(`**/supervisor/team?period=${period}`);
  await page.getByTestId('team-tree').waitFor();
}

const check = (page: Page, name: string) => checkPage(page, `supervisor-team-${name}`);

const row = (page: Page, nip: string) => page.locator(`[role="treeitem"][data-nip="${nip}"]`);

describe('My team, down the chain', () => {
  it('the department head opens the tree down to the demo staff, whose figures are the API’s, and their report card', async () => {
    const period = addMonths(thisMonth, -1);
    const { me: sectionHeadMe } = await sectionHead<{ me: { id: string } }>('{ me { id } }');
    const { supervisorChain } = await head<{ supervisorChain: { id: string; nip: string }[] }>(
      'query($id: ID!) { supervisorChain(employeeId: $id) { id nip } }',
      { id: sectionHeadMe.id },
    );
    const division = supervisorChain[0]!;
    expect(supervisorChain[1]!.nip).toBe(DEMO.departmentHead);

    const page = await signedIn(DEMO.departmentHead);
    await openTeam(page, period);
    // The department head's direct reports: one row each, the division head among them.
    const own = await members(null, period);
    await expect
      .poll(() => page.locator('[role="treeitem"][aria-level="1"]').count())
      .toBe(own.length);

    // Down the chain from the keyboard: the division head, the section head, the staff.
    await row(page, division.nip).click({ position: { x: 4, y: 4 } });
    expect(await row(page, division.nip).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await row(page, DEMO.sectionHead).waitFor();
    expect(await row(page, division.nip).getAttribute('aria-expanded')).toBe('true');
    expect(await row(page, DEMO.sectionHead).getAttribute('aria-level')).toBe('2');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-nip')))
      .toBe((await members(division.id, period))[0]!.employee.nip);
    await row(page, DEMO.sectionHead).click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('ArrowRight');
    await row(page, DEMO.staff).waitFor();
    expect(await row(page, DEMO.staff).getAttribute('aria-level')).toBe('3');
    expect(await row(page, DEMO.staff).getAttribute('aria-expanded')).toBeNull();

    // The staff's figures: teamMembers, the report card and the team report agree, and so does the page.
    const staff = (await members(sectionHeadMe.id, period)).find(
      (m) => m.employee.nip === DEMO.staff,
    )!;
    const { monthlyReport: card } = await head<{
      monthlyReport: {
        approvedMainMinutes: number;
        countedAdditionalMinutes: number;
        targetMinutes: number;
        achievement: number;
        explanation: { key: string; text: string }[];
      };
    }>(
      `query($id: ID!, $period: String!) { monthlyReport(employeeId: $id, period: $period) {
        approvedMainMinutes countedAdditionalMinutes targetMinutes achievement explanation { key text } } }`,
      { id: staff.employee.id, period },
    );
    expect(staff).toMatchObject({
      approvedMainMinutes: card.approvedMainMinutes,
      countedAdditionalMinutes: card.countedAdditionalMinutes,
      targetMinutes: card.targetMinutes,
      achievement: card.achievement,
    });
    const { me: staffUnit } = await sectionHead<{ me: { unit: { id: string } } }>(
      '{ me { unit { id } } }',
    );
    const { teamReport } = await head<{
      teamReport: { rows: { nip: string; achievement: number }[] };
    }>(
      'query($period: String!, $unit: ID!) { teamReport(period: $period, unitId: $unit) { rows { nip achievement } } }',
      { period, unit: staffUnit.unit.id },
    );
    expect(teamReport.rows.find((r) => r.nip === DEMO.staff)!.achievement).toBe(card.achievement);

    const credited = staff.approvedMainMinutes + staff.countedAdditionalMinutes;
    const staffRow = row(page, DEMO.staff);
    expect(await staffRow.getByTestId('member-minutes').innerText()).toContain(
      `${int(credited)} dari ${int(staff.targetMinutes)} menit`,
    );
    expect(await staffRow.getByTestId('member-achievement').innerText()).toBe(
      `capaian ${pct(staff.achievement)}`,
    );
    expect(await staffRow.getByTestId('member-pending').getAttribute('data-count')).toBe(
      String(staff.pendingCount),
    );
    // The section head's own queue is shown beside her; the staff has none.
    expect(await row(page, DEMO.sectionHead).getByTestId('member-backlog').innerText()).toMatch(
      /menunggu|Antrean kosong/,
    );
    expect(await staffRow.getByTestId('member-backlog').innerText()).toContain('Bukan atasan');
    await check(page, 'tree');

    // Enter opens the report card of the focused person, for the same month.
    await staffRow.click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/supervisor/team/people/${staff.employee.id}?period=${period}`);
    await page.getByTestId('report-card').waitFor();
    expect(await page.getByTestId('person-name').innerText()).toBe(staff.employee.name);
    expect(await page.getByTestId('report-achievement').innerText()).toBe(pct(card.achievement));
    expect(await page.getByTestId('report-target').innerText()).toBe(int(card.targetMinutes));
    expect(await page.getByTestId('report-main').innerText()).toBe(int(card.approvedMainMinutes));
    // Every line of the server's explanation is shown (each deduction is listed on its own).
    const lines = await page.locator('[data-testid^="explain-"] li').allInnerTexts();
    expect(lines.sort()).toEqual(
      card.explanation
        .filter((l) => l.key !== 'discipline.deduction')
        .map((l) => l.text)
        .sort(),
    );
    expect(await page.getByTestId('behaviour').isVisible()).toBe(true);
    await check(page, 'person');

    // Back to the tree: the open branches are open again.
    await page.getByTestId('person-back').click();
    await page.waitForURL(`**/supervisor/team?period=${period}`);
    await row(page, DEMO.staff).waitFor();
    await page.context().close();
  });

  it('the section head reads an earlier month’s 360° and peer-ranking results, hidden aggregates explained', async () => {
    const period = addMonths(thisMonth, -2);
    const { me } = await sectionHead<{ me: { unit: { id: string } } }>('{ me { unit { id } } }');
    const { teamReport, peerRankingResults } = await sectionHead<{
      teamReport: { rows: { employeeId: string; name: string; behaviour: number | null }[] };
      peerRankingResults: {
        assigned: number;
        submitted: number;
        standings: { employeeId: string; percentile: number }[];
      };
    }>(
      `query($period: String!, $unit: ID!) {
        teamReport(period: $period, unitId: $unit) { rows { employeeId name behaviour } }
        peerRankingResults(period: $period, unitId: $unit) { assigned submitted standings { employeeId percentile } } }`,
      { period, unit: me.unit.id },
    );
    expect(teamReport.rows.length).toBeGreaterThan(1);
    expect(peerRankingResults.standings.length).toBeGreaterThan(0);

    // Someone whose coworkers' or subordinates' aggregate the threshold hides, if anyone's is.
    interface Kind {
      kind: string;
      count: number;
      shown: boolean;
      score: number | null;
    }
    const summaries = await Promise.all(
      teamReport.rows.map(async (r) => ({
        row: r,
        summary: (
          await sectionHead<{ behaviourSummary: { minRaters: number; kinds: Kind[] } }>(
            `query($id: ID!, $period: String!) { behaviourSummary(employeeId: $id, period: $period) {
              minRaters kinds { kind count shown score } } }`,
            { id: r.employeeId, period },
          )
        ).behaviourSummary,
      })),
    );
    const stateOf = (k: Kind, min: number) =>
      k.shown && k.score !== null
        ? 'shown'
        : k.count === 0
          ? 'none'
          : ['PEER', 'SUBORDINATE'].includes(k.kind) && k.count < min
            ? 'belowThreshold'
            : 'hidden';
    const chosen =
      summaries.find(({ summary }) =>
        summary.kinds.some((k) => stateOf(k, summary.minRaters) === 'belowThreshold'),
      ) ?? summaries[0]!;

    const page = await signedIn(DEMO.sectionHead);
    await openTeam(page, period);
    const results = page.getByTestId('team-results');
    await results.getByTestId('team-results-table').waitFor();
    expect(await results.getByTestId('team-results-anonymity').innerText()).toContain(
      `minimal ${chosen.summary.minRaters} orang`,
    );
    expect(await results.getByTestId('team-results-submitted').innerText()).toBe(
      `${int(peerRankingResults.submitted)} dari ${int(peerRankingResults.assigned)}`,
    );
    // Each person's score and standing, as the API returns them.
    const standings = new Map(peerRankingResults.standings.map((s) => [s.employeeId, s]));
    for (const r of teamReport.rows) {
      const line = results.locator(
        `[data-testid="team-results-row"][data-employee-id="${r.employeeId}"]`,
      );
      expect(await line.getByTestId('result-behaviour').innerText()).toBe(
        r.behaviour === null ? 'Belum ada skor' : pct(r.behaviour),
      );
      const standing = standings.get(r.employeeId);
      expect(await line.getByTestId('result-percentile').innerText()).toContain(
        standing ? decimal(standing.percentile) : 'Tidak dalam peringkat',
      );
    }

    // The breakdown of that person: each kind of rater shown, or why not.
    const line = results.locator(
      `[data-testid="team-results-row"][data-employee-id="${chosen.row.employeeId}"]`,
    );
    await line.getByTestId('result-details').click();
    expect(await line.getByTestId('result-details').getAttribute('aria-expanded')).toBe('true');
    const breakdown = results.getByTestId('behaviour');
    await breakdown.getByTestId('behaviour-kinds').waitFor();
    for (const k of chosen.summary.kinds) {
      const item = breakdown.locator(`[data-testid="behaviour-kind"][data-kind="${k.kind}"]`);
      const state = stateOf(k, chosen.summary.minRaters);
      expect(await item.getAttribute('data-state')).toBe(state);
      if (state === 'belowThreshold')
        expect(await item.innerText()).toContain(
          `Disembunyikan: ${k.count} penilai, kurang dari ambang anonimitas ${chosen.summary.minRaters}`,
        );
      if (state === 'none') expect(await item.innerText()).toContain('Tidak ada penilaian');
    }
    if (chosen.summary.kinds.some((k) => stateOf(k, chosen.summary.minRaters) === 'belowThreshold'))
      await breakdown.getByTestId('behaviour-threshold-note').waitFor();
    await check(page, 'results');
    await page.context().close();
  });
});
