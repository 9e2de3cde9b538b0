import { graphql } from '@kinerja/schema/gql';

/** The agency's time zone (for "this month") and which months are closed (their figures frozen). */
export const PeriodMonthsQuery = graphql(`
  query PeriodMonths($year: Int!, $previousYear: Int!) {
    agency {
      id
      timeZone
    }
    periods(year: $year) {
      month
      closed
    }
    previous: periods(year: $previousYear) {
      month
      closed
    }
  }
`);
