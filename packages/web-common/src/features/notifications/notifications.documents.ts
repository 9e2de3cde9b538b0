import { graphql } from '@kinerja/schema/gql';

/** What a notification in the list shows (title and body in the caller's language). */
export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    app
    link
    createdAt
    readAt
  }
`);

/** A page of the caller's notifications, newest first (both apps show all of them). */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      items {
        ...NotificationFields
      }
      unreadCount
      nextCursor
    }
  }
`);

/** Marks some (ids) or all (null) of the caller's notifications read; answers the new unread count. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationSettingsFieldsFragment = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    preferences {
      kind
      inApp
      email
      applies
    }
    emailAvailable
    emailAddress
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      ...NotificationSettingsFields
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);
