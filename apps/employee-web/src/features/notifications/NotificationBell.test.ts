import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import NotificationBell from './components/NotificationBell.vue';
import { fakeApi, mountWithApi } from './testing';

let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('NotificationBell', () => {
  it('shows the unread count, named for screen readers, asked every minute only while visible and on coming back', async () => {
    let count = 3;
    const api = fakeApi({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: count } }),
    });
    const { wrapper } = await mountWithApi(NotificationBell, api);
    await flushPromises();
    const asked = () => api.sent.filter((s) => s.operation === 'UnreadNotificationCount').length;
    expect(asked()).toBe(1);
    const link = wrapper.get('[data-testid="notification-bell"]');
    expect(link.attributes('href')).toBe('/employee/notifications');
    // Its name: what is not hidden from screen readers ("3" is for the eye only).
    const name = () =>
      link
        .findAll('.visually-hidden')
        .map((s) => s.element.textContent)
        .join('');
    expect(name()).toBe('Notifikasi 3 belum dibaca');
    expect(link.get('span[aria-hidden="true"]').text()).toBe('3');

    count = 1;
    await vi.advanceTimersByTimeAsync(60_000);
    await flushPromises();
    expect(asked()).toBe(2);
    expect(wrapper.get('[data-testid="unread-badge"]').attributes('data-count')).toBe('1');

    // Hidden: no asking; back after a while: asked at once.
    visibility = 'hidden';
    await vi.advanceTimersByTimeAsync(180_000);
    expect(asked()).toBe(2);
    count = 0;
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    expect(asked()).toBe(3);
    expect(wrapper.find('[data-testid="unread-badge"]').exists()).toBe(false);
    expect(name()).toBe('Notifikasi ');
    wrapper.unmount();
  });
});
