/**
 * A day of the demo staff member on a phone, against the real API: check in with a (fake)
 * location and an in-app selfie from Chromium's fake camera, log three activities (one with a
 * photo chosen as a file), have an overlap refused with the server's message beside the times,
 * copy a previous day, submit the day; then log an entry without a network, see it wait in the
 * queue, and see it sent exactly once when the network returns. axe and a screenshot on each page.
 *
 * The server runs on the real date and refuses entries in the future, so the activities are
 * logged in the small hours of the day (the history's entries lie inside working hours): today
 * from 03:00 in Jakarta, yesterday before that.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  DEMO,
  PHONE,
  type Browser,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/pages.js';
import { addDays, nowIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ]);
});
afterAll(() => browser?.close());

/** The API as the staff member (a bearer session of their own), to set up and check the page. */
const api = (nip: string) => apiAs(baseUrl, nip);

interface Entry {
  id: string;
  startTime: string;
  endTime: string;
  status: string;
  item: { name: string };
}

/** A large, detailed JPEG made by the browser itself (the app must shrink it before sending). */
async function largeJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const ctx = canvas.getContext('2d')!;
    for (let i = 0; i < 4000; i += 1) {
      ctx.fillStyle = `hsl(${(i * 37) % 360} 70% ${30 + (i % 40)}%)`;
      ctx.fillRect((i * 97) % 3000, (i * 53) % 2000, 60 + (i % 90), 40 + (i % 70));
    }
    return canvas.toDataURL('image/jpeg', 0.95).split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

async function check(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** Picks an item in the entry form by typing part of its name. */
async function pickItem(page: Page, name: string, typed: string) {
  const input = page.getByTestId('item-search');
  await input.click();
  await input.fill(typed);
  await page.getByTestId('item-option').filter({ hasText: name }).first().click();
  await expect.poll(() => page.getByTestId('entry-item-meta').isVisible()).toBe(true);
}

async function fillTimes(page: Page, start: string, end: string) {
  await page.getByTestId('entry-start').fill(start);
  await page.getByTestId('entry-end').fill(end);
}

describe('a day of work on the phone', () => {
  let context: BrowserContext;

  afterAll(() => context?.close());

  it('checks in, logs activities with evidence, refuses an overlap, copies and submits the day, and keeps an offline entry until it is sent once', async () => {
    const staff = await api(DEMO.staff);
    const { myPlaces } = await staff('{ myPlaces { kind name latitude longitude radiusMetres } }');
    const office = (
      myPlaces as { kind: string; name: string; latitude: number; longitude: number }[]
    ).find((p) => p.kind === 'OFFICE')!;
    expect(office).toBeTruthy();
    const { activityItems } = await staff(
      '{ activityItems(first: 20) { edges { node { id name standardMinutes requiresEvidence outputUnit } } } }',
    );
    const items = (
      activityItems as {
        edges: { node: { name: string; standardMinutes: number; requiresEvidence: boolean } }[];
      }
    ).edges
      .map((e) => e.node)
      .filter((i) => !i.requiresEvidence);
    expect(items.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = items as [
      (typeof items)[0],
      (typeof items)[0],
      (typeof items)[0],
    ];
    const typedOf = (name: string) => name.split(/\s+/).slice(0, 2).join(' ');

    const now = nowIn();
    const today = now.date;
    const day = now.minutes >= 180 ? today : addDays(today, -1);
    const dayQuery = day === today ? '' : `?date=${day}`;
    const myDay = async () =>
      (
        await staff(
          'query($d: LocalDate!) { myEntries(from: $d, to: $d) { id startTime endTime status item { name } } }',
          { d: day },
        )
      ).myEntries as Entry[];

    context = await browser.newContext({
      ...PHONE,
      geolocation: { latitude: office.latitude, longitude: office.longitude, accuracy: 10 },
      permissions: ['geolocation', 'camera'],
    });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'employee', DEMO.staff);

    // ── Today: check in with the fake camera and location ─────────────────────────────────
    await page.getByTestId('add-entry').waitFor();
    await page.getByTestId('timeline-empty').or(page.getByTestId('timeline')).waitFor();
    await check(page, 'employee-today');
    await page.getByTestId('check-in').click();
    await page.getByTestId('camera').waitFor();
    const captureButton = page.getByTestId('camera-capture');
    await expect.poll(() => captureButton.isEnabled(), { timeout: 15_000 }).toBe(true);
    await check(page, 'employee-check-in-camera');
    await captureButton.click();
    const checkedIn = page.getByTestId('check-in-result');
    await checkedIn.waitFor({ timeout: 20_000 });
    expect(await checkedIn.getAttribute('data-in-area')).toBe('true');
    expect(await checkedIn.innerText()).toContain(office.name);
    await page.getByTestId('check-out').waitFor();

    // ── three activities on the day (the first with a large photo, shrunk on the phone) ────
    if (dayQuery) await page.goto(`${baseUrl}/employee/${dayQuery}`);
    const plan = [
      { item: first, start: '00:10', end: '00:40', quantity: 1, photo: true },
      { item: second, start: '00:40', end: '01:10', quantity: 2, photo: false },
      { item: third, start: '01:10', end: '01:40', quantity: 1, photo: false },
    ];
    const photo = await largeJpeg(page);
    for (const [i, p] of plan.entries()) {
      await page.getByTestId('add-entry').click();
      await page.getByTestId('entry-save').waitFor();
      await pickItem(page, p.item.name, typedOf(p.item.name));
      await fillTimes(page, p.start, p.end);
      await page.getByTestId('entry-quantity').fill(String(p.quantity));
      await page.getByTestId('entry-description').fill(`Uji ujung ke ujung ${i + 1}`);
      const credited = Math.min(p.item.standardMinutes * p.quantity, 30);
      await expect
        .poll(() => page.getByTestId('entry-credited').innerText())
        .toContain(`Menit diakui: ${credited}`);
      if (p.photo) {
        await page
          .getByTestId('evidence-file')
          .setInputFiles({ name: 'foto-kegiatan.jpg', mimeType: 'image/jpeg', buffer: photo });
        await expect
          .poll(() => page.getByTestId('evidence-item').getAttribute('data-status'), {
            timeout: 20_000,
          })
          .toBe('READY');
        await check(page, 'employee-entry');
      }
      await page.getByTestId('entry-save').click();
      await page.getByTestId('timeline').waitFor();
      await expect
        .poll(() =>
          page
            .getByTestId('timeline-entry')
            .filter({ hasText: `${p.start}–${p.end}` })
            .count(),
        )
        .toBe(1);
    }
    const logged = await myDay();
    const mine = logged.filter((e) => e.startTime < '02:00');
    expect(mine.map((e) => [e.startTime, e.endTime, e.status])).toEqual([
      ['00:10', '00:40', 'DRAFT'],
      ['00:40', '01:10', 'DRAFT'],
      ['01:10', '01:40', 'DRAFT'],
    ]);
    const { myEntries: withPhoto } = await staff(
      'query($d: LocalDate!) { myEntries(from: $d, to: $d) { startTime evidence { width height sizeBytes } } }',
      { d: day },
    );
    const evidence = (
      withPhoto as { startTime: string; evidence: { width: number; height: number }[] }[]
    ).find((e) => e.startTime === '00:10')!.evidence;
    expect(evidence).toHaveLength(1);
    expect(Math.max(evidence[0]!.width, evidence[0]!.height)).toBeLessThanOrEqual(1600);

    // ── an overlap is refused, with the server's message beside the times ─────────────────
    await page.getByTestId('add-entry').click();
    await page.getByTestId('entry-save').waitFor();
    await pickItem(page, first.name, typedOf(first.name));
    await fillTimes(page, '00:20', '00:50');
    await page.getByTestId('entry-save').click();
    const timeError = page.getByTestId('error-time');
    await timeError.waitFor();
    expect(await timeError.innerText()).toContain('00:10');
    expect(await page.getByTestId('entry-start').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'employee-entry-overlap');
    await page.getByTestId('entry-cancel').click();
    await page.getByTestId('timeline').waitFor();

    // ── copy the previous working day, then submit the day ───────────────────────────────
    let from = addDays(day, -1);
    while ([0, 6].includes(new Date(`${from}T00:00:00Z`).getUTCDay())) from = addDays(from, -1);
    const { myEntries: source } = await staff(
      'query($d: LocalDate!) { myEntries(from: $d, to: $d) { id status } }',
      { d: from },
    );
    const copyable = (source as { status: string }[]).filter((e) => e.status !== 'REJECTED').length;
    await page.getByTestId('copy-from').fill(from);
    await page.getByTestId('copy-day').click();
    const draft = page.getByTestId('draft-result');
    await draft.waitFor();
    const [, created, skipped] = /(\d+) aktivitas disalin, (\d+) dilewati/.exec(
      await draft.innerText(),
    )!;
    expect(Number(created) + Number(skipped)).toBe(copyable);
    expect((await myDay()).length).toBe(logged.length + Number(created));

    await page.getByTestId('submit-day').click();
    await page.getByTestId('submit-result').waitFor();
    await expect
      .poll(async () => (await myDay()).filter((e) => e.status === 'DRAFT').length)
      .toBe(0);
    await expect
      .poll(() => page.locator('[data-testid="timeline-entry"][data-status="DRAFT"]').count())
      .toBe(0);
    await check(page, 'employee-today-submitted');

    // ── without a network the entry waits on the phone, then is sent exactly once ────────
    await context.setOffline(true);
    await page.getByTestId('add-entry').click();
    await page.getByTestId('entry-save').waitFor();
    await pickItem(page, second.name, typedOf(second.name));
    await fillTimes(page, '01:50', '02:20');
    await page.getByTestId('entry-save').click();
    const queued = page.getByTestId('timeline-queued');
    await queued.waitFor();
    expect(await queued.innerText()).toContain('Menunggu dikirim');
    await page.getByTestId('offline-item').first().waitFor();
    await check(page, 'employee-today-offline');
    expect((await myDay()).some((e) => e.startTime === '01:50')).toBe(false);

    await context.setOffline(false);
    await expect
      .poll(() => page.getByTestId('timeline-queued').count(), { timeout: 45_000 })
      .toBe(0);
    await expect
      .poll(() => page.getByTestId('timeline-entry').filter({ hasText: '01:50–02:20' }).count())
      .toBe(1);
    const sent = (await myDay()).filter((e) => e.startTime === '01:50');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.item.name).toBe(second.name);
    await check(page, 'employee-today-sent');
  });
});
