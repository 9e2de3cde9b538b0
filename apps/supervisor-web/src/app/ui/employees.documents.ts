import { graphql } from '@kinerja/schema/gql';

/** Employees an admin manages, by name or NIP, inside a unit. */
export const AdminEmployeesQuery = graphql(`
  query AdminEmployees(
    $search: String
    $unitId: ID
    $includeInactive: Boolean
    $first: Int
    $after: String
  ) {
    adminEmployees(
      search: $search
      unitId: $unitId
      includeInactive: $includeInactive
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          nip
          name
          active
          position {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
