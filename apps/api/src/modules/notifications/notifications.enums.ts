import { registerEnumType } from 'type-graphql';

/** What a notification is about; each kind has its own trigger (see notification-kinds.ts). */
export enum NotificationKind {
  DAY_NOT_SUBMITTED = 'DAY_NOT_SUBMITTED',
  ENTRIES_RETURNED = 'ENTRIES_RETURNED',
  TASKS_DUE = 'TASKS_DUE',
  QUEUE_NEAR_ESCALATION = 'QUEUE_NEAR_ESCALATION',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
}

/** Which SPA a notification's link opens in. */
export enum NotificationApp {
  EMPLOYEE = 'EMPLOYEE',
  SUPERVISOR = 'SUPERVISOR',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    DAY_NOT_SUBMITTED: { description: 'The working day ended without a submitted day.' },
    ENTRIES_RETURNED: { description: 'A supervisor returned entries for revision.' },
    TASKS_DUE: {
      description: 'Monthly tasks (IKI, 360°, peer ranking, questionnaires) due in 2 days.',
    },
    QUEUE_NEAR_ESCALATION: {
      description: 'Entries in the caller’s queue escalate within 1 working day.',
    },
    WEEKLY_DIGEST: { description: 'The week’s backlog of the caller’s units.' },
  },
});
registerEnumType(NotificationApp, {
  name: 'NotificationApp',
  description: 'Which app a notification’s link opens in.',
});
