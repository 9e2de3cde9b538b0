import NotificationsPanel from '@kinerja/web-common/features/notifications/NotificationsPanel.vue';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnreadNotificationCountQuery } from '@kinerja/web-common/features/notifications';
import { i18n } from '../../plugins/i18n';
import { fakeApi, mountWithApi, notification } from './testing';

type Page = { items: object[]; unreadCount: number; nextCursor: string | null };
const page = ({ items, unreadCount, nextCursor }: Page) => ({
  data: { notifications: { __typename: 'NotificationPage', items, unreadCount, nextCursor } },
});

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

/** 22 notifications: the first page holds 20 (3 unread), the second 2 (the last one unread). */
const first = Array.from({ length: 20 }, (_, i) =>
  notification(i + 1, i < 3 ? {} : { readAt: '2026-11-20T05:00:00.000Z' }),
);
const second = [notification(21, { readAt: '2026-11-20T05:00:00.000Z' }), notification(22)];

function api(
  markAnswer: (v: Record<string, unknown>) => object = () => ({
    data: { markNotificationsRead: 3 },
  }),
) {
  return fakeApi({
    Notifications: (v) =>
      v.after === 'c20'
        ? page({ items: second, unreadCount: 4, nextCursor: null })
        : page({ items: first, unreadCount: 4, nextCursor: 'c20' }),
    UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 4 } }),
    MarkNotificationsRead: markAnswer,
  });
}

async function render(fake = api(), leave = vi.fn()) {
  const mounted = await mountWithApi(NotificationsPanel, fake, {
    currentApp: 'EMPLOYEE',
    settingsRoute: { name: 'notification-settings' },
    leave,
  });
  wrapper = mounted.wrapper;
  await flushPromises();
  return { ...mounted, fake, leave };
}

const rows = (w: VueWrapper) => w.findAll('[data-testid="notification"]');
const unreadIds = (w: VueWrapper) =>
  rows(w)
    .filter((r) => r.attributes('data-unread') === 'true')
    .map((r) => r.attributes('data-id'));
const badge = (fake: ReturnType<typeof api>) =>
  fake.client.cache.readQuery({ query: UnreadNotificationCountQuery })?.unreadNotificationCount;

describe('NotificationsPanel', () => {
  it('lists notifications newest first in a list, says which are unread in words, and loads the next page by cursor', async () => {
    const { wrapper: w, fake } = await render();
    expect(w.get('ul').attributes('role')).toBe('list');
    expect(rows(w)).toHaveLength(20);
    expect(rows(w)[0]!.text()).toContain('Aktivitas dikembalikan 1');
    expect(unreadIds(w)).toEqual(['n1', 'n2', 'n3']);
    expect(rows(w)[0]!.get('[data-testid="notification-new"]').text()).toBe('Baru');
    expect(rows(w)[5]!.find('[data-testid="notification-new"]').exists()).toBe(false);
    expect(w.get('[data-testid="notifications-summary"]').text()).toBe('4 notifikasi belum dibaca');
    expect(badge(fake)).toBe(4);

    await w.get('[data-testid="notifications-more"]').trigger('click');
    await flushPromises();
    expect(
      fake.sent.filter((s) => s.operation === 'Notifications').map((s) => s.variables),
    ).toEqual([{ first: 20 }, { first: 20, after: 'c20' }]);
    expect(rows(w)).toHaveLength(22);
    expect(rows(w).at(-1)!.attributes('data-id')).toBe('n22');
    expect(unreadIds(w)).toEqual(['n1', 'n2', 'n3', 'n22']);
    expect(w.find('[data-testid="notifications-more"]').exists()).toBe(false);
    expect(w.get('[data-testid="notifications-end"]').text()).toBe('Tidak ada notifikasi lain.');
  });

  it("opening one of this app's marks it read and goes to its page; the badge drops at once", async () => {
    const { wrapper: w, fake, router } = await render();
    const link = rows(w)[1]!.get('[data-testid="notification-link"]');
    expect(link.attributes('href')).toBe('/employee/day/2026-11-03');
    await link.trigger('click');
    expect(badge(fake)).toBe(3);
    await flushPromises();
    expect(fake.sent.find((s) => s.operation === 'MarkNotificationsRead')?.variables).toEqual({
      ids: ['n2'],
    });
    expect(router.currentRoute.value.fullPath).toBe('/day/2026-11-03');
    expect(unreadIds(w)).toEqual(['n1', 'n3']);
    expect(badge(fake)).toBe(3);
    expect(w.get('[data-testid="notifications-summary"]').text()).toBe('3 notifikasi belum dibaca');
  });

  it('only marks one read when it is opened in a new tab (a modifier key held)', async () => {
    const { wrapper: w, fake, router } = await render();
    await rows(w)[2]!.get('[data-testid="notification-link"]').trigger('click', { ctrlKey: true });
    await flushPromises();
    expect(fake.sent.find((s) => s.operation === 'MarkNotificationsRead')?.variables).toEqual({
      ids: ['n3'],
    });
    expect(router.currentRoute.value.fullPath).toBe('/notifications');
    expect(unreadIds(w)).toEqual(['n1', 'n2']);
  });

  it('opens a supervisor-app link in the supervisor app, after the mark is sent, and says so', async () => {
    const fake = fakeApi({
      Notifications: () =>
        page({
          items: [
            notification(1, {
              kind: 'QUEUE_NEAR_ESCALATION',
              app: 'SUPERVISOR',
              link: '/decisions/performance',
            }),
          ],
          unreadCount: 1,
          nextCursor: null,
        }),
      MarkNotificationsRead: () => ({ data: { markNotificationsRead: 0 } }),
    });
    const { wrapper: w, leave, router } = await render(fake);
    const row = rows(w)[0]!;
    expect(row.text()).toContain('Dibuka di aplikasi atasan');
    const link = row.get('[data-testid="notification-link"]');
    expect(link.attributes('href')).toBe('/supervisor/decisions/performance');
    await link.trigger('click');
    await flushPromises();
    expect(fake.sent.map((s) => s.operation)).toEqual(['Notifications', 'MarkNotificationsRead']);
    expect(leave).toHaveBeenCalledWith('/supervisor/decisions/performance');
    expect(router.currentRoute.value.fullPath).toBe('/notifications');
    expect(unreadIds(w)).toEqual([]);
  });

  it('offers "mark as read" on one without a link, and marks all read at once', async () => {
    const fake = api((v) => ({ data: { markNotificationsRead: v.ids === null ? 0 : 3 } }));
    first[0] = notification(1, { link: null });
    try {
      const { wrapper: w } = await render(fake);
      expect(rows(w)[0]!.find('[data-testid="notification-link"]').exists()).toBe(false);
      await rows(w)[0]!.get('[data-testid="notification-mark-read"]').trigger('click');
      await flushPromises();
      expect(unreadIds(w)).toEqual(['n2', 'n3']);
      expect(rows(w)[0]!.find('[data-testid="notification-mark-read"]').exists()).toBe(false);

      await w.get('[data-testid="notifications-mark-all"]').trigger('click');
      await flushPromises();
      expect(
        fake.sent.filter((s) => s.operation === 'MarkNotificationsRead').map((s) => s.variables),
      ).toEqual([{ ids: ['n1'] }, { ids: null }]);
      expect(unreadIds(w)).toEqual([]);
      expect(badge(fake)).toBe(0);
      expect(w.get('[data-testid="notifications-summary"]').text()).toBe(
        'Semua notifikasi sudah dibaca.',
      );
      expect(w.find('[data-testid="notifications-mark-all"]').exists()).toBe(false);
    } finally {
      first[0] = notification(1);
    }
  });

  it("shows one again as unread, with the server's reason, when the mark is refused", async () => {
    const fake = api(() => ({
      errors: [{ message: 'Notifikasi tidak ditemukan.', extensions: { code: 'NOT_FOUND' } }],
    }));
    const { wrapper: w } = await render(fake);
    await rows(w)[0]!.get('[data-testid="notification-link"]').trigger('click');
    await flushPromises();
    expect(unreadIds(w)).toEqual(['n1', 'n2', 'n3']);
    expect(badge(fake)).toBe(4);
    expect(w.get('[data-testid="notifications-error"]').text()).toContain(
      'Notifikasi tidak ditemukan.',
    );
  });

  it('asks for the list again when the badge counts more unread than it shows, or the language changes', async () => {
    const { fake } = await render();
    const listed = () => fake.sent.filter((s) => s.operation === 'Notifications').length;
    expect(listed()).toBe(1);
    fake.client.cache.writeQuery({
      query: UnreadNotificationCountQuery,
      data: { unreadNotificationCount: 5 },
    });
    await vi.waitFor(() => expect(listed()).toBe(2));
    i18n.global.locale.value = 'en';
    await vi.waitFor(() => expect(listed()).toBe(3));
    await flushPromises();
    expect(wrapper!.get('[data-testid="notifications-summary"]').text()).toBe(
      '4 unread notifications',
    );
    i18n.global.locale.value = 'id';
  });

  it('says when there is nothing yet', async () => {
    const fake = fakeApi({
      Notifications: () => page({ items: [], unreadCount: 0, nextCursor: null }),
    });
    const { wrapper: w } = await render(fake);
    expect(w.get('[data-testid="notifications-empty"]').text()).toContain('Belum ada notifikasi.');
    expect(w.find('ul').exists()).toBe(false);
    expect(w.get('[data-testid="notifications-settings"]').attributes('href')).toBe(
      '/employee/notifications/settings',
    );
  });
});
