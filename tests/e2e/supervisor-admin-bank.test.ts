/**
 * The admin pages, part 1, as the agency admin on a desktop against the real API: the department
 * admin of Dinas Pendidikan proposes two items (through the API); the agency admin publishes one
 * from the proposals tab (the API says PUBLISHED and the SD teacher finds it) and rejects the other
 * with a reason (refused first without one); edits an item (a taken code is refused beside the
 * code field); imports a spreadsheet and exports the bank (the CSV file is parsed and checked
 * against the API); opens the org chart and sees the vacant head of Bidang Rehabilitasi Sosial and
 * the Plt of Dinas PUPR as the API has them; tries an employee import that is refused row by row;
 * and finds the publish event in the audit log. axe and a screenshot on each page.
 *
 * Everything it creates has codes of its own (a run stamp), so other tests and a second run are
 * untouched; the import of employees is refused, so nothing is saved.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
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
  SCREENSHOTS,
  signIn,
} from '../support/pages.js';
import { parseCsv } from '../support/files.js';

const baseUrl = inject('baseUrl');
const DEPARTMENT_ADMIN = '199503202020112402'; // Dinas Pendidikan
const DOWNLOADS = path.join(SCREENSHOTS, '..', 'downloads');

/** Codes and a search word no one else uses, e.g. "UJI7K3F9.1". */
const stamp = Date.now().toString(36).toUpperCase();
const word = `uji${stamp.toLowerCase()}`;
const CODE = { publish: `UJI${stamp}.1`, reject: `UJI${stamp}.2`, imported: `UJI${stamp}.3` };

let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: Gql;

interface Item {
  id: string;
  code: string;
  name: string;
  status: string;
  standardMinutes: number;
  rejectionReason: string | null;
}

async function itemByCode(code: string): Promise<Item | undefined> {
  const data = await admin<{ adminActivityItems: { edges: { node: Item }[] } }>(
    `query($s: String) { adminActivityItems(search: $s, first: 20) { edges { node {
       id code name status standardMinutes rejectionReason } } } }`,
    { s: code },
  );
  return data.adminActivityItems.edges.map((e) => e.node).find((i) => i.code === code);
}

interface Unit {
  id: string;
  code: string;
  name: string;
  children?: Unit[];
}
/** Every unit of the demo city by code. */
async function unitsByCode(): Promise<Map<string, Unit>> {
  const level = 'id code name';
  const data = await admin<{ orgUnits: Unit[] }>(
    `{ orgUnits { ${level} children { ${level} children { ${level} children { ${level} } } } } }`,
  );
  const map = new Map<string, Unit>();
  const walk = (u: Unit) => {
    map.set(u.code, u);
    u.children?.forEach(walk);
  };
  data.orgUnits.forEach(walk);
  return map;
}

beforeAll(async () => {
  admin = await apiAs(baseUrl, DEMO.agencyAdmin);
  const units = await unitsByCode();
  const school = units.get('DISDIK.04')!; // SD Negeri 1 Contoh, the demo teacher's school
  expect(school.name).toBe('SD Negeri 1 Contoh');
  const departmentAdmin = await apiAs(baseUrl, DEPARTMENT_ADMIN);
  const propose = (code: string, name: string, minutes: number) =>
    departmentAdmin(
      `mutation($input: ActivityItemInput!) { proposeActivityItem(input: $input) { id status } }`,
      {
        input: {
          code,
          name,
          outputUnit: 'kegiatan',
          standardMinutes: minutes,
          category: 'MAIN',
          keywords: [word, 'literasi'],
          requiresEvidence: true,
          scopeUnitIds: [school.id],
        },
      },
    );
  await propose(CODE.publish, `Membimbing lomba literasi antarkelas ${word}`, 90);
  await propose(CODE.reject, `Menyusun pojok baca kelas ${word}`, 60);

  browser = await launchBrowser();
  context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', DEMO.agencyAdmin);
  await mkdir(DOWNLOADS, { recursive: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the activity bank', () => {
  it('lists the waiting proposals, the department’s new ones among them', async () => {
    await page.getByTestId('side-nav').getByRole('link', { name: 'Bank aktivitas' }).click();
    await page.getByTestId('bank-row').first().waitFor();
    await page.getByTestId('bank-tab-proposed').click();
    const proposal = page.locator(`[data-testid="proposal"][data-code="${CODE.publish}"]`);
    await proposal.waitFor();
    await expect.poll(() => proposal.innerText()).toContain('Dewi Rosmiati');
    // The demo seed's own proposals wait too.
    expect(await page.locator('[data-testid="proposal"][data-code^="USUL."]').count()).toBe(6);
    await checkPage(page, 'supervisor-admin-bank-proposals');
  });

  it('publishes one: the API says PUBLISHED and the teacher of that school can log it', async () => {
    const proposal = page.locator(`[data-testid="proposal"][data-code="${CODE.publish}"]`);
    await proposal.getByTestId('proposal-publish').click();
    await expect.poll(() => proposal.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('proposal-announcement').innerText())
      .toContain('diterbitkan');
    expect((await itemByCode(CODE.publish))?.status).toBe('PUBLISHED');

    const teacher = await apiAs(baseUrl, DEMO.teacher);
    const found = await teacher<{ activityItems: { edges: { node: { code: string } }[] } }>(
      `query($s: String) { activityItems(search: $s) { edges { node { code } } } }`,
      { s: word },
    );
    expect(found.activityItems.edges.map((e) => e.node.code)).toEqual([CODE.publish]);
  });

  it('rejects the other only with a reason, which the API keeps', async () => {
    const proposal = page.locator(`[data-testid="proposal"][data-code="${CODE.reject}"]`);
    await proposal.getByTestId('proposal-reject').click();
    await proposal.getByTestId('proposal-reject-confirm').click();
    const error = proposal.getByTestId('proposal-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await error.innerText()).toMatch(/alasan/i);
    expect((await itemByCode(CODE.reject))?.status).toBe('PROPOSED');

    const reason = 'Sudah tercakup butir GURU yang ada; gunakan butir itu.';
    await proposal.getByTestId('proposal-reason').fill(reason);
    await proposal.getByTestId('proposal-reject-confirm').click();
    await expect.poll(() => proposal.count()).toBe(0);
    expect(await itemByCode(CODE.reject)).toMatchObject({
      status: 'REJECTED',
      rejectionReason: reason,
    });
  });

  it('edits an item: a taken code is refused beside the code, then the change is saved', async () => {
    await page.getByTestId('bank-tab-all').click();
    await page.getByTestId('bank-search').fill(CODE.publish);
    await page.getByTestId('bank-apply').click();
    const row = page.locator(`[data-testid="bank-row"][data-code="${CODE.publish}"]`);
    await row.waitFor();
    await row.getByTestId('bank-edit').click();
    const form = page.getByTestId('item-form');
    await form.waitFor();

    await form.getByTestId('item-code').fill('UMUM.001');
    await form.getByTestId('item-save').click();
    await expect.poll(() => form.getByTestId('error-code').innerText()).toContain('UMUM.001');
    expect(await form.getByTestId('item-code').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'supervisor-admin-bank-form');

    await form.getByTestId('item-code').fill(CODE.publish);
    await form.getByTestId('item-minutes').fill('75');
    await form.getByTestId('item-save').click();
    await page.getByTestId('bank-saved').waitFor();
    expect((await itemByCode(CODE.publish))?.standardMinutes).toBe(75);
  });

  it('imports a spreadsheet and reports what it created', async () => {
    await page.getByTestId('bank-import-toggle').click();
    const csv = [
      'code,name,description,output_unit,standard_minutes,category,position_kinds,unit_codes,keywords,requires_evidence',
      `${CODE.imported},Menghadiri apel kesiapsiagaan ${word},,kegiatan,60,TAMBAHAN,,,"apel,${word}",tidak`,
    ].join('\n');
    await page.getByTestId('bank-import-file').setInputFiles({
      name: 'bank-uji.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByTestId('bank-import-submit').click();
    await expect
      .poll(() => page.getByTestId('bank-import-ok').innerText())
      .toContain('1 butir baru');
    expect((await itemByCode(CODE.imported))?.status).toBe('PUBLISHED');
    await page.getByTestId('bank-import-toggle').click();
  });

  it('exports the published bank as CSV: the file holds what the API lists', async () => {
    await page.getByTestId('bank-search').fill('');
    await page.getByTestId('bank-apply').click();
    await page.getByTestId('bank-status').selectOption('PUBLISHED');
    await expect.poll(() => page.getByTestId('bank-range').innerText()).toMatch(/dari/);
    await checkPage(page, 'supervisor-admin-bank-list');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bank-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const saved = path.join(DOWNLOADS, `supervisor-admin-bank-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const rows = parseCsv(await readFile(saved, 'utf8')).filter((r) => r.some((c) => c));
    const [header, ...items] = rows;
    expect(header).toEqual([
      'code',
      'name',
      'description',
      'output_unit',
      'standard_minutes',
      'category',
      'position_kinds',
      'unit_codes',
      'keywords',
      'requires_evidence',
      'position_ids',
      'status',
    ]);
    const { adminActivityItems } = await admin<{ adminActivityItems: { totalCount: number } }>(
      '{ adminActivityItems(status: PUBLISHED, first: 1) { totalCount } }',
    );
    expect(items).toHaveLength(adminActivityItems.totalCount);
    expect(items.every((r) => r[11] === 'PUBLISHED')).toBe(true);
    const ours = items.find((r) => r[0] === CODE.publish)!;
    expect(ours).toBeDefined();
    expect(ours.slice(3, 8)).toEqual(['kegiatan', '75', 'MAIN', '', 'DISDIK.04']);
    expect(items.some((r) => r[0] === CODE.reject)).toBe(false);
  });
});

describe('the org chart', () => {
  interface Position {
    name: string;
    holders: { nip: string }[];
    actingAssignments: { kind: string; employee: { name: string } }[];
  }
  async function positionsOf(unitId: string): Promise<Position[]> {
    const data = await admin<{ orgUnit: { positions: Position[] } }>(
      `query($id: ID!) { orgUnit(id: $id) { positions { name holders { nip }
         actingAssignments { kind employee { name } } } } }`,
      { id: unitId },
    );
    return data.orgUnit.positions;
  }

  it('marks the head of Bidang Rehabilitasi Sosial vacant, as the API has it', async () => {
    await page.getByTestId('side-nav').getByRole('link', { name: 'Struktur organisasi' }).click();
    await page.getByTestId('unit-tree').waitFor();
    await page.getByTestId('unit-find').fill('rehabilitasi sosial');
    await page
      .getByTestId('unit-result')
      .filter({ hasText: /^Bidang Rehabilitasi Sosial/ })
      .click();
    await expect
      .poll(() => page.getByTestId('unit-title').innerText())
      .toBe('Bidang Rehabilitasi Sosial');
    const head = page.getByTestId('position').first();
    await expect.poll(() => head.getAttribute('data-vacant')).toBe('true');
    expect(await head.getByTestId('position-vacant').innerText()).toBe('Kosong');

    const units = await unitsByCode();
    const unit = [...units.values()].find((u) => u.name === 'Bidang Rehabilitasi Sosial')!;
    const [apiHead] = await positionsOf(unit.id);
    expect(apiHead).toMatchObject({ holders: [], actingAssignments: [] });
    expect(await head.locator('th').innerText()).toContain(apiHead!.name);
    await checkPage(page, 'supervisor-admin-org-vacant');
  });

  it('shows the Plt acting as head of Dinas PUPR', async () => {
    await page.getByTestId('unit-find').fill('DPUPR');
    await page.getByTestId('unit-result').first().click();
    await expect
      .poll(() => page.getByTestId('unit-title').innerText())
      .toBe('Dinas Pekerjaan Umum dan Penataan Ruang');
    const units = await unitsByCode();
    const [apiHead] = await positionsOf(units.get('DPUPR')!.id);
    expect(apiHead!.holders).toEqual([]);
    const plt = apiHead!.actingAssignments[0]!;
    expect(plt.kind).toBe('PLT');

    const head = page.getByTestId('position').first();
    const acting = head.getByTestId('acting');
    await acting.waitFor();
    expect((await acting.innerText()).replace(/\s+/g, ' ')).toContain(`Plt ${plt.employee.name}`);
    expect(await head.getByTestId('position-vacant').innerText()).toBe('Kosong, ada Plt/Plh');
    await checkPage(page, 'supervisor-admin-org-acting');
  });

  it('finds an employee, and refuses an employee import row by row, saving nothing', async () => {
    await page.getByTestId('org-tab-employees').click();
    await page.getByTestId('employees-search').fill('dewi rosmiati');
    await page.getByTestId('employees-apply').click();
    await expect.poll(() => page.getByTestId('employee-row').count()).toBe(1);
    await checkPage(page, 'supervisor-admin-org-employees');

    await page.getByTestId('org-tab-import').click();
    await page
      .getByTestId('employee-import-text')
      .fill(
        [
          'nip,name,employment_type,rank,unit_code,position_name,email,password',
          `12345,Nama Uji ${word},PNS,Penata Muda (III/a),DISKOMINFO.02,Pranata Komputer Ahli Pertama,,`,
          `199601152022032001,Rina Uji ${word},PNS,Penata Muda (III/a),TIDAK-ADA,Analis,,`,
        ].join('\n'),
      );
    await page.getByTestId('employee-import-submit').click();
    await page.getByTestId('employee-import-rejected').waitFor();
    const rows = page.getByTestId('employee-import-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/^2\s/);
    expect(await rows.nth(1).innerText()).toMatch(/^3\s+199601152022032001/);
    await checkPage(page, 'supervisor-admin-org-import');

    const { adminEmployees } = await admin<{ adminEmployees: { totalCount: number } }>(
      'query($s: String) { adminEmployees(search: $s, includeInactive: true) { totalCount } }',
      { s: word },
    );
    expect(adminEmployees.totalCount).toBe(0);
  });
});

describe('the audit log', () => {
  it('finds the publish event of the item, with its status change', async () => {
    const published = (await itemByCode(CODE.publish))!;
    await page.getByTestId('side-nav').getByRole('link', { name: 'Log audit' }).click();
    await page.getByTestId('audit-action').waitFor();
    await page.getByTestId('audit-action').fill('activityItem.publish');
    await page.getByTestId('audit-entity').fill(published.id);
    await page.getByTestId('audit-apply').click();
    const row = page.locator(`[data-testid="audit-row"][data-entity="${published.id}"]`);
    await row.waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(1);
    expect(await row.getAttribute('data-action')).toBe('activityItem.publish');
    expect(await row.innerText()).toContain('Ni Made Ayu Lestari');

    const { auditEvents } = await admin<{
      auditEvents: { edges: { node: { action: string; actor: { nip: string } } }[] };
    }>(
      `query($f: AuditEventFilter) { auditEvents(filter: $f) { edges { node { action actor { nip } } } } }`,
      { f: { action: 'activityItem.publish', entityId: published.id } },
    );
    expect(auditEvents.edges).toHaveLength(1);
    expect(auditEvents.edges[0]!.node.actor.nip).toBe(DEMO.agencyAdmin);

    await row.getByTestId('audit-toggle').click();
    const status = page.locator('[data-testid="audit-data-row"][data-key="status"]');
    await status.waitFor();
    expect((await status.innerText()).replace(/\s+/g, ' ')).toContain('PROPOSED PUBLISHED');
    await checkPage(page, 'supervisor-admin-audit');
  });
});
