import NotificationPreferencesForm from '@kinerja/web-common/features/notifications/NotificationPreferencesForm.vue';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, mountWithApi } from './testing';

type Row = { kind: string; inApp: boolean; email: boolean; applies: boolean };
const settings = (
  preferences: Row[],
  emailAvailable = true,
  emailAddress: string | null = 'rina@kominfo.go.id',
) => ({
  __typename: 'NotificationSettings',
  preferences: preferences.map((p) => ({ __typename: 'NotificationPreference', ...p })),
  emailAvailable,
  emailAddress,
});

const staff: Row[] = [
  { kind: 'WEEKLY_DIGEST', inApp: true, email: true, applies: false },
  { kind: 'QUEUE_NEAR_ESCALATION', inApp: true, email: true, applies: false },
  { kind: 'TASKS_DUE', inApp: true, email: true, applies: true },
  { kind: 'ENTRIES_RETURNED', inApp: true, email: true, applies: true },
  { kind: 'DAY_NOT_SUBMITTED', inApp: true, email: false, applies: true },
];

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

async function render(
  answer: ReturnType<typeof settings>,
  save?: (v: Record<string, unknown>) => object,
) {
  const fake = fakeApi({
    NotificationSettings: () => ({ data: { notificationSettings: answer } }),
    SetNotificationPreferences:
      save ??
      ((v) => ({
        data: {
          setNotificationPreferences: settings(
            staff.map((r) => {
              const sent = (v.input as Row[]).find((i) => i.kind === r.kind);
              return sent ? { ...r, ...sent } : r;
            }),
          ),
        },
      })),
  });
  const mounted = await mountWithApi(NotificationPreferencesForm, fake);
  wrapper = mounted.wrapper;
  await flushPromises();
  return { wrapper: mounted.wrapper, fake };
}

const kinds = (w: VueWrapper) =>
  w.findAll('fieldset').map((f) => f.attributes('data-testid')!.replace('notification-pref-', ''));
const input = (w: VueWrapper, kind: string, channel: 'inApp' | 'email') =>
  w.get<HTMLInputElement>(`[data-testid="notification-pref-${kind}-${channel}"]`);

describe('NotificationPreferencesForm', () => {
  it('offers only the kinds that reach the caller, each with two labelled switches', async () => {
    const { wrapper: w } = await render(settings(staff));
    expect(kinds(w)).toEqual(['DAY_NOT_SUBMITTED', 'ENTRIES_RETURNED', 'TASKS_DUE']);
    const day = w.get('[data-testid="notification-pref-DAY_NOT_SUBMITTED"]');
    expect(day.get('legend').text()).toBe('Hari belum dikirim');
    const inApp = input(w, 'DAY_NOT_SUBMITTED', 'inApp');
    expect(inApp.attributes('role')).toBe('switch');
    expect(inApp.element.closest('label')!.textContent!.trim()).toBe('Di aplikasi');
    expect(
      input(w, 'DAY_NOT_SUBMITTED', 'email').element.closest('label')!.textContent!.trim(),
    ).toBe('Email');
    expect(inApp.element.checked).toBe(true);
    expect(input(w, 'DAY_NOT_SUBMITTED', 'email').element.checked).toBe(false);
    expect(input(w, 'DAY_NOT_SUBMITTED', 'email').element.disabled).toBe(false);
    expect(w.get('[data-testid="notification-email-note"]').text()).toBe(
      'Email dikirim ke rina@kominfo.go.id.',
    );
    expect(
      w.get<HTMLButtonElement>('[data-testid="notification-settings-save"]').element.disabled,
    ).toBe(true);
  });

  it('saves every shown kind with the switches as set, and says it is saved', async () => {
    const { wrapper: w, fake } = await render(settings(staff));
    await input(w, 'TASKS_DUE', 'inApp').setValue(false);
    await input(w, 'DAY_NOT_SUBMITTED', 'email').setValue(true);
    const save = w.get<HTMLButtonElement>('[data-testid="notification-settings-save"]');
    expect(save.element.disabled).toBe(false);
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(fake.sent.find((s) => s.operation === 'SetNotificationPreferences')?.variables).toEqual({
      input: [
        { kind: 'DAY_NOT_SUBMITTED', inApp: true, email: true },
        { kind: 'ENTRIES_RETURNED', inApp: true, email: true },
        { kind: 'TASKS_DUE', inApp: false, email: true },
      ],
    });
    expect(w.get('[data-testid="notification-settings-status"]').text()).toBe(
      'Pengaturan notifikasi tersimpan.',
    );
    expect(input(w, 'TASKS_DUE', 'inApp').element.checked).toBe(false);
    expect(save.element.disabled).toBe(true);
  });

  it('disables email with the reason when the server sends none or there is no address on file', async () => {
    const { wrapper: off } = await render(settings(staff, false));
    expect(input(off, 'ENTRIES_RETURNED', 'email').element.disabled).toBe(true);
    expect(input(off, 'ENTRIES_RETURNED', 'inApp').element.disabled).toBe(false);
    const note = off.get('[data-testid="notification-email-note"]');
    expect(note.text()).toContain('server belum diatur untuk mengirim email');
    expect(input(off, 'ENTRIES_RETURNED', 'email').attributes('aria-describedby')).toContain(
      'notification-email-note',
    );
    off.unmount();

    const { wrapper: none } = await render(settings(staff, true, null));
    expect(input(none, 'ENTRIES_RETURNED', 'email').element.disabled).toBe(true);
    expect(none.get('[data-testid="notification-email-note"]').text()).toContain(
      'alamat email Anda belum tercatat',
    );
  });

  it("shows the server's refusal", async () => {
    const { wrapper: w } = await render(settings(staff), () => ({
      errors: [
        { message: 'Jenis notifikasi tidak berlaku.', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    }));
    await input(w, 'TASKS_DUE', 'inApp').setValue(false);
    await w.get('form').trigger('submit');
    await flushPromises();
    const alert = w.get('[data-testid="notification-settings-error"]');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toBe('Jenis notifikasi tidak berlaku.');
    expect(w.get('[data-testid="notification-settings-status"]').text()).toBe('');
  });
});
