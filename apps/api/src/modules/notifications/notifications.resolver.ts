import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { NotificationApp } from './notifications.enums.js';
import { NotificationsService } from './notifications.service.js';
import {
  NotificationPage,
  NotificationPreferenceInput,
  NotificationSettings,
} from './notifications.types.js';

const service = (ctx: Context) => {
  const { em, viewer, today } = ctx.scope();
  return new NotificationsService(em, viewer, ctx.locale, today, ctx.config.smtp !== null);
};

@Resolver()
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationPage, {
    description: 'The caller’s notifications, newest first (20 per page by default, at most 100).',
  })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
    @Arg('app', () => NotificationApp, { nullable: true }) app?: NotificationApp | null,
  ): Promise<NotificationPage> {
    return service(ctx).page({ first, after, unreadOnly, app });
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of the caller’s notifications are unread.' })
  unreadNotificationCount(
    @Ctx() ctx: Context,
    @Arg('app', () => NotificationApp, { nullable: true }) app?: NotificationApp | null,
  ): Promise<number> {
    return service(ctx).unreadCount(app);
  }

  @Authorized()
  @Query(() => NotificationSettings, {
    description: 'The caller’s notification preferences, and whether email can reach them.',
  })
  notificationSettings(@Ctx() ctx: Context): Promise<NotificationSettings> {
    return service(ctx).settings();
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      'Marks the caller’s notifications read (all of them when ids is null); returns the new unread count.',
  })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return service(ctx).markRead(ids);
  }

  @Authorized()
  @Mutation(() => NotificationSettings, {
    description: 'Sets the caller’s channels per kind (kinds not given keep their setting).',
  })
  setNotificationPreferences(
    @Ctx() ctx: Context,
    @Arg('input', () => [NotificationPreferenceInput]) input: NotificationPreferenceInput[],
  ): Promise<NotificationSettings> {
    return service(ctx).setPreferences(input);
  }
}
