import {
  appendPage,
  choicesOf,
  emailBlock,
  isDirty,
  linkTarget,
  preferenceInput,
  type NotificationSettingsData,
} from '@kinerja/web-common/features/notifications';
import { describe, expect, it } from 'vitest';

const item = (id: string) => ({
  id,
  kind: 'ENTRIES_RETURNED',
  title: `t${id}`,
  body: 'b',
  app: 'EMPLOYEE',
  link: null,
  createdAt: '2026-11-20T03:00:00.000Z',
  readAt: null,
});

describe('linkTarget', () => {
  it("opens a link of this app on the router, one of the other app by a full navigation to that app's base", () => {
    expect(linkTarget({ app: 'EMPLOYEE', link: '/day/2026-11-20' }, 'EMPLOYEE')).toEqual({
      kind: 'route',
      path: '/day/2026-11-20',
    });
    expect(linkTarget({ app: 'SUPERVISOR', link: '/decisions/performance' }, 'EMPLOYEE')).toEqual({
      kind: 'href',
      href: '/supervisor/decisions/performance',
    });
    expect(linkTarget({ app: 'EMPLOYEE', link: '/day/2026-11-20' }, 'SUPERVISOR')).toEqual({
      kind: 'href',
      href: '/employee/day/2026-11-20',
    });
  });

  it('opens nothing without a link, or for anything but a path inside an app', () => {
    expect(linkTarget({ app: 'EMPLOYEE', link: null }, 'EMPLOYEE')).toBeNull();
    expect(linkTarget({ app: 'EMPLOYEE', link: '' }, 'EMPLOYEE')).toBeNull();
    expect(linkTarget({ app: 'EMPLOYEE', link: '//evil.example/x' }, 'EMPLOYEE')).toBeNull();
    expect(linkTarget({ app: 'EMPLOYEE', link: 'https://evil.example' }, 'EMPLOYEE')).toBeNull();
    expect(linkTarget({ app: 'EMPLOYEE', link: 'javascript:alert(1)' }, 'EMPLOYEE')).toBeNull();
    expect(linkTarget({ app: 'OTHER', link: '/x' }, 'EMPLOYEE')).toBeNull();
  });
});

describe('appendPage', () => {
  it("puts the next page's items after those shown, once each, with its cursor and count", () => {
    const first = {
      items: [item('3'), item('2')],
      unreadCount: 5,
      nextCursor: 'c1' as string | null,
    };
    const next = { items: [item('2'), item('1')], unreadCount: 4, nextCursor: null };
    expect(appendPage(first, next)).toEqual({
      items: [item('3'), item('2'), item('1')],
      unreadCount: 4,
      nextCursor: null,
    });
    expect(appendPage(first, undefined)).toBe(first);
  });
});

describe('preferences', () => {
  const settings: NotificationSettingsData = {
    emailAvailable: true,
    emailAddress: 'rina@example.go.id',
    preferences: [
      { kind: 'WEEKLY_DIGEST', inApp: true, email: true, applies: false },
      { kind: 'TASKS_DUE', inApp: true, email: false, applies: true },
      { kind: 'DAY_NOT_SUBMITTED', inApp: true, email: true, applies: true },
    ],
  };

  it('offers only the kinds that apply, in a fixed order', () => {
    expect(choicesOf(settings)).toEqual([
      { kind: 'DAY_NOT_SUBMITTED', inApp: true, email: true },
      { kind: 'TASKS_DUE', inApp: true, email: false },
    ]);
  });

  it('says why email cannot be chosen', () => {
    expect(emailBlock(settings)).toBeNull();
    expect(emailBlock({ ...settings, emailAvailable: false })).toBe('unavailable');
    expect(emailBlock({ ...settings, emailAddress: null })).toBe('noAddress');
  });

  it('is dirty only when a switch differs from the server, and never sends a blocked email change', () => {
    const choices = choicesOf(settings);
    expect(isDirty(choices, settings)).toBe(false);
    choices[1]!.email = true;
    expect(isDirty(choices, settings)).toBe(true);
    expect(preferenceInput(choices, settings)[1]).toEqual({
      kind: 'TASKS_DUE',
      inApp: true,
      email: true,
    });
    const blocked = { ...settings, emailAddress: null };
    expect(preferenceInput(choices, blocked)[1]).toEqual({
      kind: 'TASKS_DUE',
      inApp: true,
      email: false,
    });
  });
});
