/**
 * The caller's notifications and preferences. Every statement is keyed by the viewer's agency and
 * employee id: no one reads or marks another person's notifications.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/app-error.js';
import type { Locale } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/connection.js';
import { query } from '../../common/sql.js';
import { ALL_KINDS, KINDS, render } from './notification-kinds.js';
import { type NotificationApp, type NotificationKind } from './notifications.enums.js';
import {
  MAX_MARK_READ,
  type Notification,
  type NotificationPage,
  type NotificationPreferenceInput,
  type NotificationSettings,
} from './notifications.types.js';
import { appliesTo } from './recipients.sql.js';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

interface Row {
  id: string;
  kind: NotificationKind;
  app: NotificationApp;
  params: Record<string, unknown>;
  link: string | null;
  /** timestamptz columns come back from hand-written SQL as text. */
  created_at: string | Date;
  read_at: string | Date | null;
  /** created_at to the microsecond, for the cursor. */
  created_us: string;
}

/** A page cursor: the last row's creation instant (ISO) and id. */
type Cursor = [string, string];
const isCursor = (v: unknown): v is Cursor =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  isUuid(v[1]);

export class NotificationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly locale: Locale,
    private readonly today: string,
    private readonly emailAvailable: boolean,
  ) {}

  async page(args: {
    first?: number | null;
    after?: string | null;
    unreadOnly?: boolean | null;
    app?: NotificationApp | null;
  }): Promise<NotificationPage> {
    const first = args.first ?? DEFAULT_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput('common.pageSize', { max: MAX_PAGE });
    const after = args.after ? decodeCursor(args.after, isCursor) : null;
    const rows = await query<Row & { unread: number }>(
      this.em,
      `select n.id, n.kind, n.app, n.params, n.link, n.created_at, n.read_at,
              to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_us,
              (select count(*)::int from notification u
                where u.agency_id = $1 and u.recipient_id = $2 and u.in_app and u.read_at is null
                  and ($3::text is null or u.app = $3)) as unread
         from (select 1) one
         left join lateral (
           select * from notification n
            where n.agency_id = $1 and n.recipient_id = $2 and n.in_app
              and ($3::text is null or n.app = $3)
              and ($4::timestamptz is null or (n.created_at, n.id) < ($4::timestamptz, $5::uuid))
              and (not $6 or n.read_at is null)
            order by n.created_at desc, n.id desc
            limit $7) n on true
        order by n.created_at desc, n.id desc`,
      [
        this.viewer.agencyId,
        this.viewer.employeeId,
        args.app ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        args.unreadOnly ?? false,
        first + 1,
      ],
    );
    const unreadCount = rows[0]?.unread ?? 0;
    const items = rows.filter((r) => r.id !== null);
    const more = items.length > first;
    const shown = items.slice(0, first);
    return {
      items: shown.map((r) => this.toNotification(r)),
      unreadCount,
      nextCursor: more ? encodeCursor(cursorOf(shown[shown.length - 1]!)) : null,
    };
  }

  async unreadCount(app?: NotificationApp | null): Promise<number> {
    const [row] = await query<{ n: number }>(
      this.em,
      `select count(*)::int as n from notification
        where agency_id = $1 and recipient_id = $2 and in_app and read_at is null
          and ($3::text is null or app = $3)`,
      [this.viewer.agencyId, this.viewer.employeeId, app ?? null],
    );
    return row?.n ?? 0;
  }

  /** Marks the given notifications of the caller read (all when `ids` is null); others' ids are ignored. */
  async markRead(ids: readonly string[] | null | undefined): Promise<number> {
    if (ids) {
      if (ids.length > MAX_MARK_READ)
        throw badInput('notifications.tooManyIds', { max: MAX_MARK_READ });
      const bad = ids.find((id) => !isUuid(id));
      if (bad !== undefined) throw badInput('common.invalidId', { id: bad });
    }
    await query(
      this.em,
      `update notification set read_at = now(), updated_at = now()
        where agency_id = $1 and recipient_id = $2 and in_app and read_at is null
          and ($3::uuid[] is null or id = any ($3::uuid[]))`,
      [this.viewer.agencyId, this.viewer.employeeId, ids ?? null],
    );
    return this.unreadCount();
  }

  async settings(): Promise<NotificationSettings> {
    const [prefs, applies, [me]] = await Promise.all([
      query<{ kind: NotificationKind; in_app: boolean; email: boolean }>(
        this.em,
        `select kind, in_app, email from notification_preference
          where agency_id = $1 and employee_id = $2`,
        [this.viewer.agencyId, this.viewer.employeeId],
      ),
      appliesTo(this.em, this.viewer.agencyId, this.viewer.employeeId, this.today),
      query<{ email: string | null }>(
        this.em,
        `select email from employee where agency_id = $1 and id = $2`,
        [this.viewer.agencyId, this.viewer.employeeId],
      ),
    ]);
    const byKind = new Map(prefs.map((p) => [p.kind, p]));
    return {
      preferences: ALL_KINDS.map((kind) => {
        const p = byKind.get(kind);
        return {
          kind,
          inApp: p ? p.in_app : KINDS[kind].defaults.inApp,
          email: p ? p.email : KINDS[kind].defaults.email,
          applies: applies.has(kind),
        };
      }),
      emailAvailable: this.emailAvailable,
      emailAddress: me?.email ?? null,
    };
  }

  async setPreferences(
    input: readonly NotificationPreferenceInput[],
  ): Promise<NotificationSettings> {
    const seen = new Set<NotificationKind>();
    for (const p of input) {
      if (seen.has(p.kind)) throw badInput('notifications.duplicateKind', { kind: p.kind });
      seen.add(p.kind);
    }
    if (input.length) {
      await query(
        this.em,
        `insert into notification_preference (agency_id, employee_id, kind, in_app, email)
         select $1, $2, k, i, e
           from unnest($3::text[], $4::boolean[], $5::boolean[]) as p (k, i, e)
         on conflict (agency_id, employee_id, kind)
         do update set in_app = excluded.in_app, email = excluded.email, updated_at = now()`,
        [
          this.viewer.agencyId,
          this.viewer.employeeId,
          input.map((p) => p.kind),
          input.map((p) => p.inApp),
          input.map((p) => p.email),
        ],
      );
    }
    return this.settings();
  }

  private toNotification(r: Row): Notification {
    const { title, body } = render(this.locale, r.kind, r.params);
    return {
      id: r.id,
      kind: r.kind,
      app: r.app,
      title,
      body,
      link: r.link,
      createdAt: new Date(r.created_at),
      readAt: r.read_at === null ? null : new Date(r.read_at),
    };
  }
}

function cursorOf(r: Row): Cursor {
  return [r.created_us, r.id];
}
