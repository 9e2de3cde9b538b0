import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferenceRow,
  type NotificationSettingsData,
} from './notification.types';

export interface PreferenceChoice {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** Why email cannot be chosen: the server sends none, or the caller has no address on file. */
export type EmailBlock = 'unavailable' | 'noAddress' | null;

export function emailBlock(settings: NotificationSettingsData): EmailBlock {
  if (!settings.emailAvailable) return 'unavailable';
  if (!settings.emailAddress) return 'noAddress';
  return null;
}

const rank = (kind: NotificationKind) => {
  const i = NOTIFICATION_KINDS.indexOf(kind);
  return i < 0 ? NOTIFICATION_KINDS.length : i;
};

/** The kinds that can reach the caller, in the preferences' order, as editable choices. */
export function choicesOf(settings: NotificationSettingsData): PreferenceChoice[] {
  return settings.preferences
    .filter((p: NotificationPreferenceRow) => p.applies)
    .slice()
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .map(({ kind, inApp, email }) => ({ kind, inApp, email }));
}

/** Whether the choices differ from what the server holds. */
export function isDirty(choices: readonly PreferenceChoice[], settings: NotificationSettingsData) {
  const saved = new Map(settings.preferences.map((p) => [p.kind, p]));
  return choices.some((c) => {
    const s = saved.get(c.kind);
    return !s || s.inApp !== c.inApp || s.email !== c.email;
  });
}

/**
 * What to send: every choice shown. Email stays as the server holds it while it cannot be chosen
 * (a switch that is disabled changes nothing).
 */
export function preferenceInput(
  choices: readonly PreferenceChoice[],
  settings: NotificationSettingsData,
): PreferenceChoice[] {
  const blocked = emailBlock(settings) !== null;
  const saved = new Map(settings.preferences.map((p) => [p.kind, p]));
  return choices.map((c) => ({
    kind: c.kind,
    inApp: c.inApp,
    email: blocked ? (saved.get(c.kind)?.email ?? c.email) : c.email,
  }));
}
