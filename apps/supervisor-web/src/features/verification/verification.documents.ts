import { graphql } from '@kinerja/schema/gql';

/** One page of the queue: its rows (entries with item, evidence and marks) and their day totals. */
export const VerificationQueueQuery = graphql(`
  query VerificationQueuePage($filter: VerificationQueueFilter, $first: Int, $after: String) {
    verificationQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      groups {
        employee {
          id
        }
        date
        totalCreditedMinutes
        approvedMinutes
        pendingCount
        dailyTargetMinutes
      }
      edges {
        node {
          escalated
          decisionSource
          workingDaysPending
          flags
          employee {
            id
            name
          }
          item {
            id
            code
            name
            standardMinutes
            outputUnit
          }
          entry {
            id
            date
            startTime
            endTime
            quantity
            creditedMinutes
            description
            status
            decisionNote
            evidence {
              id
              kind
              mimeType
              originalName
              thumbnailUrl
              url
              sizeBytes
            }
          }
        }
      }
    }
  }
`);

/**
 * The people of the queue under the filter (without its unit and person, so both can be changed):
 * counts per person, where they sit, and whether their own supervisor's position is vacant.
 */
export const VerificationQueuePeopleQuery = graphql(`
  query VerificationQueuePeople($filter: VerificationQueueFilter) {
    verificationQueuePeople(filter: $filter) {
      count
      escalatedCount
      firstDate
      lastDate
      employee {
        id
        name
        nip
        unit {
          id
          name
        }
        position {
          id
          name
          parent {
            id
            name
            holders {
              id
            }
          }
        }
        supervisor {
          id
          name
        }
      }
    }
  }
`);

/** Every entry id of a filter (at most 10,000): "select all" without loading every row. */
export const VerificationQueueEntryIdsQuery = graphql(`
  query VerificationQueueEntryIds($filter: VerificationQueueFilter) {
    verificationQueueEntryIds(filter: $filter)
  }
`);

/** The caller's backlog and timeliness. */
export const VerificationStatsQuery = graphql(`
  query VerificationStats {
    verificationStats {
      pendingCount
      oldestPendingAgeDays
      decidedCount
      decidedOnTimeCount
      decidedOnTimePercent
    }
  }
`);

export const VerifyActivitiesMutation = graphql(`
  mutation VerifyActivities($input: VerifyActivitiesInput!) {
    verifyActivities(input: $input) {
      applied
      failed {
        entryId
        code
        message
      }
    }
  }
`);
