import { graphql } from '@kinerja/schema/gql';

/** Every figure of a month's report card, its explanation (in the caller's language) and the TPP. */
export const MyMonthlyReportQuery = graphql(`
  query MyMonthlyReport($employeeId: ID!, $period: String!) {
    monthlyReport(employeeId: $employeeId, period: $period) {
      employeeId
      period
      name
      unitName
      frozen
      computedAt
      achievement
      approvedMainMinutes
      approvedAdditionalMinutes
      countedAdditionalMinutes
      minutesAboveDailyCap
      targetMinutes
      excusedMinutes
      daysUnderMinimum
      discipline
      deductions {
        code
        date
        percent
        cause
      }
      negativeActivities {
        count
        minutes
      }
      iki
      skp
      behaviour
      behaviourValues {
        value
        score
      }
      peerPercentile
      workResultRating
      behaviourRating
      predicate
      tpp {
        base
        proratedBase
        performancePart
        disciplinePart
        otherCuts
        total
        cuts {
          key
          cause
          percent
          amount
        }
      }
      explanation {
        key
        text
        value
        sources
      }
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
