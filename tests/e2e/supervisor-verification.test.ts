/**
 * The verification queue of the supervisor app, against the real API on a desktop:
 *
 * - the section head filters the queue to one past day of one of their staff (the demo staff
 *   when they have a day with several submitted entries), sees the same photo attached to two
 *   entries marked as reused and opens it full size, selects the day, returns the reused one
 *   with a note (keyboard: j, x, r), approves one with x then a, and approves the rest of the day
 *   in one action; the API then holds those statuses and the note, the header's backlog follows
 *   without a reload, and the employee's own app shows the entry returned with the note;
 * - the head of Dinas Sosial sees the entries of a section head under the vacant Kepala Bidang
 *   Rehabilitasi Sosial position in his queue, with the reason;
 * - staff without reports are pointed to the employee app, an admin without reports gets the queue.
 *
 * axe and a screenshot on each page. The day is found through the API (a past day, never today
 * or yesterday, which the employee tests use); nothing that can be looked up is hard-coded.
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
  PASSWORD,
  PHONE,
  signIn,
} from '../support/pages.js';
import { addDays, todayIn } from '../support/dates.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function newPage(options = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

const check = (page: Page, name: string) => checkPage(page, `supervisor-verification-${name}`);

/** Today in the demo agency's time zone. */
const today = todayIn();

interface QueueEntry {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  status: string;
}

interface Person {
  employee: { id: string; nip: string; name: string };
  count: number;
  firstDate: string;
  lastDate: string;
}

const QUEUE = `query($filter: VerificationQueueFilter, $first: Int) {
  verificationQueue(filter: $filter, first: $first) {
    totalCount edges { node { flags entry { id date startTime endTime status } } } } }`;

async function queueOf(gql: Gql, filter: Record<string, unknown>): Promise<QueueEntry[]> {
  const { verificationQueue } = await gql<{
    verificationQueue: { edges: { node: { entry: QueueEntry } }[] };
  }>(QUEUE, { filter, first: 200 });
  return verificationQueue.edges.map((e) => e.node.entry);
}

/** A session token, for the one call that is not GraphQL (POST /uploads). */
async function tokenOf(nip: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($nip: String!, $p: String!) { login(nip: $nip, password: $p) { token } }',
      variables: { nip, p: PASSWORD },
    }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

/** A photo drawn by the browser (the server re-encodes it and makes a thumbnail). */
async function photo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 600;
    const ctx = canvas.getContext('2d')!;
    for (let i = 0; i < 300; i += 1) {
      ctx.fillStyle = `hsl(${(i * 47) % 360} 65% ${35 + (i % 30)}%)`;
      ctx.fillRect((i * 83) % 800, (i * 59) % 600, 40 + (i % 60), 30 + (i % 50));
    }
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

async function upload(token: string, bytes: Buffer, name: string): Promise<string> {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name);
  const res = await fetch(`${baseUrl}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  expect(res.ok).toBe(true);
  return ((await res.json()) as { id: string }).id;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** `count` free half hours of a day (from 05:00), beside the entries already on it. */
function freeSlots(taken: { startTime: string; endTime: string }[], count: number) {
  const slots: { start: string; end: string }[] = [];
  for (let m = 5 * 60; slots.length < count && m < 22 * 60; m += 30) {
    const clash = taken.some((e) => minutes(e.startTime) < m + 30 && m < minutes(e.endTime));
    if (!clash) slots.push({ start: hhmm(m), end: hhmm(m + 30) });
  }
  return slots;
}

describe('the verification queue', () => {
  it('a section head returns one entry of a past day with a note and approves the rest; the employee sees it returned', async () => {
    const head = await apiAs(baseUrl, DEMO.sectionHead);
    // ── a past day of a direct report with several submitted entries (the demo staff first) ──
    const latest = addDays(today, -2);
    const { verificationQueuePeople: people } = await head<{ verificationQueuePeople: Person[] }>(
      `query($f: VerificationQueueFilter) { verificationQueuePeople(filter: $f) {
        employee { id nip name } count firstDate lastDate } }`,
      { f: { to: latest } },
    );
    const ordered = [
      ...people.filter((p) => p.employee.nip === DEMO.staff),
      ...people.filter((p) => p.employee.nip !== DEMO.staff),
    ];
    let chosen: { person: Person; day: string; entries: QueueEntry[] } | null = null;
    for (const person of ordered) {
      const entries = await queueOf(head, { employeeId: person.employee.id, to: latest });
      const byDay = new Map<string, QueueEntry[]>();
      for (const e of entries) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
      const days = [...byDay]
        .filter(([, list]) => list.length >= 3)
        .sort(([a], [b]) => (a < b ? 1 : -1));
      const november = days.find(([d]) => d.slice(5, 7) === '11') ?? days[0];
      if (november) {
        chosen = { person, day: november[0], entries: november[1] };
        break;
      }
    }
    expect(chosen, 'a direct report with a past day of several submitted entries').toBeTruthy();
    const { person, day } = chosen!;
    const employeeId = person.employee.id;

    // ── the same photo on two new entries of that day (logged and submitted by the employee) ──
    const staff = await apiAs(baseUrl, person.employee.nip);
    const { myEntries: onDay } = await staff<{
      myEntries: { startTime: string; endTime: string; status: string }[];
    }>('query($d: LocalDate!) { myEntries(from: $d, to: $d) { startTime endTime status } }', {
      d: day,
    });
    expect(onDay.filter((e) => e.status === 'DRAFT')).toEqual([]);
    const { activityItems } = await staff<{
      activityItems: { edges: { node: { id: string; name: string } }[] };
    }>('{ activityItems(first: 10) { edges { node { id name } } } }');
    const [itemA, itemB] = activityItems.edges.map((e) => e.node);
    const page = await newPage();
    const bytes = await photo(page);
    const token = await tokenOf(person.employee.nip);
    const evidence = [
      await upload(token, bytes, 'foto-rapat.jpg'),
      await upload(token, bytes, 'foto-rapat-lagi.jpg'),
    ];
    const [slotA, slotB] = freeSlots(onDay, 2);
    const logged: string[] = [];
    for (const [i, slot] of [slotA!, slotB!].entries()) {
      const { logActivity } = await staff<{ logActivity: { id: string } }>(
        'mutation($input: ActivityInput!) { logActivity(input: $input) { id } }',
        {
          input: {
            date: day,
            itemId: (i === 0 ? itemA : itemB)!.id,
            startTime: slot.start,
            endTime: slot.end,
            quantity: 1,
            description: 'Rapat koordinasi (uji verifikasi)',
            evidenceIds: [evidence[i]],
          },
        },
      );
      logged.push(logActivity.id);
    }
    await staff('mutation($d: LocalDate!) { submitDay(date: $d) { id status } }', { d: day });
    const dayEntries = await queueOf(head, { employeeId, from: day, to: day });
    expect(dayEntries.map((e) => e.id)).toEqual(expect.arrayContaining(logged));
    const statsBefore = (
      await head<{ verificationStats: { pendingCount: number } }>(
        '{ verificationStats { pendingCount } }',
      )
    ).verificationStats.pendingCount;

    // ── the queue, filtered to that person and day ─────────────────────────────────────────
    await signIn(page, baseUrl, 'supervisor', DEMO.sectionHead);
    await page.getByTestId('queue-list').or(page.getByTestId('queue-empty')).waitFor();
    await page.getByTestId('stats-pending').waitFor();
    await check(page, 'queue');
    await page.getByTestId('filter-person').selectOption(employeeId);
    await page.getByTestId('filter-from').fill(day);
    await page.getByTestId('filter-to').fill(day);
    await expect.poll(() => page.url()).toContain(`to=${day}`);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      person: employeeId,
      from: day,
      to: day,
    });
    const shown = () =>
      page
        .getByTestId('queue-entry')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')));
    await expect.poll(shown).toEqual(dayEntries.map((e) => e.id));
    expect(await page.getByTestId('queue-day').count()).toBe(1);
    expect(await page.getByTestId('day-totals').innerText()).toMatch(/dari target [\d.]+ menit/);

    // The reused photo is marked on both new entries, in words.
    for (const id of logged) {
      const mark = page.locator(`[data-entry-id="${id}"] [data-mark="DUPLICATE_EVIDENCE"]`);
      expect(await mark.innerText()).toContain('Berkas bukti yang sama persis');
    }
    // A thumbnail opens the photo full size in a dialog; Escape closes it.
    const thumb = page.locator(`[data-entry-id="${logged[0]}"] [data-testid="evidence-thumb"]`);
    await expect
      .poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await thumb.click();
    const full = page.getByTestId('evidence-full');
    await full.waitFor();
    await expect
      .poll(() => full.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await check(page, 'evidence');
    await page.keyboard.press('Escape');
    await expect.poll(() => full.count()).toBe(0);
    await expect.poll(() => thumb.evaluate((el) => el === document.activeElement)).toBe(true);

    // ── select the day ──────────────────────────────────────────────────────────────────────
    await page.getByTestId('day-select').check();
    const selected = () =>
      page.getByTestId('selected-count').getAttribute('data-count').then(Number);
    await expect.poll(selected).toBe(dayEntries.length);
    await check(page, 'day-selected');
    await page.getByTestId('bulk-clear').click();
    await expect.poll(selected).toBe(0);

    // ── return the reused one with the keyboard: j to it, x, r, a note ────────────────────────
    const returned = logged[1]!;
    await page.locator('#queue-title').click();
    const order = await shown();
    const cursor = () => page.locator('[data-current="true"]').getAttribute('data-entry-id');
    // The cursor may already sit on an entry (the thumbnail's): move from wherever it is.
    await page.keyboard.press('j');
    const from = order.indexOf((await cursor())!);
    const to = order.indexOf(returned);
    for (let i = from; i !== to; i += Math.sign(to - from))
      await page.keyboard.press(to > from ? 'j' : 'k');
    await expect.poll(cursor).toBe(returned);
    await page.keyboard.press('x');
    await expect.poll(selected).toBe(1);
    await page.keyboard.press('r');
    const note = 'Foto ini sama dengan entri lain; lampirkan foto kegiatan yang benar.';
    await page.getByTestId('decision-note').fill(note);
    await check(page, 'return-dialog');
    await page.getByTestId('decision-submit').click();
    await expect
      .poll(() => page.getByTestId('result-applied').innerText())
      .toBe('1 entri dikembalikan.');
    await expect.poll(shown).not.toContain(returned);

    // ── x then a on the highlighted entry approves just that one ─────────────────────────────
    const highlighted = await page.locator('[data-current="true"]').getAttribute('data-entry-id');
    expect(highlighted).toBeTruthy();
    await page.keyboard.press('x');
    await page.keyboard.press('a');
    await expect
      .poll(() => page.getByTestId('result-applied').innerText())
      .toBe('1 entri disetujui.');
    await expect.poll(shown).not.toContain(highlighted);

    // ── the rest of the day in one action ────────────────────────────────────────────────────
    const rest = dayEntries.length - 2;
    await page.getByTestId('day-select').check();
    await expect.poll(selected).toBe(rest);
    await page.getByTestId('bulk-approve').click();
    await expect
      .poll(() => page.getByTestId('result-applied').innerText())
      .toBe(`${rest} entri disetujui.`);
    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('result-failure').count()).toBe(0);
    // The backlog in the header follows without a reload.
    await expect
      .poll(() => page.getByTestId('stats-pending').getAttribute('data-count').then(Number))
      .toBe(statsBefore - dayEntries.length);
    await check(page, 'decided');

    // ── what the API holds ───────────────────────────────────────────────────────────────────
    const { activityEntries } = await head<{
      activityEntries: { id: string; status: string; decisionNote: string | null }[];
    }>(
      'query($e: ID!, $d: LocalDate!) { activityEntries(employeeId: $e, from: $d, to: $d) { id status decisionNote } }',
      { e: employeeId, d: day },
    );
    const byId = new Map(activityEntries.map((e) => [e.id, e]));
    expect(byId.get(returned)).toMatchObject({ status: 'RETURNED', decisionNote: note });
    for (const e of dayEntries.filter((x) => x.id !== returned))
      expect(byId.get(e.id)?.status, e.id).toBe('APPROVED');

    // ── the employee's app shows the entry returned, with the note ───────────────────────────
    const phone = await newPage(PHONE);
    await signIn(phone, baseUrl, 'employee', person.employee.nip);
    await phone.goto(`${baseUrl}/employee/?date=${day}`);
    const row = phone
      .locator('[data-testid="timeline-entry"][data-status="RETURNED"]')
      .filter({ hasText: `${slotB!.start}–${slotB!.end}` });
    await row.waitFor();
    expect(await row.getByTestId('timeline-note').innerText()).toContain(note);
    await check(phone, 'employee-returned');
  });

  it('the head of Dinas Sosial sees a section head’s entries from under the vacant division head, with the reason', async () => {
    const admin = await apiAs(baseUrl, DEMO.agencyAdmin);
    // The vacant Kepala Bidang Rehabilitasi Sosial, the section heads under it and their supervisor.
    type Unit = { id: string; name: string; children?: Unit[] };
    const { orgUnits } = await admin<{ orgUnits: Unit[] }>(
      '{ orgUnits { id name children { id name children { id name children { id name } } } } }',
    );
    const all = (units: Unit[]): Unit[] => units.flatMap((u) => [u, ...all(u.children ?? [])]);
    const division = all(orgUnits).find((u) => u.name === 'Bidang Rehabilitasi Sosial');
    expect(division).toBeTruthy();
    const { orgUnit } = await admin<{
      orgUnit: {
        positions: { id: string; name: string; holders: { id: string }[] }[];
        children: {
          positions: {
            parent: { id: string } | null;
            holders: {
              id: string;
              nip: string;
              name: string;
              supervisor: { nip: string } | null;
            }[];
          }[];
        }[];
      };
    }>(
      `query($id: ID!) { orgUnit(id: $id) {
        positions { id name holders { id } }
        children { positions { parent { id } holders { id nip name supervisor { nip } } } } } }`,
      { id: division!.id },
    );
    const vacant = orgUnit.positions.find((p) => p.holders.length === 0);
    expect(vacant, 'a vacant head of the division').toBeTruthy();
    const sectionHeads = orgUnit.children
      .flatMap((u) => u.positions)
      .filter((p) => p.parent?.id === vacant!.id)
      .flatMap((p) => p.holders);
    expect(sectionHeads.length).toBeGreaterThan(0);
    const departmentHeadNip = sectionHeads[0]!.supervisor!.nip;
    expect(new Set(sectionHeads.map((h) => h.supervisor?.nip))).toEqual(
      new Set([departmentHeadNip]),
    );

    // One of them has a submitted entry waiting (logged and submitted on a past day if not).
    const departmentHead = await apiAs(baseUrl, departmentHeadNip);
    let sectionHead = sectionHeads[0]!;
    let waiting: QueueEntry[] = [];
    for (const h of sectionHeads) {
      waiting = await queueOf(departmentHead, { employeeId: h.id });
      if (waiting.length) {
        sectionHead = h;
        break;
      }
    }
    if (!waiting.length) {
      const own = await apiAs(baseUrl, sectionHead.nip);
      const day = addDays(today, -2);
      const { myEntries } = await own<{ myEntries: { startTime: string; endTime: string }[] }>(
        'query($d: LocalDate!) { myEntries(from: $d, to: $d) { startTime endTime } }',
        { d: day },
      );
      const { activityItems } = await own<{ activityItems: { edges: { node: { id: string } }[] } }>(
        '{ activityItems(first: 1) { edges { node { id } } } }',
      );
      const [slot] = freeSlots(myEntries, 1);
      await own('mutation($input: ActivityInput!) { logActivity(input: $input) { id } }', {
        input: {
          date: day,
          itemId: activityItems.edges[0]!.node.id,
          startTime: slot!.start,
          endTime: slot!.end,
        },
      });
      await own('mutation($d: LocalDate!) { submitDay(date: $d) { id } }', { d: day });
      waiting = await queueOf(departmentHead, { employeeId: sectionHead.id });
    }
    expect(waiting.length).toBeGreaterThan(0);

    // ── in the department head's queue, with the reason ──────────────────────────────────────
    const page = await newPage();
    await signIn(page, baseUrl, 'supervisor', departmentHeadNip);
    await page.goto(`${baseUrl}/supervisor/?person=${sectionHead.id}`);
    const entry = page.locator(`[data-entry-id="${waiting[0]!.id}"]`);
    await entry.waitFor();
    const reason = `Jabatan ${vacant!.name} kosong, sehingga entri ${sectionHead.name} naik kepada Anda.`;
    expect(await page.getByTestId('person-vacant').innerText()).toBe(reason);
    const mark = entry.locator('[data-mark="VACANT"]');
    expect(await mark.innerText()).toContain('Jabatan atasan kosong');
    expect(await mark.innerText()).toContain(`${vacant!.name} kosong`);
    expect(await page.getByTestId('filter-person').inputValue()).toBe(sectionHead.id);
    await check(page, 'vacant');
  });

  it('staff without reports are pointed to the employee app; an admin without reports gets the queue', async () => {
    const staff = await newPage();
    await signIn(staff, baseUrl, 'supervisor', DEMO.staff);
    await staff.getByTestId('not-a-supervisor').waitFor();
    expect(await staff.getByTestId('queue-filters').count()).toBe(0);
    await check(staff, 'not-a-supervisor');

    const admin = await newPage();
    await signIn(admin, baseUrl, 'supervisor', DEMO.agencyAdmin);
    await admin.getByTestId('queue-filters').waitFor();
    await admin.getByTestId('queue-list').or(admin.getByTestId('queue-empty')).waitFor();
    expect(await admin.getByTestId('not-a-supervisor').count()).toBe(0);
  });
});
