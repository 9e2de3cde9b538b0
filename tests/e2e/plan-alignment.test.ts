/**
 * SKP before the supervisor's plan (issue 10), in both apps against the real API. In Dinas Sosial
 * nobody has a plan (the demo plans follow two other chains): a data clerk drafts and submits
 * this year's plan on a phone while the page says their section head has no plan yet; the head
 * approves it on the plan's decision page (which says the same) and the alignment view flags
 * its result; the head's own plan is then made and approved (through the API); the clerk aligns
 * the result on the phone without a new approval, and the alignment view no longer flags it.
 * axe and a screenshot on every page.
 *
 * The people are found by their positions in the demo city (SQL, read only); the server runs on
 * the real date, so the year is this year in Jakarta.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  type Browser,
  type BrowserContext,
  checkPage,
  DESKTOP,
  type Page,
  PHONE,
  signIn,
} from '../support/pages.js';
import { todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const year = Number(todayIn().slice(0, 4));

interface Person {
  id: string;
  nip: string;
  unitId: string;
}

let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
let employeePage: Page;
let supervisorPage: Page;
let clerk: Person;
let head: Person;
let divisionHead: Person;
let headGql: Gql;
let planId: string;
let resultId: string;
let headResult: { id: string; title: string };

const RESULT = 'Tersedianya data kesejahteraan sosial keluarga yang mutakhir';

/** The active holder of a position of the demo city, by the position's name. */
async function holderOf(client: pg.Client, position: string): Promise<Person> {
  const { rows } = await client.query<{ id: string; nip: string; unit_id: string }>(
    `select e.id, e.nip, p.unit_id from employee e join position p on p.id = e.position_id
      where p.name = $1 and e.active order by e.nip limit 1`,
    [position],
  );
  const row = rows[0];
  if (!row) throw new Error(`nobody holds ${position}`);
  return { id: row.id, nip: row.nip, unitId: row.unit_id };
}

beforeAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    clerk = await holderOf(client, 'Pengolah Data Kesejahteraan Sosial');
    head = await holderOf(client, 'Kepala Seksi Jaminan Sosial Keluarga');
    divisionHead = await holderOf(client, 'Kepala Bidang Perlindungan dan Jaminan Sosial');
  } finally {
    await client.end();
  }
  headGql = await apiAs(baseUrl, head.nip);
  // Nobody in this chain has a plan for the year: the page must say the supervisor has none.
  for (const nip of [clerk.nip, head.nip]) {
    const gql = nip === head.nip ? headGql : await apiAs(baseUrl, nip);
    const { performancePlan } = await gql<{ performancePlan: unknown }>(
      `{ performancePlan(year: ${year}) { id } }`,
    );
    expect(performancePlan, nip).toBeNull();
  }
  browser = await launchBrowser();
  phone = await browser.newContext(PHONE);
  desktop = await browser.newContext(DESKTOP);
  employeePage = await phone.newPage();
  supervisorPage = await desktop.newPage();
  await signIn(employeePage, baseUrl, 'employee', clerk.nip);
  await signIn(supervisorPage, baseUrl, 'supervisor', head.nip);
});

afterAll(async () => {
  await browser?.close();
});

/** The alignment view of the head's own unit (their section), as the head. */
async function openAlignment(): Promise<void> {
  await supervisorPage.goto(`${baseUrl}/supervisor/alignment?year=${year}`);
  await supervisorPage.getByTestId('alignment-counts').waitFor();
}

describe('a plan before the supervisor’s plan', () => {
  it('is drafted and submitted on the phone, with the notice that the supervisor has no plan', async () => {
    const page = employeePage;
    await page.getByRole('link', { name: 'SKP' }).click();
    await page.getByTestId('plan-page').waitFor();
    await page.getByTestId('plan-status').waitFor();
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('NONE');
    expect(await page.getByTestId('plan-no-supervisor-plan').innerText()).toBe(
      'Atasan Anda belum menyusun SKP; Anda tetap dapat menyusun dan mengajukan SKP, keselarasan ditambahkan nanti.',
    );
    // No supervisor's result to choose yet: no picker, the result is flagged.
    expect(await page.getByTestId('plan-result-parent').count()).toBe(0);

    await page.getByTestId('plan-result-title').fill(RESULT);
    await page.getByTestId('plan-indicator-name').fill('Laporan pemutakhiran data');
    await page.getByTestId('plan-indicator-target').fill('12');
    await page.getByTestId('plan-indicator-unit').fill('laporan');
    await page.getByTestId('plan-add-indicator').click();
    await page.getByTestId('plan-indicator-kind').nth(1).selectOption('TIME');
    await page.getByTestId('plan-indicator-name').nth(1).fill('Waktu pemutakhiran data');
    await page.getByTestId('plan-indicator-target').nth(1).fill('5');
    await page.getByTestId('plan-indicator-unit').nth(1).fill('hari');
    await checkPage(page, 'employee-plan-draft');

    await page.getByTestId('plan-submit').click();
    await expect
      .poll(() => page.getByTestId('plan-status').getAttribute('data-status'))
      .toBe('SUBMITTED');
    await page.getByTestId('plan-read').waitFor();
    expect(await page.getByTestId('plan-result-unaligned').count()).toBe(1);
    await checkPage(page, 'employee-plan-submitted');

    const gql = await apiAs(baseUrl, clerk.nip);
    const { performancePlan } = await gql<{
      performancePlan: {
        id: string;
        status: string;
        results: { id: string; title: string; indicators: { kind: string; target: number }[] }[];
      };
    }>(
      `{ performancePlan(year: ${year}) { id status results { id title indicators { kind target } } } }`,
    );
    expect(performancePlan).toMatchObject({
      status: 'SUBMITTED',
      results: [
        {
          title: RESULT,
          indicators: [
            { kind: 'QUANTITY', target: 12 },
            { kind: 'TIME', target: 5 },
          ],
        },
      ],
    });
    planId = performancePlan.id;
    resultId = performancePlan.results[0]!.id;
  });

  it('is approved by the supervisor, who has no plan either; the alignment view flags it', async () => {
    const page = supervisorPage;
    await page.goto(`${baseUrl}/supervisor/decisions/plans/${clerk.id}/${year}`);
    await page.getByTestId('plan-decision').waitFor();
    await page.getByTestId('plan-no-supervisor-plan').waitFor();
    expect(await page.getByTestId('plan-result-unaligned').innerText()).toContain('Belum selaras');
    await checkPage(page, 'supervisor-plan-alignment-decision');
    await page.getByTestId('decision-approve').click();
    await page.getByTestId('decision-outcome').waitFor();

    await openAlignment();
    const node = page.getByTestId(`alignment-node-${resultId}`);
    await node.waitFor();
    expect(await node.getAttribute('data-flags')).toBe('SUPPORTS_NOTHING');
    expect(await node.getByTestId('alignment-flag-SUPPORTS_NOTHING').first().innerText()).toBe(
      'Belum mendukung hasil kerja atasan',
    );
    expect(
      Number(await page.getByTestId('alignment-count-supportsNothing').innerText()),
    ).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId(`alignment-person-${clerk.id}`).innerText()).toContain(
      'Disetujui',
    );
    await page.getByTestId('alignment-only-flagged').check();
    await node.waitFor();
    await checkPage(page, 'supervisor-alignment-flagged');
  });
});

describe('aligning later', () => {
  it('the supervisor’s plan is made and approved (API)', async () => {
    const { savePerformancePlan } = await headGql<{
      savePerformancePlan: { results: { id: string; title: string }[] };
    }>(
      `mutation($i: PerformancePlanInput!) { savePerformancePlan(input: $i) { results { id title } } }`,
      {
        i: {
          year,
          results: [
            {
              title: 'Terlaksananya pendataan dan penyaluran jaminan sosial keluarga',
              indicators: [
                { kind: 'QUANTITY', name: 'Laporan jaminan sosial', target: 12, unit: 'laporan' },
              ],
            },
          ],
        },
      },
    );
    headResult = savePerformancePlan.results[0]!;
    const { submitPerformancePlan } = await headGql<{ submitPerformancePlan: { id: string } }>(
      `mutation { submitPerformancePlan(year: ${year}) { id } }`,
    );
    const division = await apiAs(baseUrl, divisionHead.nip);
    await division(
      `mutation($id: ID!) { decidePerformancePlan(planId: $id, decision: APPROVE) { id } }`,
      { id: submitPerformancePlan.id },
    );
  });

  it('the employee aligns the approved plan’s result on the phone, without a new approval', async () => {
    const page = employeePage;
    await page.reload();
    await page.getByTestId('plan-read').waitFor();
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('APPROVED');
    expect(await page.getByTestId('plan-no-supervisor-plan').count()).toBe(0);
    await page.getByTestId('plan-align-parent').selectOption(headResult.id);
    await checkPage(page, 'employee-plan-align');
    await page.getByTestId('plan-align').click();
    await page.getByTestId('plan-result-parent-title').waitFor();
    expect(await page.getByTestId('plan-result-parent-title').innerText()).toContain(
      headResult.title,
    );
    expect(await page.getByTestId('plan-result-unaligned').count()).toBe(0);
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('APPROVED');
    await checkPage(page, 'employee-plan-aligned');
  });

  it('the alignment view no longer flags it', async () => {
    const page = supervisorPage;
    await openAlignment();
    const node = page.getByTestId(`alignment-node-${resultId}`);
    await node.waitFor();
    expect(await node.getAttribute('data-flags')).toBe('');
    // The head's result is supported now; it still supports nothing above (the division head has no plan).
    expect(
      await page.getByTestId(`alignment-node-${headResult.id}`).getAttribute('data-flags'),
    ).toBe('SUPPORTS_NOTHING');
    const gql = await apiAs(baseUrl, clerk.nip);
    const { performancePlan } = await gql<{
      performancePlan: { id: string; status: string; results: { parentResultId: string }[] };
    }>(`{ performancePlan(year: ${year}) { id status results { parentResultId } } }`);
    expect(performancePlan).toEqual({
      id: planId,
      status: 'APPROVED',
      results: [{ parentResultId: headResult.id }],
    });
    await checkPage(page, 'supervisor-alignment-aligned');
  });
});
