import { graphql } from '@kinerja/schema/gql';

export const AdminPeriodFragment = graphql(`
  fragment AdminPeriod on Period {
    month
    status
    closed
    closingDate
    closedAt
    closedReason
    closedBy {
      id
      name
    }
    reopenedAt
    reopenReason
    reopenedBy {
      id
      name
    }
  }
`);

/** The twelve months of a year with their status. */
export const AdminPeriodsQuery = graphql(`
  query AdminPeriods($year: Int!) {
    periods(year: $year) {
      ...AdminPeriod
    }
  }
`);

export const ClosePeriodMutation = graphql(`
  mutation ClosePeriod($period: String!, $force: Boolean, $reason: String) {
    closePeriod(period: $period, force: $force, reason: $reason) {
      ...AdminPeriod
    }
  }
`);

export const ReopenPeriodMutation = graphql(`
  mutation ReopenPeriod($period: String!, $reason: String!) {
    reopenPeriod(period: $period, reason: $reason) {
      ...AdminPeriod
    }
  }
`);
