/**
 * The agency admin's monthly questionnaires on a desktop, against the real API: write a
 * questionnaire with all four kinds of question for one department (Dinas Sosial, where no demo
 * log-in works), see the client's and the server's problems beside their fields, order questions
 * from the keyboard, save the draft, open it behind its confirmation; two people of the department
 * answer through the API (the demo staff of Kominfo is not asked); the results page shows the
 * bars, the average, the short answers and who answered, and downloads the results as XLSX and
 * CSV; the list shows it open with its responses. An anonymous questionnaire (for the same
 * department, through the API) says so on its results and names nobody. A second draft is
 * deleted. axe and screenshots on every page. What stays: two open questionnaires asking people
 * of Dinas Sosial only (no demo log-in and no other browser test uses them).
 *
 * The server runs on the real date: the month and deadlines come from today in Jakarta.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { lastDay, todayIn } from '../support/dates.js';
import { parseCsv, readXlsx } from '../support/files.js';
import {
  type Browser,
  type BrowserContext,
  checkPage,
  DEMO,
  DESKTOP,
  type Page,
  signIn,
} from '../support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: Gql;

const today = todayIn();
const current = today.slice(0, 7);
const previousMonth = (() => {
  const [y, m] = current.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();
const TITLE = `Survei ruang kerja ${Date.now().toString(36)}`;
const DEPARTMENT = 'Dinas Sosial';

interface Holder {
  nip: string;
}
interface UnitPeople {
  positions: { holders: Holder[] }[];
  children: { positions: { holders: Holder[] }[] }[];
}

/** The people of a department (its own posts and its units'), by NIP. */
async function peopleOf(departmentId: string): Promise<string[]> {
  const { orgUnit } = await admin<{ orgUnit: UnitPeople }>(
    `query($id: ID!) { orgUnit(id: $id) {
      positions { holders { nip } }
      children { positions { holders { nip } } }
    } }`,
    { id: departmentId },
  );
  const posts = [...orgUnit.positions, ...orgUnit.children.flatMap((c) => c.positions)];
  return [...new Set(posts.flatMap((p) => p.holders.map((h) => h.nip)))].sort();
}

async function departmentId(name: string): Promise<string> {
  const { orgUnits } = await admin<{
    orgUnits: { children: { id: string; name: string }[] }[];
  }>('{ orgUnits { children { id name } } }');
  const found = orgUnits.flatMap((u) => u.children).find((u) => u.name === name);
  if (!found) throw new Error(`no unit named ${name}`);
  return found.id;
}

interface TaskFacts {
  questionnaire: {
    id: string;
    questions: { id: string; kind: string; options: string[]; text: string }[];
  };
}

async function myQuestionnaires(gql: Gql): Promise<TaskFacts[]> {
  const { myQuestionnaires: tasks } = await gql<{ myQuestionnaires: TaskFacts[] }>(
    `query($p: String!) { myQuestionnaires(period: $p) {
      questionnaire { id questions { id kind options text } } } }`,
    { p: current },
  );
  return tasks;
}

/** Saves what the page downloads when `click` runs, and answers the file's path. */
async function download(p: Page, click: () => Promise<void>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-questionnaire-'));
  const [file] = await Promise.all([p.waitForEvent('download'), click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, baseUrl, 'supervisor', DEMO.agencyAdmin);
  admin = await apiAs(baseUrl, DEMO.agencyAdmin);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('monthly questionnaires of the agency admin', () => {
  let id: string;

  it('lists the month’s questionnaires from the side navigation', async () => {
    await page.getByRole('link', { name: 'Kuesioner', exact: true }).click();
    await page.getByTestId('questionnaire-new').waitFor();
    await page
      .getByTestId('questionnaires-table')
      .or(page.getByTestId('questionnaires-empty'))
      .waitFor();
    await checkPage(page, 'supervisor-questionnaires-list');
  });

  it('writes a questionnaire of all four kinds, told what is missing before sending', async () => {
    await page.getByTestId('questionnaire-new').click();
    await page.getByTestId('questionnaire-title').waitFor();
    expect(await page.getByTestId('questionnaire-period').inputValue()).toBe(current);
    expect(await page.getByTestId('questionnaire-deadline').inputValue()).toBe(lastDay(current));

    // Nothing typed yet: the title and the first question are missing, focus on the title.
    await page.getByTestId('questionnaire-save').click();
    await page.getByTestId('form-problems').waitFor();
    expect(await page.getByTestId('questionnaire-title').getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('questionnaire-title');

    await page.getByTestId('questionnaire-title').fill(TITLE);
    await page.getByTestId('questionnaire-description').fill('Pendapat Anda tentang ruang kerja.');
    await page.getByTestId('questionnaire-audience').selectOption('DEPARTMENT');
    await page.getByTestId('questionnaire-department').selectOption({ label: DEPARTMENT });

    const questions = page.getByTestId('question-editor');
    // 1: a scale 1–5 with its end labels.
    await questions.nth(0).getByTestId('question-text').fill('Seberapa nyaman ruang kerja Anda?');
    await questions.nth(0).getByTestId('question-scaleMinLabel').fill('Tidak nyaman');
    await questions.nth(0).getByTestId('question-scaleMaxLabel').fill('Sangat nyaman');
    // 2: a single choice.
    await page.getByTestId('questionnaire-add').click();
    await questions.nth(1).getByTestId('question-kind').selectOption('SINGLE_CHOICE');
    await questions.nth(1).getByTestId('question-text').fill('Di mana Anda paling sering bekerja?');
    await questions.nth(1).getByTestId('question-option').nth(0).fill('Kantor');
    await questions.nth(1).getByTestId('question-option').nth(1).fill('Lapangan');
    // 3: a multiple choice with three options, optional.
    await page.getByTestId('questionnaire-add').click();
    await questions.nth(2).getByTestId('question-kind').selectOption('MULTIPLE_CHOICE');
    await questions.nth(2).getByTestId('question-text').fill('Apa yang perlu ditambah?');
    await questions.nth(2).getByTestId('question-option').nth(0).fill('Meja');
    await questions.nth(2).getByTestId('question-option').nth(1).fill('Kursi');
    await questions.nth(2).getByTestId('question-add-option').click();
    await questions.nth(2).getByTestId('question-option').nth(2).fill('Kursi');
    await questions.nth(2).getByTestId('question-required').uncheck();
    // 4: a short text, first added as a scale, then moved up from the keyboard and back.
    await page.getByTestId('questionnaire-add').click();
    await questions.nth(3).getByTestId('question-kind').selectOption('SHORT_TEXT');
    await questions.nth(3).getByTestId('question-text').fill('Saran Anda');
    await questions.nth(3).getByTestId('question-up').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => questions.nth(2).getByTestId('question-text').inputValue())
      .toBe('Saran Anda');
    // Focus stays on the moved question's button: Space moves it down again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect
      .poll(() => questions.nth(3).getByTestId('question-text').inputValue())
      .toBe('Saran Anda');

    // The repeated option is refused beside the options before anything is sent.
    await page.getByTestId('questionnaire-save').click();
    await questions.nth(2).getByTestId('field-error').waitFor();
    expect(await questions.nth(2).getByTestId('field-error').textContent()).toContain('berbeda');
    await questions.nth(2).getByTestId('question-option').nth(2).fill('Lampu');
    await checkPage(page, 'supervisor-questionnaires-editor');
  });

  it('shows the server’s refusal beside the deadline, then saves the draft', async () => {
    // Last month with its last day: a deadline in the past, which only the server knows to refuse.
    await page.getByTestId('questionnaire-period').fill(previousMonth);
    await page.getByTestId('questionnaire-deadline').fill(lastDay(previousMonth));
    await page.getByTestId('questionnaire-save').click();
    const deadlineError = page.locator('#q-deadline-error');
    await deadlineError.waitFor();
    expect(await page.getByTestId('questionnaire-deadline').getAttribute('aria-invalid')).toBe(
      'true',
    );

    await page.getByTestId('questionnaire-period').fill(current);
    await page.getByTestId('questionnaire-deadline').fill(lastDay(current));
    await page.getByTestId('questionnaire-save').click();
    await page.getByTestId('questionnaire-notice').waitFor();
    await expect.poll(() => page.url()).toMatch(/\/admin\/questionnaires\/[^/]+$/);
    id = page.url().split('/').pop()!;
    // The draft as saved: the order and the options as typed, and whom it asks.
    const { questionnaire } = await admin<{
      questionnaire: {
        status: string;
        targetCount: number;
        questions: { kind: string; options: string[] }[];
      };
    }>(
      'query($id: ID!) { questionnaire(id: $id) { status targetCount questions { kind options } } }',
      { id },
    );
    expect(questionnaire.targetCount).toBeGreaterThan(2);
    await expect
      .poll(() => page.getByTestId('questionnaire-targets').textContent())
      .toContain(`${questionnaire.targetCount} pegawai`);
    expect(questionnaire.status).toBe('DRAFT');
    expect(questionnaire.questions.map((q) => q.kind)).toEqual([
      'SCALE',
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
      'SHORT_TEXT',
    ]);
    expect(questionnaire.questions[2]!.options).toEqual(['Meja', 'Kursi', 'Lampu']);
  });

  it('opens it behind a confirmation; then its questions are fixed', async () => {
    await page.getByTestId('questionnaire-open').click();
    const dialog = page.getByTestId('questionnaire-open-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('tidak dapat diubah lagi');
    await checkPage(page, 'supervisor-questionnaires-open');
    await page.getByTestId('questionnaire-open-dialog-confirm').click();
    await page.getByTestId('questionnaire-view').waitFor();
    expect(await page.getByTestId('status-badge').getAttribute('data-status')).toBe('OPEN');
    await checkPage(page, 'supervisor-questionnaires-view');
  });

  it('asks the department’s people, not the staff of Kominfo, and shows their answers', async () => {
    const staff = await apiAs(baseUrl, DEMO.staff);
    expect((await myQuestionnaires(staff)).map((t) => t.questionnaire.id)).not.toContain(id);

    const people = (await peopleOf(await departmentId(DEPARTMENT))).slice(0, 2);
    expect(people).toHaveLength(2);
    const answers = [
      { scale: 4, place: 'Kantor', more: ['Meja', 'Lampu'], text: 'Tambah ventilasi' },
      { scale: 2, place: 'Lapangan', more: ['Lampu'], text: 'Ruang rapat kurang' },
    ];
    for (const [i, nip] of people.entries()) {
      const gql = await apiAs(baseUrl, nip);
      const task = (await myQuestionnaires(gql)).find((t) => t.questionnaire.id === id);
      expect(task, `${nip} is asked`).toBeDefined();
      const [scale, single, multiple, text] = task!.questionnaire.questions;
      const a = answers[i]!;
      await gql(
        `mutation($id: ID!, $a: [AnswerInput!]!) { submitQuestionnaire(id: $id, answers: $a) { submitted } }`,
        {
          id,
          a: [
            { questionId: scale!.id, scale: a.scale },
            { questionId: single!.id, choices: [a.place] },
            { questionId: multiple!.id, choices: a.more },
            { questionId: text!.id, text: a.text },
          ],
        },
      );
    }

    await page.getByTestId('questionnaire-results').click();
    await page.getByTestId('results-progress').waitFor();
    expect(await page.getByTestId('results-progress').textContent()).toMatch(/^\s*2 dari \d+/);
    const results = page.getByTestId('question-result');
    await expect.poll(() => results.count()).toBe(4);
    expect(await results.nth(0).getByTestId('result-average').textContent()).toContain('3,00');
    const scaleRows = results.nth(0).getByTestId('result-row');
    expect(await scaleRows.count()).toBe(5);
    expect(
      await results.nth(0).locator('[data-option="4"]').getByTestId('result-count').textContent(),
    ).toBe('1');
    expect(
      await results
        .nth(2)
        .locator('[data-option="Lampu"]')
        .getByTestId('result-count')
        .textContent(),
    ).toBe('2');
    const texts = await results.nth(3).getByTestId('result-texts').locator('li').allTextContents();
    expect(texts.sort()).toEqual(['Ruang rapat kurang', 'Tambah ventilasi']);
    const respondents = await page
      .getByTestId('respondent')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-nip')));
    expect(respondents.sort()).toEqual(people);
    expect(await page.getByTestId('results-anonymous').count()).toBe(0);
    await checkPage(page, 'supervisor-questionnaires-results');
  });

  it('downloads the results as XLSX and CSV', async () => {
    const xlsx = await download(page, () => page.getByTestId('results-xlsx').click());
    expect(xlsx).toMatch(/\.xlsx$/);
    const sheet = await readXlsx(xlsx);
    const cells: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(String(cell.value ?? ''));
      }),
    );
    expect(cells.join('\n')).toContain('Seberapa nyaman ruang kerja Anda?');

    const csvFile = await download(page, () => page.getByTestId('results-csv').click());
    expect(csvFile).toMatch(/\.csv$/);
    const rows = parseCsv(await readFile(csvFile, 'utf8'));
    const all = rows.flat().join('\n');
    expect(all).toContain('Tambah ventilasi');
    expect(all).toContain('Ruang rapat kurang');
  });

  it('lists it as open with its audience and responses', async () => {
    await page.getByRole('link', { name: 'Kuesioner', exact: true }).click();
    const row = page.locator(`[data-testid="questionnaire-row"][data-id="${id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('OPEN');
    expect(await row.getByTestId('audience').textContent()).toBe(DEPARTMENT);
    expect(await row.getByTestId('questionnaire-responses').textContent()).toMatch(/^\s*2 dari/);
  });

  it('says an anonymous questionnaire is anonymous and names nobody', async () => {
    // An anonymous one for the same department, opened and answered once through the API.
    const { createQuestionnaire: created } = await admin<{
      createQuestionnaire: { id: string; questions: { id: string }[] };
    }>(
      `mutation($i: QuestionnaireInput!) { createQuestionnaire(input: $i) { id questions { id } } }`,
      {
        i: {
          title: `${TITLE} (anonim)`,
          anonymous: true,
          period: current,
          deadline: lastDay(current),
          audience: 'DEPARTMENT',
          departmentId: await departmentId(DEPARTMENT),
          questions: [
            {
              kind: 'SCALE',
              text: 'Seberapa puas Anda?',
              required: true,
              scaleMin: 1,
              scaleMax: 5,
            },
          ],
        },
      },
    );
    await admin('mutation($id: ID!) { openQuestionnaire(id: $id) { id } }', { id: created.id });
    const [nip] = await peopleOf(await departmentId(DEPARTMENT));
    await (
      await apiAs(baseUrl, nip!)
    )(
      `mutation($id: ID!, $a: [AnswerInput!]!) { submitQuestionnaire(id: $id, answers: $a) { submitted } }`,
      { id: created.id, a: [{ questionId: created.questions[0]!.id, scale: 5 }] },
    );

    await page.goto(`${baseUrl}/supervisor/admin/questionnaires/${created.id}/results`);
    await page.getByTestId('results-anonymous').waitFor();
    expect(await page.getByTestId('results-anonymous').textContent()).toContain('Anonim');
    expect(await page.getByTestId('results-progress').textContent()).toMatch(/^\s*1 dari/);
    expect(await page.getByTestId('results-respondents').count()).toBe(0);
    await checkPage(page, 'supervisor-questionnaires-anonymous');
  });

  it('deletes a draft behind a confirmation', async () => {
    await page.goto(`${baseUrl}/supervisor/admin/questionnaires/new`);
    await page.getByTestId('questionnaire-title').fill(`${TITLE} (draf)`);
    await page
      .getByTestId('question-editor')
      .first()
      .getByTestId('question-text')
      .fill('Pertanyaan sementara');
    await page.getByTestId('questionnaire-save').click();
    await page.getByTestId('questionnaire-delete').waitFor();
    const draftId = page.url().split('/').pop()!;
    await page.getByTestId('questionnaire-delete').click();
    await page.getByTestId('questionnaire-delete-dialog-confirm').click();
    await page.getByTestId('questionnaires-table').waitFor();
    expect(await page.getByTestId('questionnaires-notice').textContent()).toContain('dihapus');
    expect(
      await page.locator(`[data-testid="questionnaire-row"][data-id="${draftId}"]`).count(),
    ).toBe(0);
  });
});
