import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NotificationApp, NotificationKind } from './notifications.enums.js';

@ObjectType({
  description:
    'A reminder or notice for the caller; title and body are in the request’s language (Accept-Language).',
})
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => NotificationApp, { description: 'The app the link opens in.' })
  app!: NotificationApp;

  @Field(() => String, {
    nullable: true,
    description: 'A path inside that app, e.g. "/day/2026-11-20" or "/decisions/performance".',
  })
  link!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType({ description: 'A page of the caller’s notifications, newest first.' })
export class NotificationPage {
  @Field(() => [Notification])
  items!: Notification[];

  @Field(() => Int, { description: 'Unread notifications (of the app asked for, if any).' })
  unreadCount!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor!: string | null;
}

@ObjectType({ description: 'Whether the caller receives one kind of notification, and how.' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Boolean, { description: 'Shown in the apps.' })
  inApp!: boolean;

  @Field(() => Boolean, { description: 'Sent by email (when the server has email configured).' })
  email!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether this kind can reach the caller at all (e.g. QUEUE_NEAR_ESCALATION only for supervisors).',
  })
  applies!: boolean;
}

@ObjectType({ description: 'The caller’s notification preferences and email availability.' })
export class NotificationSettings {
  @Field(() => [NotificationPreference])
  preferences!: NotificationPreference[];

  @Field(() => Boolean, { description: 'Email (SMTP) is configured on the server.' })
  emailAvailable!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The caller’s email address on file (null: no email will be sent).',
  })
  emailAddress!: string | null;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Boolean)
  inApp!: boolean;

  @Field(() => Boolean)
  email!: boolean;
}

/** At most this many ids per markNotificationsRead call. */
export const MAX_MARK_READ = 500;
