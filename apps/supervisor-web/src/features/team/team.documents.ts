import { graphql } from '@kinerja/schema/gql';

/** One level of the tree: the people reporting directly to `of` (default: the caller), a page. */
export const TeamMembersQuery = graphql(`
  query TeamMembers($of: ID, $period: String!, $first: Int, $after: String) {
    teamMembers(of: $of, period: $period, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          employee {
            id
            name
            nip
            position {
              id
              name
            }
            unit {
              id
              name
            }
          }
          period
          frozen
          approvedMainMinutes
          countedAdditionalMinutes
          targetMinutes
          achievement
          pendingCount
          pendingMinutes
          directReportCount
          today {
            date
            status
            checkIn
            checkOut
            lateMinutes
            leaveKind
            provisional
          }
          verification {
            pendingCount
            oldestPendingAgeDays
            decidedCount
            decidedOnTimeCount
            decidedOnTimePercent
          }
        }
      }
    }
  }
`);

/** The caller's unit and the units below it (two levels), for the results' unit choice. */
export const TeamUnitsQuery = graphql(`
  query TeamUnits {
    me {
      id
      unit {
        id
        name
        children {
          id
          name
          children {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The 360° and peer-ranking results of a unit's people for a month: the behaviour score of each
 * (teamReport), their standings, and the anonymity threshold of the policy then in force.
 */
export const TeamResultsQuery = graphql(`
  query TeamResults($period: String!, $unitId: ID!, $firstDay: LocalDate!) {
    teamReport(period: $period, unitId: $unitId) {
      period
      unitId
      frozen
      rows {
        employeeId
        name
        nip
        unitName
        behaviour
        peerPercentile
      }
    }
    peerRankingResults(period: $period, unitId: $unitId) {
      period
      unitId
      assigned
      submitted
      mutualBestPairs
      dissentingRaters
      standings {
        employeeId
        percentile
        groupSize
        bestVotes
        timesRanked
        submitted
        flags
      }
    }
    performancePolicy(date: $firstDay) {
      id
      reviewSettings {
        minRaters
      }
    }
  }
`);

/** A person's 360° result of a month, as far as the anonymity threshold lets it show. */
export const TeamBehaviourQuery = graphql(`
  query TeamBehaviour($employeeId: ID!, $period: String!) {
    behaviourSummary(employeeId: $employeeId, period: $period) {
      employeeId
      period
      score
      rating
      minRaters
      lead
      values {
        value
        score
      }
      kinds {
        kind
        count
        score
        shown
        counted
        weight
        effectiveWeight
      }
      comments {
        kind
        value
        comment
      }
    }
  }
`);

/**
 * A person of the team: who they are, the chain above them, their report card of the month (web-common's
 * ReportCardFields).
 */
export const TeamPersonQuery = graphql(`
  query TeamPerson($employeeId: ID!, $period: String!) {
    employee(id: $employeeId) {
      id
      name
      nip
      directReportCount
      position {
        id
        name
      }
      unit {
        id
        name
      }
    }
    supervisorChain(employeeId: $employeeId) {
      id
      name
    }
    monthlyReport(employeeId: $employeeId, period: $period) {
      ...ReportCardFields
    }
  }
`);

/** A supervisor's own backlog and timeliness (the person page of someone who supervises). */
export const TeamVerificationStatsQuery = graphql(`
  query TeamVerificationStats($supervisorId: ID!) {
    verificationStats(supervisorId: $supervisorId) {
      pendingCount
      oldestPendingAgeDays
      decidedCount
      decidedOnTimeCount
      decidedOnTimePercent
    }
  }
`);
