/**
 * Sekda's department performance on a desktop: last month's departments as the API computes them
 * (rows, order, figures), the four charts drawn, sorting; the departments table and the TPP recap
 * downloaded as CSV and XLSX and the files checked against the API; then the drill-down from a
 * department to a unit, a person's entries and their report card. Read-only: nothing is changed.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  checkPage,
  DEMO,
  DESKTOP,
  newContext,
  screenshot,
  SCREENSHOTS,
  signIn,
} from '../support/pages.js';
import { addMonths, lastDay, todayIn } from '../support/dates.js';
import { parseCsv, readXlsx } from '../support/files.js';

const baseUrl = inject('baseUrl');
const DOWNLOADS = path.join(SCREENSHOTS, '..', 'downloads');
let browser: Browser;
/** The API as Sekda (a bearer session of its own). */
let gql: Gql;
/** Last month in the agency's zone: complete, with every department's figures. */
let period: string;

interface Figures {
  unitId: string;
  code: string;
  name: string;
  headCount: number;
  meanAchievement: number | null;
  pendingEntries: number;
  tppTotal: number;
  rank: number | null;
}
interface Person {
  employeeId: string;
  name: string;
  nip: string;
  achievement: number;
  tppTotal: number | null;
}
interface UnitView {
  unit: Figures;
  children: Figures[];
  people: Person[];
}
interface RecapTotal {
  employees: number;
  total: number;
}

const FIGURES = 'unitId code name headCount meanAchievement pendingEntries tppTotal rank';

const departments = async () =>
  (
    await gql<{
      departmentPerformance: {
        fromSnapshot: boolean;
        agency: Figures;
        departments: Figures[];
        ranking: { unitId: string; name: string }[];
      };
    }>(
      `query($period: String!) { departmentPerformance(period: $period) { fromSnapshot
        agency { ${FIGURES} } departments { ${FIGURES} } ranking { unitId name } } }`,
      { period },
    )
  ).departmentPerformance;

const unitPerformance = async (unitId: string) =>
  (
    await gql<{ unitPerformance: UnitView }>(
      `query($period: String!, $unitId: ID!) { unitPerformance(period: $period, unitId: $unitId) {
        unit { ${FIGURES} } children { ${FIGURES} }
        people { employeeId name nip achievement tppTotal } } }`,
      { period, unitId },
    )
  ).unitPerformance;

const tppRecap = async (unitId: string | null) =>
  (
    await gql<{ tppRecap: { rows: { nip: string; total: number }[]; total: RecapTotal } }>(
      `query($period: String!, $unitId: ID) { tppRecap(period: $period, unitId: $unitId) {
        rows { nip total } total { employees total } } }`,
      { period, unitId },
    )
  ).tppRecap;

beforeAll(async () => {
  browser = await launchBrowser();
  gql = await apiAs(baseUrl, DEMO.sekda);
  const { agency } = await gql<{ agency: { timeZone: string } }>('{ agency { timeZone } }');
  const thisMonth = todayIn(agency.timeZone).slice(0, 7);
  period = addMonths(thisMonth.slice(0, 7), -1);
  await mkdir(DOWNLOADS, { recursive: true });
});
afterAll(() => browser?.close());

async function signedIn(): Promise<Page> {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', DEMO.sekda);
  return page;
}

/** Opens department performance from the side navigation and picks last month. */
async function openDepartments(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('link', { name: 'Kinerja perangkat daerah' })
    .click();
  await page.getByTestId('departments').waitFor();
  await page.getByTestId('month-picker').selectOption(period);
  await page.waitForURL(`**/supervisor/performance?period=${period}`);
  await page.locator(`[data-testid="departments"]`).waitFor();
}

/** The figures a table row shows, as the page writes them in data attributes. */
async function rowFigures(page: Page, testid: string) {
  return page.locator(`[data-testid="${testid}-row"]`).evaluateAll((rows) =>
    rows.map((r) => {
      const value = (column: string) =>
        r.querySelector(`[data-column="${column}"]`)?.getAttribute('data-value') ?? null;
      return {
        unitId: r.getAttribute('data-unit-id'),
        name: r.querySelector('th')?.textContent?.trim(),
        headCount: value('headCount'),
        meanAchievement: value('meanAchievement'),
        pendingEntries: value('pendingEntries'),
        tppTotal: value('tppTotal'),
      };
    }),
  );
}

const expectedFigures = (f: Figures) => ({
  unitId: f.unitId,
  name: f.name,
  headCount: String(f.headCount),
  meanAchievement: f.meanAchievement === null ? '' : String(f.meanAchievement),
  pendingEntries: String(f.pendingEntries),
  tppTotal: String(f.tppTotal),
});

/** Rank order as the table starts: ranked groups 1, 2, …; groups without a rank last, in org order. */
const byRank = (rows: Figures[]) =>
  rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.i - b.i)
    .map(({ r }) => r);

/** Every chart of the page is drawn on a canvas and labelled for screen readers. */
async function expectCharts(page: Page, testids: string[]): Promise<void> {
  for (const testid of testids) {
    const drawing = page.getByTestId(`${testid}-drawing`);
    await drawing.locator('canvas').first().waitFor();
    expect(await drawing.getAttribute('role')).toBe('img');
    expect((await drawing.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
    const box = await drawing.locator('canvas').first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
  }
}

const check = (page: Page, name: string) => checkPage(page, `supervisor-performance-${name}`);

/** Presses a download button and saves what the browser receives among the artefacts. */
async function downloadVia(
  page: Page,
  testid: string,
  label: string,
): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  const saved = path.join(DOWNLOADS, `supervisor-performance-${label}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { file, path: saved };
}

/** The recap file agrees with tppRecap: one row per employee, the grand total last. */
function expectRecapRows(rows: string[][], recap: Awaited<ReturnType<typeof tppRecap>>): void {
  expect(rows[0]![0]).toBe('NIP');
  expect(rows[0]![12]).toBe('Total TPP');
  const people = rows.slice(1).filter((r) => r[0] !== '');
  expect(people.map((r) => r[0]).sort()).toEqual(recap.rows.map((r) => r.nip).sort());
  const byNip = new Map(recap.rows.map((r) => [r.nip, r.total]));
  for (const r of people) expect(Number(r[12])).toBe(byNip.get(r[0]!));
  const total = rows.at(-1)!;
  expect(total[1]).toBe('Jumlah Seluruhnya');
  expect(Number(total[12])).toBe(recap.total.total);
  expect(people.reduce((sum, r) => sum + Number(r[12]), 0)).toBe(recap.total.total);
}

// Each test signs in and walks several pages; an XLSX of the whole agency takes a few seconds.
describe('department performance (Sekda, desktop)', () => {
  it('shows the departments of the month as the API computes them, with their charts', async () => {
    const truth = await departments();
    const page = await signedIn();
    try {
      // The charts library is not part of the first page: it loads with the performance page.
      const scripts = () =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!),
        );
      expect((await scripts()).some((s) => s.startsWith('PerformanceChart'))).toBe(false);

      await openDepartments(page);
      expect(await page.getByTestId('period-state').getAttribute('data-frozen')).toBe(
        String(truth.fromSnapshot),
      );

      // Every department, in rank order, each figure as the API says.
      await expect
        .poll(() => page.getByTestId('departments-row').count())
        .toBe(truth.departments.length);
      expect(await rowFigures(page, 'departments')).toEqual(
        byRank(truth.departments).map(expectedFigures),
      );
      const total = page.getByTestId('departments-total');
      expect(await total.locator('[data-column="headCount"]').getAttribute('data-value')).toBe(
        String(truth.agency.headCount),
      );
      expect(await page.getByTestId('summary-head-count').getAttribute('data-value')).toBe(
        String(truth.agency.headCount),
      );

      await expectCharts(page, [
        'chart-ranking',
        'chart-backlog',
        'chart-distribution',
        'chart-trend',
      ]);
      expect((await scripts()).some((s) => s.startsWith('PerformanceChart'))).toBe(true);
      expect(await page.getByTestId('chart-ranking-drawing').getAttribute('aria-label')).toContain(
        truth.ranking[0]!.name,
      );
      // The chart's figures as a table, for those who cannot see the drawing.
      await page.getByTestId('chart-ranking').locator('summary').click();
      await expect
        .poll(() => page.getByTestId('chart-ranking-table').locator('tbody tr').count())
        .toBe(truth.ranking.length);

      // Sorting by the backlog: the largest first, and the heading says so.
      await page.getByTestId('sort-pendingEntries').click();
      const pending = (await rowFigures(page, 'departments')).map((r) => Number(r.pendingEntries));
      expect(pending).toEqual([...pending].sort((a, b) => b - a));
      expect(
        await page
          .getByRole('columnheader', { name: /Menunggu verifikasi/ })
          .getAttribute('aria-sort'),
      ).toBe('descending');

      await check(page, 'departments');

      // Usable on a tablet: the page itself never scrolls sideways (the wide table scrolls inside).
      await page.setViewportSize({ width: 1024, height: 768 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(1024);
      await screenshot(page, 'supervisor-performance-departments-tablet');
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('downloads the departments table and the TPP recap, each file matching the API', async () => {
    const truth = await departments();
    const recap = await tppRecap(null);
    const page = await signedIn();
    try {
      await openDepartments(page);

      // The departments table as CSV: a row per department in org order, then the whole agency.
      const csv = await downloadVia(page, 'export-departments-csv', 'agency');
      expect(csv.file.suggestedFilename()).toBe(`kinerja-perangkat-daerah-${period}.csv`);
      const table = parseCsv(await readFile(csv.path, 'utf8'));
      expect(table[0]).toHaveLength(16);
      expect(table[0]!.slice(0, 4)).toEqual([
        'Peringkat',
        'Kode',
        'Perangkat Daerah',
        'Jumlah Pegawai',
      ]);
      expect(table.slice(1, -1).map((r) => [r[1], r[2], r[3], r[6], r[13]])).toEqual(
        truth.departments.map((d) => [
          d.code,
          d.name,
          String(d.headCount),
          d.meanAchievement === null ? '' : d.meanAchievement.toFixed(2),
          String(d.tppTotal),
        ]),
      );
      expect(table.at(-1)![2]).toBe(`Seluruh instansi: ${truth.agency.name}`);
      expect(table.at(-1)![3]).toBe(String(truth.agency.headCount));

      // The same table as an Excel workbook.
      const xlsx = await downloadVia(page, 'export-departments-xlsx', 'agency');
      expect(xlsx.file.suggestedFilename()).toBe(`kinerja-perangkat-daerah-${period}.xlsx`);
      const sheet = await readXlsx(xlsx.path);
      expect(sheet.name).toBe('Kinerja Perangkat Daerah');
      expect(sheet.rowCount).toBe(truth.departments.length + 2);
      truth.departments.forEach((d, i) => {
        expect(sheet.getRow(i + 2).getCell(3).value).toBe(d.name);
        expect(sheet.getRow(i + 2).getCell(14).value).toBe(d.tppTotal);
      });

      // The agency's TPP recap: every employee, their TPP and the grand total as tppRecap says.
      const recapCsv = await downloadVia(page, 'export-recap-csv', 'agency');
      expect(recapCsv.file.suggestedFilename()).toBe(`rekap-tpp-${period}.csv`);
      expectRecapRows(parseCsv(await readFile(recapCsv.path, 'utf8')), recap);

      const recapXlsx = await downloadVia(page, 'export-recap-xlsx', 'agency');
      expect(recapXlsx.file.suggestedFilename()).toBe(`rekap-tpp-${period}.xlsx`);
      const recapSheet = await readXlsx(recapXlsx.path);
      const last = recapSheet.getRow(recapSheet.rowCount);
      expect(last.getCell(2).value).toBe('Jumlah Seluruhnya');
      expect(last.getCell(13).value).toBe(recap.total.total);
      let people = 0;
      recapSheet.eachRow((row, n) => {
        if (n > 1 && row.getCell(1).value) people++;
      });
      expect(people).toBe(recap.total.employees);

      // Each download said so to screen readers, and nothing failed.
      expect(await page.getByTestId('export-recap').getByRole('alert').count()).toBe(0);
      expect(await page.getByTestId('export-recap').getByRole('status').innerText()).toContain(
        `rekap-tpp-${period}.xlsx`,
      );
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('drills from a department to a unit, a person’s entries and their report card', async () => {
    const truth = await departments();
    const department = truth.departments.find((d) => d.code === 'DISKOMINFO')!;
    const departmentView = await unitPerformance(department.unitId);
    const division = departmentView.children.find((c) => c.headCount > 1)!;
    const divisionView = await unitPerformance(division.unitId);
    const section = divisionView.children.find((c) => c.headCount > 0)!;
    const sectionView = await unitPerformance(section.unitId);
    const person = sectionView.people[0]!;
    const recap = await tppRecap(department.unitId);

    const page = await signedIn();
    try {
      await openDepartments(page);

      // Department: its units below and the people placed in it, as the API says.
      await page
        .locator(`[data-testid="departments-row"][data-unit-id="${department.unitId}"] a`)
        .click();
      await page.waitForURL(
        `**/supervisor/performance/units/${department.unitId}?period=${period}`,
      );
      await page.getByTestId('children').waitFor();
      expect(await page.getByTestId('page-title').innerText()).toBe(department.name);
      expect(await rowFigures(page, 'children')).toEqual(
        byRank(departmentView.children).map(expectedFigures),
      );
      expect(
        (
          await page
            .getByTestId('people-row')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-employee-id')))
        ).sort(),
      ).toEqual(departmentView.people.map((p) => p.employeeId).sort());
      await expectCharts(page, [
        'chart-ranking',
        'chart-backlog',
        'chart-distribution',
        'chart-trend',
      ]);
      await check(page, 'department');

      // The department's TPP recap as CSV, checked against tppRecap of the department.
      const recapCsv = await downloadVia(page, 'export-recap-csv', department.code);
      expectRecapRows(parseCsv(await readFile(recapCsv.path, 'utf8')), recap);

      // A division, then a section with its people.
      await page
        .locator(`[data-testid="children-row"][data-unit-id="${division.unitId}"] a`)
        .click();
      await page.waitForURL(`**/performance/units/${division.unitId}?period=${period}`);
      await page
        .locator(`[data-testid="children-row"][data-unit-id="${section.unitId}"] a`)
        .click();
      await page.waitForURL(`**/performance/units/${section.unitId}?period=${period}`);
      await page.getByTestId('people-table').waitFor();
      const crumbs = await page.getByTestId('breadcrumb').locator('li').allInnerTexts();
      expect(crumbs.map((c) => c.replace(/^›\s*/, '').trim())).toEqual([
        'Semua perangkat daerah',
        department.name,
        division.name,
        section.name,
      ]);
      const people = await page.getByTestId('people-row').evaluateAll((rows) =>
        rows.map((r) => ({
          employeeId: r.getAttribute('data-employee-id')!,
          achievement: r.querySelector('td[data-value]')?.getAttribute('data-value'),
        })),
      );
      const byId = (a: { employeeId: string }, b: { employeeId: string }) =>
        a.employeeId.localeCompare(b.employeeId);
      expect(people.sort(byId)).toEqual(
        sectionView.people
          .map((p) => ({ employeeId: p.employeeId, achievement: String(p.achievement) }))
          .sort(byId),
      );
      await check(page, 'unit');

      // The person: their entries of the month, as activityEntries lists them.
      const { activityEntries } = await gql<{
        activityEntries: { id: string; status: string; creditedMinutes: number }[];
      }>(
        `query($id: ID!, $from: LocalDate!, $to: LocalDate!) {
          activityEntries(employeeId: $id, from: $from, to: $to) { id status creditedMinutes } }`,
        { id: person.employeeId, from: `${period}-01`, to: lastDay(period) },
      );
      await page
        .locator(`[data-testid="people-row"][data-employee-id="${person.employeeId}"] a`)
        .click();
      await page.waitForURL(`**/performance/people/${person.employeeId}?period=${period}`);
      await page.getByTestId('entry-totals').waitFor();
      expect(await page.getByTestId('page-title').innerText()).toBe(person.name);
      expect(await page.getByTestId('entry-row').count()).toBe(activityEntries.length);
      expect(
        (
          await page
            .getByTestId('entry-row')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry-id')))
        ).sort(),
      ).toEqual(activityEntries.map((e) => e.id).sort());
      expect(Number(await page.getByTestId('total-approved').getAttribute('data-value'))).toBe(
        activityEntries
          .filter((e) => e.status === 'APPROVED')
          .reduce((sum, e) => sum + e.creditedMinutes, 0),
      );
      await check(page, 'person');

      // Only what still waits for a decision.
      await page.getByTestId('entry-status-filter').selectOption('SUBMITTED');
      const waiting = activityEntries.filter((e) => e.status === 'SUBMITTED').length;
      await expect.poll(() => page.getByTestId('entry-row').count()).toBe(waiting);
      if (waiting === 0) await page.getByTestId('entries-empty').waitFor();

      // Their report card of the month.
      const { monthlyReport } = await gql<{
        monthlyReport: {
          predicate: string;
          achievement: number;
          tpp: { total: number };
          explanation: { key: string; text: string }[];
        };
      }>(
        `query($id: ID!, $period: String!) { monthlyReport(employeeId: $id, period: $period) {
          predicate achievement tpp { total } explanation { key text } } }`,
        { id: person.employeeId, period },
      );
      await page.getByTestId('report-link').click();
      await page.waitForURL(`**/performance/people/${person.employeeId}/report?period=${period}`);
      const tpp = page.getByTestId('report-tpp-total');
      await tpp.waitFor();
      expect(Number(await tpp.getAttribute('data-value'))).toBe(monthlyReport.tpp.total);
      expect(await page.getByTestId('report-predicate').getAttribute('data-value')).toBe(
        monthlyReport.predicate,
      );
      expect(Number(await page.getByTestId('report-achievement').getAttribute('data-value'))).toBe(
        monthlyReport.achievement,
      );
      // Every line of the server's explanation is shown (each deduction is listed on its own).
      const lines = await page.locator('[data-testid^="explain-"] li').allInnerTexts();
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.sort()).toEqual(
        monthlyReport.explanation
          .filter((l) => l.key !== 'discipline.deduction')
          .map((l) => l.text)
          .sort(),
      );
      await check(page, 'report');

      // Back up the breadcrumb to the department.
      await page.getByTestId('breadcrumb').getByRole('link', { name: department.name }).click();
      await page.waitForURL(`**/performance/units/${department.unitId}?period=${period}`);
      await page.getByTestId('children').waitFor();
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
