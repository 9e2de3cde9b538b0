import { graphql } from '@kinerja/schema/gql';

// Apart from the pages' documents (notifications.documents.ts): the shell loads this one with the
// first page, the rest load with the notification pages.

/** The unread badge: one integer, asked again every minute while the app is visible. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
