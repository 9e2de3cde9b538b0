/**
 * Notifications in both apps, against the real API, caused through the real system:
 *
 * - employee app (phone): the section head returns two past submitted entries of the demo staff
 *   with a note, one decision each; the staff sees the unread count on the header's bell, opens the
 *   newest ENTRIES_RETURNED notification from the list and lands on that day with the entry marked
 *   returned, the count drops by one; "mark all as read" clears the rest; a preference switched
 *   off on the settings page (reached from the list and from the profile) is saved on the server;
 * - supervisor app (desktop): the section head's own supervisor returns a past entry of theirs; the
 *   section head sees the count beside "Notifikasi" in the side navigation, the notification in
 *   the list says it opens in the employee app, and opening it goes there, on that day.
 *
 * Afterwards the returned entries are submitted again and the preference set back, so the queue
 * and settings other tests see are as before. axe and a screenshot on each page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type Gql } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { addDays, todayIn } from '../support/dates.js';
import {
  type Browser,
  type BrowserContext,
  checkPage,
  DEMO,
  DESKTOP,
  type Page,
  PHONE,
  signIn,
} from '../support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];
/** What to undo after the tests: entries to submit again (by their owner), settings to put back. */
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const undo of cleanups.reverse()) await undo();
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function newPage(options = PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

const today = todayIn();
/** Never today or yesterday: the employee tests log on those. */
const latest = addDays(today, -2);

interface QueueEntry {
  id: string;
  date: string;
  status: string;
}

const QUEUE = `query($filter: VerificationQueueFilter, $first: Int) {
  verificationQueue(filter: $filter, first: $first) { edges { node { entry { id date status } } } } }`;

async function pendingOf(gql: Gql, employeeId: string): Promise<QueueEntry[]> {
  const { verificationQueue } = await gql<{
    verificationQueue: { edges: { node: { entry: QueueEntry } }[] };
  }>(QUEUE, { filter: { employeeId, to: latest }, first: 200 });
  return verificationQueue.edges
    .map((e) => e.node.entry)
    .sort((a, b) => b.date.localeCompare(a.date));
}

async function idOf(gql: Gql): Promise<string> {
  return (await gql<{ me: { id: string } }>('{ me { id } }')).me.id;
}

/** Days whose returned entries are submitted again afterwards (once a day and owner). */
const resubmit = new Set<string>();

/**
 * `decider` returns one entry with a note (one decision: one notification to its owner).
 * Afterwards the owner submits the day again, or deletes the entry when `undo` says so.
 */
async function returnEntry(
  decider: Gql,
  owner: Gql,
  entry: QueueEntry,
  note: string,
  undo: 'resubmit' | 'delete' = 'resubmit',
) {
  const { verifyActivities } = await decider<{
    verifyActivities: { applied: number; failed: { code: string }[] };
  }>(
    'mutation($i: VerifyActivitiesInput!) { verifyActivities(input: $i) { applied failed { code } } }',
    { i: { decision: 'RETURN', entryIds: [entry.id], note } },
  );
  expect(verifyActivities).toEqual({ applied: 1, failed: [] });
  if (undo === 'delete') {
    cleanups.push(() => owner('mutation($id: ID!) { deleteActivity(id: $id) }', { id: entry.id }));
  } else if (!resubmit.has(`${ownerKey(owner)}:${entry.date}`)) {
    // Submitting the day sends its returned entries back to the queue.
    resubmit.add(`${ownerKey(owner)}:${entry.date}`);
    cleanups.push(() =>
      owner('mutation($d: LocalDate!) { submitDay(date: $d) { id } }', { d: entry.date }),
    );
  }
}

const owners = new Map<Gql, number>();
function ownerKey(gql: Gql): number {
  if (!owners.has(gql)) owners.set(gql, owners.size);
  return owners.get(gql)!;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * A new entry of the caller on a recent past day without drafts (2 to 4 days ago, within the
 * backdating limit), in a free half hour, with an item needing no evidence, submitted: it waits
 * in their supervisor's queue. (The demo section head has none waiting there of their own.)
 */
async function logPastEntry(gql: Gql): Promise<QueueEntry> {
  const { activityItems } = await gql<{
    activityItems: { edges: { node: { id: string; requiresEvidence: boolean } }[] };
  }>('{ activityItems(first: 50) { edges { node { id requiresEvidence } } } }');
  const item = activityItems.edges.map((e) => e.node).find((i) => !i.requiresEvidence);
  expect(item).toBeDefined();
  const refusals: string[] = [];
  for (const back of [2, 3, 4]) {
    const date = addDays(today, -back);
    const { myEntries } = await gql<{
      myEntries: { startTime: string; endTime: string; status: string }[];
    }>('query($d: LocalDate!) { myEntries(from: $d, to: $d) { startTime endTime status } }', {
      d: date,
    });
    if (myEntries.some((e) => e.status === 'DRAFT' || e.status === 'RETURNED')) continue;
    let start = 6 * 60;
    while (myEntries.some((e) => minutes(e.startTime) < start + 30 && start < minutes(e.endTime)))
      start += 30;
    try {
      const { logActivity } = await gql<{ logActivity: { id: string } }>(
        'mutation($i: ActivityInput!) { logActivity(input: $i) { id } }',
        {
          i: {
            date,
            itemId: item!.id,
            startTime: hhmm(start),
            endTime: hhmm(start + 30),
            quantity: 1,
            description: 'Koordinasi (uji notifikasi)',
          },
        },
      );
      await gql('mutation($d: LocalDate!) { submitDay(date: $d) { id } }', { d: date });
      return { id: logActivity.id, date, status: 'SUBMITTED' };
    } catch (e) {
      refusals.push(`${date}: ${String(e)}`);
    }
  }
  throw new Error(`no past day to log on:\n${refusals.join('\n')}`);
}

const unreadCount = async (gql: Gql) =>
  (await gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'))
    .unreadNotificationCount;

interface Listed {
  id: string;
  kind: string;
  link: string | null;
  readAt: string | null;
}

async function newest(gql: Gql): Promise<Listed[]> {
  const { notifications } = await gql<{ notifications: { items: Listed[] } }>(
    '{ notifications(first: 5) { items { id kind link readAt } } }',
  );
  return notifications.items;
}

/** The unread count the page's badge shows (0 when it shows none). */
async function badgeCount(page: Page): Promise<number> {
  const badge = page.getByTestId('unread-badge');
  return (await badge.count()) ? Number(await badge.getAttribute('data-count')) : 0;
}

describe('notifications', () => {
  it('the staff is told on the phone that entries were returned, opens one on its day, marks all read and changes a setting', async () => {
    const head = await apiAs(baseUrl, DEMO.sectionHead);
    const staff = await apiAs(baseUrl, DEMO.staff);
    const staffId = await idOf(staff);
    // Two of the staff's past entries waiting for the section head; when other tests have
    // decided the demo's, new ones are logged (and deleted afterwards).
    const made = new Set<string>();
    let pending = await pendingOf(head, staffId);
    while (pending.length < 2) {
      made.add((await logPastEntry(staff)).id);
      pending = await pendingOf(head, staffId);
    }
    const [older, newer] = [pending[1]!, pending[0]!];
    const undoOf = (e: QueueEntry) => (made.has(e.id) ? 'delete' : 'resubmit');

    // Start from nothing unread, then two decisions: two notifications.
    await staff('mutation { markNotificationsRead }');
    await returnEntry(head, staff, older, 'Uraian kurang lengkap (uji notifikasi).', undoOf(older));
    await returnEntry(head, staff, newer, 'Bukti belum sesuai (uji notifikasi).', undoOf(newer));
    expect(await unreadCount(staff)).toBe(2);
    const [latestNote] = await newest(staff);
    expect(latestNote).toMatchObject({
      kind: 'ENTRIES_RETURNED',
      link: `/day/${newer.date}`,
      readAt: null,
    });

    // ── the bell in the header says how many are unread ─────────────────────────────────────
    const page = await newPage(PHONE);
    await signIn(page, baseUrl, 'employee', DEMO.staff);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => badgeCount(page)).toBe(2);
    // Its name says both what it is and the count ("2" itself is hidden from screen readers).
    expect(
      await page.getByRole('link', { name: 'Notifikasi 2 belum dibaca', exact: true }).count(),
    ).toBe(1);

    // ── the list, newest first, unread said in words ────────────────────────────────────────
    await bell.click();
    await page.waitForURL(/\/employee\/notifications$/);
    const rows = page.getByTestId('notification');
    await rows.first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Notifikasi');
    expect(await rows.first().getAttribute('data-id')).toBe(latestNote!.id);
    expect(await rows.first().getAttribute('data-kind')).toBe('ENTRIES_RETURNED');
    expect(await rows.first().getAttribute('data-unread')).toBe('true');
    expect(await rows.first().getByTestId('notification-new').innerText()).toBe('Baru');
    expect(await rows.nth(1).getAttribute('data-unread')).toBe('true');
    expect(await page.getByTestId('notifications-summary').innerText()).toBe(
      '2 notifikasi belum dibaca',
    );
    await checkPage(page, 'employee-notifications-list');

    // ── opening the newest marks it read and lands on its day ───────────────────────────────
    await rows.first().getByTestId('notification-link').click();
    await page.waitForURL((url) => url.searchParams.get('date') === newer.date);
    await expect
      .poll(() => page.getByTestId('day-date').getAttribute('data-date'))
      .toBe(newer.date);
    await page.locator(`[data-testid="timeline-entry"][data-status="RETURNED"]`).first().waitFor();
    await expect.poll(() => badgeCount(page)).toBe(1);
    expect(await unreadCount(staff)).toBe(1);
    expect((await newest(staff))[0]!.readAt).not.toBeNull();

    // ── mark all as read ────────────────────────────────────────────────────────────────────
    await page.getByTestId('notification-bell').click();
    await page.waitForURL(/\/employee\/notifications$/);
    await expect.poll(() => rows.first().getAttribute('data-unread')).toBe('false');
    expect(await rows.nth(1).getAttribute('data-unread')).toBe('true');
    await page.getByTestId('notifications-mark-all').click();
    await expect
      .poll(() => page.getByTestId('notifications-summary').innerText())
      .toBe('Semua notifikasi sudah dibaca.');
    expect(await page.locator('[data-testid="notification"][data-unread="true"]').count()).toBe(0);
    await expect.poll(() => badgeCount(page)).toBe(0);
    expect(await unreadCount(staff)).toBe(0);
    await checkPage(page, 'employee-notifications-read');

    // ── settings: reached from the list; switch one kind off in the app, saved ─────────────
    const SETTINGS =
      '{ notificationSettings { emailAvailable emailAddress preferences { kind inApp email applies } } }';
    type Settings = {
      emailAvailable: boolean;
      emailAddress: string | null;
      preferences: { kind: string; inApp: boolean; email: boolean; applies: boolean }[];
    };
    const before = (await staff<{ notificationSettings: Settings }>(SETTINGS)).notificationSettings;
    cleanups.push(() =>
      staff(
        'mutation($i: [NotificationPreferenceInput!]!) { setNotificationPreferences(input: $i) { emailAvailable } }',
        {
          i: before.preferences.map(({ kind, inApp, email }) => ({ kind, inApp, email })),
        },
      ),
    );
    const applying = before.preferences.filter((p) => p.applies).map((p) => p.kind);
    expect(applying).toContain('ENTRIES_RETURNED');
    expect(applying).not.toContain('WEEKLY_DIGEST');

    await page.getByTestId('notifications-settings').click();
    await page.waitForURL(/\/employee\/notifications\/settings$/);
    const form = page.getByTestId('notification-settings');
    await form.waitFor();
    const shownKinds = await page
      .locator('fieldset[data-testid^="notification-pref-"]')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-testid')!.replace('notification-pref-', '')),
      );
    expect([...shownKinds].sort()).toEqual([...applying].sort());
    const emailBlocked = !before.emailAvailable || !before.emailAddress;
    expect(await page.getByTestId('notification-pref-ENTRIES_RETURNED-email').isDisabled()).toBe(
      emailBlocked,
    );
    expect(await page.getByTestId('notification-email-note').getAttribute('data-block')).toBe(
      !before.emailAvailable ? 'unavailable' : !before.emailAddress ? 'noAddress' : 'none',
    );
    // The switch is named by its label, and described by its kind.
    const tasksInApp = page
      .getByRole('switch', { name: 'Di aplikasi' })
      .and(page.getByTestId('notification-pref-TASKS_DUE-inApp'));
    expect(await tasksInApp.isChecked()).toBe(true);
    await checkPage(page, 'employee-notifications-settings');

    await tasksInApp.click();
    await page.getByTestId('notification-settings-save').click();
    await expect
      .poll(() => page.getByTestId('notification-settings-status').innerText())
      .toBe('Pengaturan notifikasi tersimpan.');
    const after = (await staff<{ notificationSettings: Settings }>(SETTINGS)).notificationSettings;
    expect(after.preferences.find((p) => p.kind === 'TASKS_DUE')).toMatchObject({ inApp: false });
    expect(after.preferences.find((p) => p.kind === 'ENTRIES_RETURNED')).toMatchObject({
      inApp: true,
    });

    // ── and from the profile page: what was saved is what the form shows ───────────────────
    await page.goto(`${baseUrl}/employee/profile`);
    await page.getByTestId('profile-notification-settings').click();
    await page.waitForURL(/\/employee\/notifications\/settings$/);
    await page.getByTestId('notification-pref-TASKS_DUE-inApp').waitFor();
    expect(await page.getByTestId('notification-pref-TASKS_DUE-inApp').isChecked()).toBe(false);
  });

  it('the section head sees the count in the side navigation and opens their notification in the employee app', async () => {
    const head = await apiAs(baseUrl, DEMO.sectionHead);
    // Their own supervisor (the head of their division) decides their entries.
    const { me } = await head<{ me: { supervisor: { nip: string } | null } }>(
      '{ me { supervisor { nip } } }',
    );
    expect(me.supervisor).not.toBeNull();
    const supervisor = await apiAs(baseUrl, me.supervisor!.nip);
    const entry = await logPastEntry(head);

    await head('mutation { markNotificationsRead }');
    await returnEntry(supervisor, head, entry, 'Mohon lengkapi uraian (uji notifikasi).', 'delete');
    expect(await unreadCount(head)).toBe(1);
    const [note] = await newest(head);
    expect(note).toMatchObject({ kind: 'ENTRIES_RETURNED', link: `/day/${entry.date}` });

    const page = await newPage(DESKTOP);
    await signIn(page, baseUrl, 'supervisor', DEMO.sectionHead);
    const nav = page.getByTestId('side-nav');
    const navItem = nav.getByRole('link', { name: /^Notifikasi/ });
    await expect.poll(() => badgeCount(page)).toBe(1);
    expect(
      await nav.getByRole('link', { name: 'Notifikasi 1 belum dibaca', exact: true }).count(),
    ).toBe(1);

    await navItem.click();
    await page.waitForURL(/\/supervisor\/notifications$/);
    const row = page.locator(`[data-testid="notification"][data-id="${note!.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-unread')).toBe('true');
    expect(await row.innerText()).toContain('Dibuka di aplikasi pegawai');
    const link = row.getByTestId('notification-link');
    expect(await link.getAttribute('href')).toBe(`/employee/day/${entry.date}`);
    await checkPage(page, 'supervisor-notifications-list');

    // In English the page and the server's words change with the language (asked again).
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => row.locator('h2').innerText())
      .toBe('1 activities returned for revision');
    expect(await page.locator('h1').innerText()).toBe('Notifications');
    expect(await row.innerText()).toContain('Opens in the employee app');
    expect(
      await nav.getByRole('link', { name: 'Notifications 1 unread', exact: true }).count(),
    ).toBe(1);
    await checkPage(page, 'supervisor-notifications-list-en');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Notifikasi');

    await nav.getByRole('link', { name: 'Pengaturan notifikasi' }).click();
    await page.waitForURL(/\/supervisor\/notifications\/settings$/);
    await page.getByTestId('notification-pref-QUEUE_NEAR_ESCALATION').waitFor();
    await checkPage(page, 'supervisor-notifications-settings');

    // Opening it marks it read and goes to the employee app (same session), on that day.
    await nav.getByRole('link', { name: /^Notifikasi/ }).click();
    await row.getByTestId('notification-link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/employee/'));
    await expect
      .poll(() => page.getByTestId('day-date').getAttribute('data-date'))
      .toBe(entry.date);
    expect(await unreadCount(head)).toBe(0);
    await page.goto(`${baseUrl}/supervisor/notifications`);
    await row.waitFor();
    expect(await row.getAttribute('data-unread')).toBe('false');
    expect(await badgeCount(page)).toBe(0);
  });
});
