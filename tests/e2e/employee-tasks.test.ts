/**
 * The monthly tasks of the demo teacher on a phone, against the real API: fill this month's IKI
 * report (a teaching-practice observation) and see it sent; order this month's peer ranking by
 * dragging and tapping, pick the best performer, send, and check that the API stored exactly the
 * order the page showed; rate one person in the 360° review; and watch the tasks badge follow
 * what the API says is left to do. axe and a screenshot on each page.
 *
 * The server runs on the real date: the months and the month the badge counts are computed from
 * today in Jakarta and the due date the API gives, never hard-coded.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  DEMO,
  PHONE,
  type Browser,
  type BrowserContext,
  type Page,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/pages.js';
import { todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Today in the demo agency's time zone, and this and last month (YYYY-MM). */
const today = todayIn();
const current = today.slice(0, 7);
const previous = (() => {
  const [y, m] = current.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

/** The API as the teacher (a bearer session of their own). */
const api = (nip: string): Promise<Gql> => apiAs(baseUrl, nip);

interface MonthFacts {
  iki: { status: string | null; closed: boolean; dueDate: string; plan: { status: string } | null };
  reviews: { submitted: boolean; editable: boolean }[];
  ranking: { submitted: boolean; editable: boolean } | null;
  questionnaires: { submitted: boolean; editable: boolean }[];
}

async function monthFacts(gql: Gql, period: string): Promise<MonthFacts> {
  const data = await gql(
    `query($p: String!) {
      iki: ikiReport(period: $p) { status closed dueDate plan { status } }
      reviews: myReviewAssignments(period: $p) { submitted editable }
      ranking: myPeerRanking(period: $p) { submitted editable }
      questionnaires: myQuestionnaires(period: $p) { submitted editable }
    }`,
    { p: period },
  );
  return data as unknown as MonthFacts;
}

/** What the badge should show, from the API: undone tasks of the month that is due. */
async function expectedBadge(gql: Gql): Promise<{ count: number; month: string }> {
  const prev = await monthFacts(gql, previous);
  const month = !prev.iki.closed && today <= prev.iki.dueDate ? previous : current;
  const f = month === previous ? prev : await monthFacts(gql, current);
  const iki =
    !f.iki.closed &&
    f.iki.plan?.status === 'APPROVED' &&
    (f.iki.status === null || f.iki.status === 'RETURNED');
  const reviews = f.reviews.length > 0 && f.reviews.some((r) => !r.submitted && r.editable);
  const ranking = !!f.ranking && !f.ranking.submitted && f.ranking.editable;
  // Each questionnaire still to answer is a task of its own.
  const questionnaires = f.questionnaires.filter((q) => !q.submitted && q.editable).length;
  return { count: [iki, reviews, ranking].filter(Boolean).length + questionnaires, month };
}

async function badgeCount(p: Page): Promise<number> {
  const badge = p.getByTestId('tasks-badge');
  return (await badge.count()) ? Number(await badge.getAttribute('data-count')) : 0;
}

async function checkPage(p: Page, name: string) {
  expect(await seriousViolations(p)).toEqual([]);
  await screenshot(p, name);
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  await signIn(page, baseUrl, 'employee', DEMO.teacher);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('monthly tasks of the teacher', () => {
  let gql: Gql;
  let badgeAtStart: number;
  let dueMonth: string;

  it('shows this month’s three tasks and a badge with what is left to do', async () => {
    gql = await api(DEMO.teacher);
    const expected = await expectedBadge(gql);
    dueMonth = expected.month;
    await expect.poll(() => badgeCount(page)).toBe(expected.count);
    badgeAtStart = expected.count;

    await page.getByRole('link', { name: /^Tugas/ }).click();
    await page.getByTestId('task-iki').waitFor();
    for (const task of ['iki', 'review', 'ranking'])
      await page.getByTestId(`task-${task}`).waitFor();
    expect(await page.getByTestId('task-iki').getAttribute('data-state')).toBe('TODO');
    expect(await page.getByTestId('task-ranking').getAttribute('data-state')).toBe('TODO');
    // The month switcher reaches last month, whose tasks were mostly done.
    await page.getByTestId('month-previous').click();
    await expect.poll(() => page.url()).toContain(`month=${previous}`);
    await page.getByTestId('task-review').waitFor();
    await page.getByTestId('month-next').click();
    await expect.poll(() => page.url()).toContain(`month=${current}`);
    await page.getByTestId('task-iki').waitFor();
    await checkPage(page, 'employee-tasks');
  });

  it('fills this month’s IKI report with the practice observation and sees it sent', async () => {
    await page.getByTestId('task-iki-link').click();
    await page.getByTestId('iki-line').first().waitFor();
    // Sending empty is refused beside each field, before any request.
    await page.getByTestId('iki-submit').click();
    await page.getByTestId('iki-problems').waitFor();

    const lines = page.getByTestId('iki-line');
    const count = await lines.count();
    let practices = 0;
    for (let i = 0; i < count; i++) {
      const line = lines.nth(i);
      if ((await line.getAttribute('data-practice')) === 'true') {
        practices++;
        await line.getByTestId('iki-observation-DILAKUKAN_EFEKTIF').check();
      } else {
        await line.getByTestId('iki-realisation').fill('3');
      }
    }
    expect(practices).toBeGreaterThan(0);
    await lines.first().getByTestId('iki-note').fill('Observasi oleh kepala sekolah.');
    await page.getByTestId('iki-submit').click();
    await page.getByTestId('iki-saved').waitFor();
    await expect
      .poll(() => page.getByTestId('iki-status').getAttribute('data-status'))
      .toBe('SUBMITTED');
    await checkPage(page, 'employee-iki');

    const { ikiReport } = await gql(
      `query($p: String!) { ikiReport(period: $p) { status lines { indicator { practiceId } realisation { observation } } } }`,
      { p: current },
    );
    const report = ikiReport as {
      status: string;
      lines: { indicator: { practiceId: string | null }; realisation: { observation: string } }[];
    };
    expect(report.status).toBe('SUBMITTED');
    for (const l of report.lines.filter((x) => x.indicator.practiceId))
      expect(l.realisation.observation).toBe('DILAKUKAN_EFEKTIF');

    if (dueMonth === current) await expect.poll(() => badgeCount(page)).toBe(badgeAtStart - 1);
    await expect.poll(async () => badgeCount(page)).toBe((await expectedBadge(gql)).count);
  });

  it('orders the peer ranking by dragging and tapping, picks the best, and the API stores that order', async () => {
    await page.goto(`${baseUrl}/employee/tasks/${current}/ranking`);
    await page.getByTestId('ranking-item').first().waitFor();
    const ids = () =>
      page
        .getByTestId('ranking-item')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.person!));
    const before = await ids();
    expect(before.length).toBeGreaterThanOrEqual(4);

    // Drag the fourth person to the top by the handle (pointer events), the list's top in view.
    await page
      .getByTestId('ranking-item')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const from = (await page.getByTestId('ranking-handle').nth(3).boundingBox())!;
    const firstRow = (await page.getByTestId('ranking-item').first().boundingBox())!;
    const x = from.x + from.width / 2;
    const startY = from.y + from.height / 2;
    await page.mouse.move(x, startY);
    await page.mouse.down();
    for (let step = 1; step <= 12; step++)
      await page.mouse.move(x, startY + ((firstRow.y + 4 - startY) * step) / 12);
    await page.mouse.up();
    await expect.poll(ids).toEqual([before[3], ...before.slice(0, 3), ...before.slice(4)]);
    await expect
      .poll(() => page.getByTestId('ranking-announcer').innerText())
      .toContain('posisi 1');

    // Tap the last person, move them up twice, then tap position 2 for them.
    const afterDrag = await ids();
    const last = afterDrag.at(-1)!;
    await page.locator(`[data-person="${last}"] [data-testid="ranking-select"]`).click();
    await page.getByTestId('ranking-up').click();
    await page.getByTestId('ranking-up').click();
    await expect.poll(async () => (await ids()).indexOf(last)).toBe(afterDrag.length - 3);
    await page.getByTestId('ranking-move-here').nth(1).click();
    await expect.poll(async () => (await ids()).indexOf(last)).toBe(1);
    await page.locator(`[data-person="${last}"] [data-testid="ranking-select"]`).click();

    // Sending without a best performer is refused on the page; then pick the third person.
    await page.getByTestId('ranking-submit').click();
    await page.getByTestId('ranking-error').waitFor();
    const shown = await ids();
    const best = shown[2]!;
    await page.locator(`[data-person="${best}"] [data-testid="ranking-best"]`).check();
    await checkPage(page, 'employee-ranking');

    await page.getByTestId('ranking-submit').click();
    await page.getByTestId('ranking-saved').waitFor();

    const { myPeerRanking } = await gql(
      `query($p: String!) { myPeerRanking(period: $p) { submitted ranking { id } best { id } coworkers { id } } }`,
      { p: current },
    );
    const stored = myPeerRanking as {
      submitted: boolean;
      ranking: { id: string }[];
      best: { id: string };
      coworkers: { id: string }[];
    };
    expect(stored.submitted).toBe(true);
    expect(stored.ranking.map((e) => e.id)).toEqual(shown);
    expect(stored.best.id).toBe(best);
    expect([...shown].sort()).toEqual(stored.coworkers.map((c) => c.id).sort());

    await expect.poll(async () => badgeCount(page)).toBe((await expectedBadge(gql)).count);
    if (dueMonth === current) await expect.poll(() => badgeCount(page)).toBe(badgeAtStart - 2);
  });

  it('rates one person in the 360° review', async () => {
    await page.goto(`${baseUrl}/employee/tasks/${current}/review`);
    const todo = page.locator('[data-testid="review-person"][data-done="false"]').first();
    await todo.waitFor();
    const ratee = (await todo.getAttribute('data-ratee'))!;
    await checkPage(page, 'employee-review');

    await todo.getByTestId('review-person-link').click();
    await page.getByTestId('rating-value').first().waitFor();
    // All seven are required.
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('rating-missing').waitFor();
    const values = page.getByTestId('rating-value');
    for (let i = 0; i < 7; i++)
      await values
        .nth(i)
        .getByTestId(`rating-${i + 3}`)
        .check();
    await values.nth(0).getByTestId('rating-add-comment').click();
    await values.nth(0).getByTestId('rating-comment').fill('Sabar melayani orang tua murid.');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('review-saved').waitFor();
    await checkPage(page, 'employee-review-form');

    const { myReviewAssignments } = await gql(
      `query($p: String!) { myReviewAssignments(period: $p) { rateeId submitted ratings { value score comment } } }`,
      { p: current },
    );
    const mine = (
      myReviewAssignments as {
        rateeId: string;
        submitted: boolean;
        ratings: { value: string; score: number; comment: string | null }[];
      }[]
    ).find((a) => a.rateeId === ratee)!;
    expect(mine.submitted).toBe(true);
    expect(mine.ratings.map((r) => r.score).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(mine.ratings.find((r) => r.value === 'SERVICE_ORIENTED')).toMatchObject({
      score: 3,
      comment: 'Sabar melayani orang tua murid.',
    });

    await page.getByRole('link', { name: /^Tugas/ }).click();
    await page.getByTestId('task-review').waitFor();
    expect(await page.getByTestId('task-iki').getAttribute('data-state')).toBe('DONE');
    expect(await page.getByTestId('task-ranking').getAttribute('data-state')).toBe('DONE');
    await expect.poll(async () => badgeCount(page)).toBe((await expectedBadge(gql)).count);
  });
});
