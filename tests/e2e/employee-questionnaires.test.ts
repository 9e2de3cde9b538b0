/**
 * The demo teacher's monthly questionnaire on a phone, against the real API: the seeded teachers'
 * reflection appears among this month's tasks with its deadline; the form refuses to send while a
 * required question is unanswered; the teacher answers all four kinds, sends, opens it again with
 * the answers in place, changes one and sends again; the admin's results (through the API) hold
 * the changed answer under the teacher's name. An anonymous questionnaire says so on its page and
 * is answered too, so the teacher has no questionnaire left waiting (other tests count the tasks
 * badge). When the server did not seed the demo month's questionnaires, the agency admin makes and
 * opens the two for teachers first. axe and a screenshot on each page.
 *
 * The server runs on the real date: the month comes from today in Jakarta, the deadline from the
 * API.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { lastDay, todayIn } from '../support/dates.js';
import {
  type Browser,
  type BrowserContext,
  checkPage,
  DEMO,
  type Page,
  PHONE,
  signIn,
} from '../support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let teacher: Gql;
let admin: Gql;

const current = todayIn().slice(0, 7);
const REFLECTION = 'Refleksi pembelajaran bulanan';
const NOTE = `Siswa senang belajar di luar kelas (${Date.now().toString(36)}).`;

interface Task {
  questionnaire: { id: string; title: string; anonymous: boolean };
  dueDate: string;
  submitted: boolean;
  editable: boolean;
  answers: { questionId: string; scale: number | null; choices: string[]; text: string | null }[];
}

async function tasks(): Promise<Task[]> {
  const { myQuestionnaires } = await teacher<{ myQuestionnaires: Task[] }>(
    `query($p: String!) { myQuestionnaires(period: $p) {
      questionnaire { id title anonymous } dueDate submitted editable
      answers { questionId scale choices text } } }`,
    { p: current },
  );
  return myQuestionnaires;
}

const OPEN_QUESTIONNAIRE = `mutation($i: QuestionnaireInput!) {
  createQuestionnaire(input: $i) { id }
}`;

/**
 * The teachers' questionnaires the test answers: the demo month's seeded ones when the server
 * seeded them, else made and opened here by the agency admin (the same reflection, and a short
 * anonymous survey).
 */
async function ensureQuestionnaires(): Promise<void> {
  const mine = await tasks();
  const base = {
    period: current,
    deadline: lastDay(current),
    audience: 'TEACHERS',
    description: 'Refleksi singkat guru atas pembelajaran di kelas selama bulan ini.',
  };
  const inputs = [];
  if (!mine.some((t) => t.questionnaire.title === REFLECTION && t.editable))
    inputs.push({
      ...base,
      title: REFLECTION,
      anonymous: false,
      questions: [
        {
          kind: 'SCALE',
          text: 'Seberapa tercapai tujuan pembelajaran bulan ini?',
          required: true,
          scaleMin: 1,
          scaleMax: 5,
          scaleMinLabel: 'Belum tercapai',
          scaleMaxLabel: 'Tercapai sepenuhnya',
        },
        {
          kind: 'SINGLE_CHOICE',
          text: 'Metode yang paling sering Anda gunakan',
          required: true,
          options: ['Diskusi kelompok', 'Proyek', 'Ceramah interaktif', 'Praktik langsung'],
        },
        {
          kind: 'MULTIPLE_CHOICE',
          text: 'Kendala yang Anda hadapi',
          required: false,
          options: ['Sarana prasarana', 'Waktu', 'Kehadiran siswa', 'Administrasi'],
        },
        { kind: 'SHORT_TEXT', text: 'Catatan refleksi Anda', required: false },
      ],
    });
  if (!mine.some((t) => t.questionnaire.anonymous && t.editable && !t.submitted))
    inputs.push({
      ...base,
      title: 'Survei singkat guru (anonim)',
      anonymous: true,
      questions: [
        {
          kind: 'SCALE',
          text: 'Seberapa puas Anda bulan ini?',
          required: true,
          scaleMin: 1,
          scaleMax: 5,
        },
      ],
    });
  for (const input of inputs) {
    const { createQuestionnaire } = await admin<{ createQuestionnaire: { id: string } }>(
      OPEN_QUESTIONNAIRE,
      { i: input },
    );
    await admin('mutation($id: ID!) { openQuestionnaire(id: $id) { id } }', {
      id: createQuestionnaire.id,
    });
  }
}

const formatDate = (date: string) =>
  new Intl.DateTimeFormat('id', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  await signIn(page, baseUrl, 'employee', DEMO.teacher);
  teacher = await apiAs(baseUrl, DEMO.teacher);
  admin = await apiAs(baseUrl, DEMO.agencyAdmin);
  await ensureQuestionnaires();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the teacher’s monthly questionnaire', () => {
  let reflection: Task;

  it('appears among this month’s tasks with its deadline', async () => {
    const mine = await tasks();
    reflection = mine.find((t) => t.questionnaire.title === REFLECTION)!;
    expect(reflection, 'the seeded teachers’ questionnaire targets the teacher').toBeDefined();
    expect(reflection.editable).toBe(true);

    await page.getByRole('link', { name: /^Tugas/ }).click();
    await page.getByTestId('task-iki').waitFor();
    const cards = page.getByTestId('task-questionnaire');
    await expect.poll(() => cards.count()).toBe(mine.length);
    const card = page.locator(
      `[data-testid="task-questionnaire"][data-id="${reflection.questionnaire.id}"]`,
    );
    expect(await card.getAttribute('data-state')).toBe(reflection.submitted ? 'SENT' : 'TODO');
    expect(await card.textContent()).toContain(REFLECTION);
    expect(await card.getByTestId('task-due').textContent()).toContain(
      formatDate(reflection.dueDate),
    );
    await checkPage(page, 'employee-questionnaires-tasks');
    await card.getByTestId('task-questionnaire-link').click();
    await page.getByTestId('questionnaire-form').waitFor();
  });

  it('refuses to send with a required question unanswered, then sends every kind', async () => {
    // Named, not anonymous: no anonymity notice.
    expect(await page.getByTestId('questionnaire-anonymous').count()).toBe(0);
    const questions = page.getByTestId('questionnaire-question');
    await expect.poll(() => questions.count()).toBe(4);
    expect(await questions.nth(0).getAttribute('data-kind')).toBe('SCALE');
    expect(await questions.nth(0).textContent()).toContain('Tercapai sepenuhnya');

    if (!reflection.submitted) {
      await page.getByTestId('questionnaire-submit').click();
      await page.getByTestId('questionnaire-problems').waitFor();
      expect(await questions.nth(0).locator('.field__error').isVisible()).toBe(true);
    }

    await questions.nth(0).getByTestId('scale-4').check();
    await questions.nth(1).getByRole('radio', { name: 'Proyek' }).check();
    const waktu = questions.nth(2).getByRole('checkbox', { name: 'Waktu' });
    if (!(await waktu.isChecked())) await waktu.check();
    await questions.nth(3).getByTestId('short-text').fill(NOTE);
    expect(await questions.nth(3).getByTestId('text-counter').textContent()).toContain(
      `${NOTE.length} dari`,
    );
    await checkPage(page, 'employee-questionnaires-form');
    await page.getByTestId('questionnaire-submit').click();
    await page.getByTestId('questionnaire-saved').waitFor();
    await checkPage(page, 'employee-questionnaires-sent');

    const sent = (await tasks()).find((t) => t.questionnaire.id === reflection.questionnaire.id)!;
    expect(sent.submitted).toBe(true);
    expect(sent.answers.find((a) => a.scale !== null)!.scale).toBe(4);
    expect(sent.answers.some((a) => a.text === NOTE)).toBe(true);
  });

  it('is sent on the tasks page, and can be opened and changed until the deadline', async () => {
    await page.getByRole('link', { name: /Kembali ke tugas bulanan/ }).click();
    const card = page.locator(
      `[data-testid="task-questionnaire"][data-id="${reflection.questionnaire.id}"]`,
    );
    await expect.poll(() => card.getAttribute('data-state')).toBe('SENT');
    expect(await card.textContent()).toContain('Dapat diubah sampai');
    await card.getByTestId('task-questionnaire-link').click();

    const questions = page.getByTestId('questionnaire-question');
    await questions.nth(0).waitFor();
    // The answers sent are in place.
    await expect
      .poll(() => questions.nth(0).getByTestId('scale-chosen').textContent())
      .toContain('4');
    expect(await questions.nth(3).getByTestId('short-text').inputValue()).toBe(NOTE);
    expect(await page.getByTestId('questionnaire-submit').textContent()).toContain(
      'Simpan perubahan',
    );
    await questions.nth(0).getByTestId('scale-5').check();
    await page.getByTestId('questionnaire-submit').click();
    await page.getByTestId('questionnaire-saved').waitFor();

    const changed = (await tasks()).find(
      (t) => t.questionnaire.id === reflection.questionnaire.id,
    )!;
    expect(changed.answers.find((a) => a.scale !== null)!.scale).toBe(5);
  });

  it('shows in the admin’s results under the teacher’s name', async () => {
    const { questionnaireResults: results } = await admin<{
      questionnaireResults: {
        questions: { question: { kind: string }; texts: string[] }[];
        respondents: { employee: { nip: string } }[];
      };
    }>(
      `query($id: ID!) { questionnaireResults(id: $id) {
        questions { question { kind } texts }
        respondents { employee { nip } } } }`,
      { id: reflection.questionnaire.id },
    );
    expect(results.respondents.map((r) => r.employee.nip)).toContain(DEMO.teacher);
    const text = results.questions.find((q) => q.question.kind === 'SHORT_TEXT')!;
    expect(text.texts).toContain(NOTE);
  });

  it('says an anonymous questionnaire is anonymous, and answers it', async () => {
    const anonymous = (await tasks()).find(
      (t) => t.questionnaire.anonymous && t.editable && !t.submitted,
    );
    expect(anonymous, 'an anonymous questionnaire asks the teacher').toBeDefined();
    await page.goto(
      `${baseUrl}/employee/tasks/${current}/questionnaires/${anonymous!.questionnaire.id}`,
    );
    await page.getByTestId('questionnaire-anonymous').waitFor();
    expect(await page.getByTestId('questionnaire-anonymous').textContent()).toContain(
      'Jawaban Anda anonim',
    );
    await checkPage(page, 'employee-questionnaires-anonymous');
    // Answered (every required question), so no task is left waiting for other tests' badges.
    const questions = page.getByTestId('questionnaire-question');
    for (let i = 0; i < (await questions.count()); i++) {
      const q = questions.nth(i);
      const kind = await q.getAttribute('data-kind');
      if (kind === 'SCALE') await q.locator('input[type="radio"]').last().check();
      else if (kind === 'SHORT_TEXT') await q.getByTestId('short-text').fill('Baik');
      else await q.getByTestId('choice').first().check();
    }
    await page.getByTestId('questionnaire-submit').click();
    await page.getByTestId('questionnaire-saved').waitFor();
  });
});
