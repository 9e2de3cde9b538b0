import { graphql } from '@kinerja/schema/gql';

/** The caller's own roster cells over a range (none when they are not on a roster). */
export const MyRosterQuery = graphql(`
  query MyRoster($from: LocalDate!, $to: LocalDate!) {
    myRoster(from: $from, to: $to) {
      employeeId
      date
      dayOff
      shift {
        id
        code
        name
        start
        end
        crossesMidnight
      }
    }
  }
`);
