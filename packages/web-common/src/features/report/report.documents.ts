import { graphql } from '@kinerja/schema/gql';
import type { ResultOf } from '../../apollo/types';

/**
 * Every figure of a month's report card, its explanation (in the caller's language) and the TPP:
 * what a report card page shows, for the employee's own card and a supervisor's view of one.
 */
export const ReportCardFieldsFragment = graphql(`
  fragment ReportCardFields on MonthlyReport {
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
`);

/** The figures of a report card, as the shared report card components take them. */
export type ReportCard = ResultOf<typeof ReportCardFieldsFragment>;
