import { graphql } from '@kinerja/schema/gql';

/** How many decisions wait for the caller, of each kind (the tabs' counts). */
export const DecisionCountsQuery = graphql(`
  query DecisionCounts {
    leaveQueue(first: 1) {
      totalCount
    }
    pendingIkiDecisions(first: 1) {
      totalCount
    }
  }
`);

/** Who a request, plan or report is from. */
export const DecisionPersonFragment = graphql(`
  fragment DecisionPerson on Employee {
    id
    name
    nip
    position {
      id
      name
    }
  }
`);

/** An evidence file (a leave attachment, an IKI realisation's evidence). */
export const DecisionEvidenceFragment = graphql(`
  fragment DecisionEvidence on Evidence {
    id
    kind
    mimeType
    originalName
    thumbnailUrl
    url
  }
`);

/** A request as the decider sees it, also for the other requests overlapping it. */
export const QueuedLeaveRequestFragment = graphql(`
  fragment QueuedLeaveRequest on LeaveRequest {
    id
    kind
    status
    startDate
    endDate
    startTime
    endTime
    halfDay
    reason
    submittedAt
    destination {
      name
    }
    attachment {
      ...DecisionEvidence
    }
  }
`);

/** One page of the leave queue, oldest submission first. */
export const LeaveDecisionQueueQuery = graphql(`
  query LeaveDecisionQueue($filter: LeaveQueueFilter, $first: Int, $after: String) {
    leaveQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          escalated
          decisionSource
          workingDaysPending
          workingDays
          annualBalance {
            year
            entitlement
            carriedOver
            used
            pending
            remaining
          }
          employee {
            ...DecisionPerson
          }
          request {
            ...QueuedLeaveRequest
          }
          overlaps {
            id
            kind
            status
            startDate
            endDate
            halfDay
            employee {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const DecideLeaveRequestsMutation = graphql(`
  mutation DecideLeaveRequests($input: DecideLeaveRequestsInput!) {
    decideLeaveRequests(input: $input) {
      applied
      failed {
        id
        code
        message
      }
    }
  }
`);

/** Plans and IKI reports waiting for the caller, oldest submission first. */
export const PendingPerformanceDecisionsQuery = graphql(`
  query PendingPerformanceDecisions($first: Int, $after: String) {
    pendingIkiDecisions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          submittedAt
          escalated
          decisionSource
          employee {
            ...DecisionPerson
          }
          plan {
            id
            year
            status
          }
          report {
            id
            month
            late
            status
          }
        }
      }
    }
  }
`);

/** A person's plan (SKP) of a year: results, the supervisor's result each supports, indicators. */
export const PlanForDecisionQuery = graphql(`
  query PlanForDecision($employeeId: ID!, $year: Int!) {
    performancePlan(employeeId: $employeeId, year: $year) {
      id
      year
      status
      submittedAt
      decidedAt
      decisionNote
      decisionSource
      templateCode
      decider {
        id
        name
      }
      employee {
        ...DecisionPerson
      }
      results {
        id
        title
        parentResult {
          id
          title
        }
        indicators {
          id
          kind
          name
          target
          unit
        }
      }
    }
  }
`);

export const DecidePlanMutation = graphql(`
  mutation DecidePlan($planId: ID!, $decision: PlanDecision!, $note: String) {
    decidePerformancePlan(planId: $planId, decision: $decision, note: $note) {
      id
      status
      decidedAt
      decisionNote
      decisionSource
      decider {
        id
        name
      }
    }
  }
`);

/** A person's IKI of a month: each indicator's target, realisation, evidence and score. */
export const IkiForDecisionQuery = graphql(`
  query IkiForDecision($employeeId: ID!, $period: String!) {
    ikiReport(employeeId: $employeeId, period: $period) {
      period
      status
      dueDate
      closed
      late
      score
      computedScore
      skpScore
      employee {
        ...DecisionPerson
      }
      report {
        id
        status
        submittedAt
        decidedAt
        decisionNote
        late
      }
      lines {
        score
        indicator {
          id
          kind
          name
          target
          unit
          practiceId
        }
        result {
          id
          title
        }
        realisation {
          id
          realisation
          observation
          note
        }
        evidence {
          ...DecisionEvidence
        }
      }
    }
  }
`);

export const DecideIkiMutation = graphql(`
  mutation DecideIki($reportId: ID!, $decision: PlanDecision!, $note: String) {
    decideIkiReport(reportId: $reportId, decision: $decision, note: $note) {
      id
      status
      score
      decidedAt
      decisionNote
      decisionSource
    }
  }
`);
