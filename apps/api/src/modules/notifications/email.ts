/**
 * Email of a notification: rendered in Indonesian (the agency's language) with the English text
 * below it, and sent through SMTP (nodemailer). Which notifications are emailed is decided when
 * they are created (notification.email_state, see the migration); jobs/ sends them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import { translate } from '../../common/i18n/messages.js';
import { query } from '../../common/sql.js';
import { render } from './notification-kinds.js';
import { NotificationApp, type NotificationKind } from './notifications.enums.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** The email of one notification, or null when it no longer needs sending. */
export async function emailOf(
  em: EntityManager,
  agencyId: string,
  notificationId: string,
  publicUrl: string,
): Promise<EmailMessage | null> {
  const [row] = await query<{
    kind: NotificationKind;
    app: NotificationApp;
    params: Record<string, unknown>;
    link: string | null;
    email: string | null;
    email_state: string | null;
  }>(
    em,
    `select n.kind, n.app, n.params, n.link, e.email, n.email_state
       from notification n join employee e on e.agency_id = n.agency_id and e.id = n.recipient_id
      where n.agency_id = $1 and n.id = $2`,
    [agencyId, notificationId],
  );
  if (!row || !row.email || row.email_state === 'SENT') return null;
  const id = render('id', row.kind, row.params);
  const en = render('en', row.kind, row.params);
  const base = `${publicUrl}/${row.app === NotificationApp.SUPERVISOR ? 'supervisor' : 'employee'}`;
  const url = row.link ? `${base}${row.link}` : `${base}/`;
  return {
    to: row.email,
    subject: id.title,
    text: [
      id.body,
      '',
      translate('id', 'notifications.email.footer', { url }),
      '',
      '—',
      `${en.title}: ${en.body}`,
      '',
      translate('id', 'notifications.email.settings'),
      translate('en', 'notifications.email.settings'),
    ].join('\n'),
  };
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

/** An SMTP mailer for `smtp://user:pass@host:port` (or smtps://). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close() {
      transport.close();
    },
  };
}
