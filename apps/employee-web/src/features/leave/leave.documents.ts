import { graphql } from '@kinerja/schema/gql';

export const LeaveRequestItemFragment = graphql(`
  fragment LeaveRequestItem on LeaveRequest {
    id
    kind
    status
    startDate
    endDate
    startTime
    endTime
    halfDay
    reason
    decisionNote
    decidedAt
    submittedAt
    attachmentId
    destination {
      name
    }
    decidedBy {
      id
      name
    }
  }
`);

/** The caller's requests touching a year and their annual leave balance of that year. */
export const LeaveOverviewQuery = graphql(`
  query LeaveOverview($year: Int!) {
    leaveBalance(year: $year) {
      year
      entitlement
      carriedOver
      used
      pending
      remaining
    }
    myLeaveRequests(year: $year) {
      ...LeaveRequestItem
    }
  }
`);

export const RequestLeaveMutation = graphql(`
  mutation RequestLeave($input: LeaveRequestInput!) {
    requestLeave(input: $input) {
      ...LeaveRequestItem
    }
  }
`);

export const CancelLeaveRequestMutation = graphql(`
  mutation CancelLeaveRequest($id: ID!) {
    cancelLeaveRequest(id: $id) {
      ...LeaveRequestItem
    }
  }
`);
