import { graphql } from '@kinerja/schema/gql';

/**
 * A person's report card of a month (web-common's ReportCardFields): what `ReportCard` shows. A
 * page that asks for more at once spreads the same fragment in its own query.
 */
export const ReportCardQuery = graphql(`
  query ReportCard($employeeId: ID!, $period: String!) {
    monthlyReport(employeeId: $employeeId, period: $period) {
      ...ReportCardFields
    }
  }
`);
