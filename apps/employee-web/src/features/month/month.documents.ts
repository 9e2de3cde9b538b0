import { graphql } from '@kinerja/schema/gql';

/** The agency's time zone (what "today" and "this month" mean) and the daily minimum. */
export const CalendarSettingsQuery = graphql(`
  query CalendarSettings {
    agency {
      id
      timeZone
    }
    performancePolicy {
      id
      dailyMinimumMinutes
      dailyCapMinutes
    }
  }
`);

/** A month of the caller: each day's attendance status and the entries' minutes. */
export const MyMonthQuery = graphql(`
  query MyMonth($month: String!, $from: LocalDate!, $to: LocalDate!) {
    myAttendance(month: $month) {
      month
      discipline
      days {
        date
        status
        leaveKind
        provisional
        lateMinutes
        earlyMinutes
      }
    }
    myEntries(from: $from, to: $to) {
      id
      date
      status
      creditedMinutes
    }
  }
`);
