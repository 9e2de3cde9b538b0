/**
 * Link evidence, through both apps against the real API: the demo teacher adds a teaching video's
 * link to an entry on the phone (a javascript: link is refused first, with the server's words),
 * submits the day, and the school's head finds the entry in the verification queue with the link
 * shown as a link to the video's host, opening in a new tab without the app's address.
 *
 * The entry is logged in the small hours (the history's entries lie inside working hours), today
 * from 03:00 in Jakarta, yesterday before that, like employee-day.test.ts.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { addDays, nowIn } from '../support/dates.js';
import { checkPage, DEMO, DESKTOP, PHONE, type Browser, signIn } from '../support/pages.js';

const baseUrl = inject('baseUrl');
const VIDEO = 'https://www.youtube.com/watch?v=kinerja-e2e-pecahan';
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('link evidence', () => {
  it('is added on the phone, refused when not http(s), and opened by the supervisor as a link', async () => {
    const teacher = await apiAs(baseUrl, DEMO.teacher);
    const { me } = await teacher<{ me: { id: string; supervisor: { nip: string } } }>(
      '{ me { id supervisor { nip } } }',
    );
    const { activityItems } = await teacher<{
      activityItems: { edges: { node: { name: string; requiresEvidence: boolean } }[] };
    }>('{ activityItems(first: 20) { edges { node { name requiresEvidence } } } }');
    const item = activityItems.edges.map((e) => e.node).find((i) => !i.requiresEvidence)!;
    expect(item).toBeTruthy();
    const now = nowIn();
    const day = now.minutes >= 180 ? now.date : addDays(now.date, -1);

    // ── the phone: a link refused, then a video's link added and the entry saved ──────────
    const phoneContext = await browser.newContext(PHONE);
    contexts.push(phoneContext);
    const phone = await phoneContext.newPage();
    await signIn(phone, baseUrl, 'employee', DEMO.teacher);
    await phone.goto(`${baseUrl}/employee/?date=${day}`);
    await phone.getByTestId('add-entry').click();
    await phone.getByTestId('entry-save').waitFor();
    const search = phone.getByTestId('item-search');
    await search.click();
    await search.fill(item.name.split(/\s+/).slice(0, 2).join(' '));
    await phone.getByTestId('item-option').filter({ hasText: item.name }).first().click();
    await phone.getByTestId('entry-start').fill('02:05');
    await phone.getByTestId('entry-end').fill('02:35');
    await phone.getByTestId('entry-description').fill('Video pembelajaran pecahan untuk kelas 5');

    await phone.getByTestId('evidence-link-open').click();
    await phone.getByTestId('evidence-link-url').fill('javascript:alert(document.cookie)');
    await phone.getByTestId('evidence-link-add').click();
    const error = phone.getByTestId('evidence-link-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Hanya tautan http:// atau https://');
    expect(await phone.getByTestId('evidence-link-url').getAttribute('aria-invalid')).toBe('true');
    await checkPage(phone, 'employee-entry-link-refused');

    await phone.getByTestId('evidence-link-url').fill(VIDEO);
    await phone.getByTestId('evidence-link-title').fill('Video pecahan kelas 5');
    await phone.getByTestId('evidence-link-add').click();
    const added = phone.getByTestId('evidence-link');
    await added.waitFor();
    expect(await added.innerText()).toBe('Video pecahan kelas 5');
    expect(await added.getAttribute('href')).toBe(VIDEO);
    expect(await phone.getByTestId('evidence-link-form').count()).toBe(0);
    await checkPage(phone, 'employee-entry-link');
    await phone.getByTestId('entry-save').click();
    await phone.getByTestId('timeline').waitFor();

    const { myEntries } = await teacher<{
      myEntries: {
        id: string;
        startTime: string;
        evidence: { kind: string; url: string; originalName: string }[];
      }[];
    }>(
      'query($d: LocalDate!) { myEntries(from: $d, to: $d) { id startTime evidence { kind url originalName } } }',
      { d: day },
    );
    const entry = myEntries.find((e) => e.startTime === '02:05')!;
    expect(entry.evidence).toEqual([
      { kind: 'LINK', url: VIDEO, originalName: 'Video pecahan kelas 5' },
    ]);
    await teacher('mutation($d: LocalDate!) { submitDay(date: $d) { id } }', { d: day });

    // ── the school's head: the entry in the queue, the link to the video's host ───────────
    const deskContext = await browser.newContext(DESKTOP);
    contexts.push(deskContext);
    const desk = await deskContext.newPage();
    await signIn(desk, baseUrl, 'supervisor', me.supervisor.nip);
    await desk.goto(`${baseUrl}/supervisor/?person=${me.id}&from=${day}&to=${day}`);
    const link = desk.locator(`[data-entry-id="${entry.id}"] [data-testid="evidence-link"]`);
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(VIDEO);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
    expect(await link.innerText()).toContain('youtube.com');
    expect(await link.getAttribute('aria-label')).toBe(
      'Buka tautan Video pecahan kelas 5 (youtube.com) di tab baru',
    );
    await checkPage(desk, 'supervisor-verification-link-evidence');
  });
});
