/**
 * Each kind of notification: the app its link opens in, its default channels, and how its stored
 * params become a title and body in a language (messages.ts, `notifications.*`). Rows store only
 * kind + params, so one notification reads in whichever language the request asks for.
 */
import { translate, type Locale, type MessageKey } from '../../common/i18n/messages.js';
import { NotificationApp, NotificationKind } from './notifications.enums.js';

export interface KindSpec {
  app: NotificationApp;
  defaults: { inApp: boolean; email: boolean };
}

export const KINDS: Record<NotificationKind, KindSpec> = {
  DAY_NOT_SUBMITTED: { app: NotificationApp.EMPLOYEE, defaults: { inApp: true, email: false } },
  ENTRIES_RETURNED: { app: NotificationApp.EMPLOYEE, defaults: { inApp: true, email: true } },
  TASKS_DUE: { app: NotificationApp.EMPLOYEE, defaults: { inApp: true, email: true } },
  QUEUE_NEAR_ESCALATION: {
    app: NotificationApp.SUPERVISOR,
    defaults: { inApp: true, email: false },
  },
  WEEKLY_DIGEST: { app: NotificationApp.SUPERVISOR, defaults: { inApp: true, email: true } },
};

export const ALL_KINDS = Object.values(NotificationKind);

/** A monthly task in TASKS_DUE's params. */
export type DueTask =
  | { task: 'IKI' | 'REVIEW' | 'RANKING' }
  | { task: 'QUESTIONNAIRE'; title: string; questionnaireId: string };

export interface KindParams {
  DAY_NOT_SUBMITTED: { date: string };
  ENTRIES_RETURNED: { count: number; dates: string[]; by: string };
  TASKS_DUE: { dueDate: string; period: string; tasks: DueTask[] };
  QUEUE_NEAR_ESCALATION: { count: number; oldestDate: string; escalatesOn: string };
  WEEKLY_DIGEST: {
    scope: string;
    weekOf: string;
    pendingEntries: number;
    overdueEntries: number;
    pendingLeave: number;
    pendingIki: number;
  };
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** A `YYYY-MM-DD` calendar date as words ("20 November 2026"). */
export function longDate(locale: Locale, date: string): string {
  return dateFormats[locale].format(new Date(`${date}T00:00:00Z`));
}

function periodName(locale: Locale, period: string): string {
  const f = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return f.format(new Date(`${period}-01T00:00:00Z`));
}

function list(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    style: 'long',
    type: 'conjunction',
  }).format(items);
}

/** The title and body of a notification in a language. */
export function render(
  locale: Locale,
  kind: NotificationKind,
  params: Record<string, unknown>,
): { title: string; body: string } {
  const t = (key: MessageKey, p: Record<string, string | number> = {}) => translate(locale, key, p);
  switch (kind) {
    case NotificationKind.DAY_NOT_SUBMITTED: {
      const p = params as unknown as KindParams['DAY_NOT_SUBMITTED'];
      const date = longDate(locale, p.date);
      return {
        title: t('notifications.dayNotSubmitted.title', { date }),
        body: t('notifications.dayNotSubmitted.body', { date }),
      };
    }
    case NotificationKind.ENTRIES_RETURNED: {
      const p = params as unknown as KindParams['ENTRIES_RETURNED'];
      const dates = list(
        locale,
        p.dates.map((d) => longDate(locale, d)),
      );
      return {
        title: t('notifications.entriesReturned.title', { count: p.count }),
        body: t('notifications.entriesReturned.body', { count: p.count, by: p.by, dates }),
      };
    }
    case NotificationKind.TASKS_DUE: {
      const p = params as unknown as KindParams['TASKS_DUE'];
      const period = periodName(locale, p.period);
      const tasks = p.tasks.map((task) =>
        task.task === 'QUESTIONNAIRE'
          ? t('notifications.tasksDue.QUESTIONNAIRE', { title: task.title })
          : t(`notifications.tasksDue.${task.task}`, { period }),
      );
      const dueDate = longDate(locale, p.dueDate);
      return {
        title: t('notifications.tasksDue.title', { dueDate }),
        body: t('notifications.tasksDue.body', { dueDate, tasks: list(locale, tasks) }),
      };
    }
    case NotificationKind.QUEUE_NEAR_ESCALATION: {
      const p = params as unknown as KindParams['QUEUE_NEAR_ESCALATION'];
      return {
        title: t('notifications.queueNearEscalation.title', { count: p.count }),
        body: t('notifications.queueNearEscalation.body', {
          count: p.count,
          escalatesOn: longDate(locale, p.escalatesOn),
          oldest: longDate(locale, p.oldestDate),
        }),
      };
    }
    case NotificationKind.WEEKLY_DIGEST: {
      const p = params as unknown as KindParams['WEEKLY_DIGEST'];
      return {
        title: t('notifications.weeklyDigest.title', {
          scope: p.scope,
          weekOf: longDate(locale, p.weekOf),
        }),
        body: t('notifications.weeklyDigest.body', {
          pendingEntries: p.pendingEntries,
          overdueEntries: p.overdueEntries,
          pendingLeave: p.pendingLeave,
          pendingIki: p.pendingIki,
        }),
      };
    }
  }
}
