import { graphql } from '@kinerja/schema/gql';

/** What the day's timeline and the entry form show of an entry. */
export const DayEntryFragment = graphql(`
  fragment DayEntry on ActivityEntry {
    id
    date
    startTime
    endTime
    quantity
    description
    creditedMinutes
    status
    decisionNote
    item {
      id
      code
      name
      outputUnit
      standardMinutes
      requiresEvidence
      isFavourite
    }
    evidence {
      id
      kind
      mimeType
      originalName
      thumbnailUrl
      url
    }
  }
`);

/** The caller's entries of one day and the day's target (the policy's daily minimum). */
export const DayEntriesQuery = graphql(`
  query DayEntries($date: LocalDate!) {
    myEntries(from: $date, to: $date) {
      ...DayEntry
    }
    performancePolicy(date: $date) {
      dailyMinimumMinutes
    }
  }
`);

export const ActivityItemOptionFragment = graphql(`
  fragment ActivityItemOption on ActivityItem {
    id
    code
    name
    outputUnit
    standardMinutes
    requiresEvidence
    isFavourite
    category
  }
`);

export const ActivityItemSearchQuery = graphql(`
  query ActivityItemSearch($search: String, $first: Int) {
    activityItems(search: $search, first: $first) {
      edges {
        node {
          ...ActivityItemOption
        }
      }
    }
  }
`);

export const SetFavouriteItemMutation = graphql(`
  mutation SetFavouriteItem($itemId: ID!, $favourite: Boolean!) {
    setFavouriteItem(itemId: $itemId, favourite: $favourite) {
      id
      isFavourite
    }
  }
`);

export const LogActivityMutation = graphql(`
  mutation LogActivity($input: ActivityInput!) {
    logActivity(input: $input) {
      ...DayEntry
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {
    updateActivity(id: $id, input: $input) {
      ...DayEntry
    }
  }
`);

export const DeleteActivityMutation = graphql(`
  mutation DeleteActivity($id: ID!) {
    deleteActivity(id: $id)
  }
`);
