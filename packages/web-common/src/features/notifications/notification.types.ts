/**
 * The shapes the notification components work with: what the GraphQL documents select (see
 * notifications.documents.ts), written out so that the pure logic reads without Apollo.
 */
export type NotificationApp = 'EMPLOYEE' | 'SUPERVISOR';

export type NotificationKind =
  | 'DAY_NOT_SUBMITTED'
  | 'ENTRIES_RETURNED'
  | 'TASKS_DUE'
  | 'QUEUE_NEAR_ESCALATION'
  | 'WEEKLY_DIGEST';

/** The kinds in the order the preferences list them (the employee's own first). */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'DAY_NOT_SUBMITTED',
  'ENTRIES_RETURNED',
  'TASKS_DUE',
  'QUEUE_NEAR_ESCALATION',
  'WEEKLY_DIGEST',
];

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  app: string;
  link?: string | null;
  /** ISO date-time (the DateTimeISO scalar, typed unknown by codegen). */
  createdAt: unknown;
  readAt?: unknown;
}

export interface NotificationPreferenceRow {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
  applies: boolean;
}

export interface NotificationSettingsData {
  preferences: readonly NotificationPreferenceRow[];
  emailAvailable: boolean;
  emailAddress?: string | null;
}
