import { graphql } from '@kinerja/schema/gql';

/** The caller's report card of a month (web-common's ReportCardFields). */
export const MyMonthlyReportQuery = graphql(`
  query MyMonthlyReport($employeeId: ID!, $period: String!) {
    monthlyReport(employeeId: $employeeId, period: $period) {
      ...ReportCardFields
    }
  }
`);

/** The month's entries, for the chart of approved minutes per day. */
export const ReportEntriesQuery = graphql(`
  query ReportEntries($from: LocalDate!, $to: LocalDate!) {
    myEntries(from: $from, to: $to) {
      id
      date
      status
      creditedMinutes
    }
  }
`);

/** The agency's months of a year with their status (closed months are frozen). */
export const ReportPeriodsQuery = graphql(`
  query ReportPeriods($year: Int!, $previousYear: Int!) {
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
