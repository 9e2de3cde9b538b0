import { graphql } from '@kinerja/schema/gql';

/** The caller's unit and two levels below it (the units whose alignment they may open). */
export const AlignmentUnitsQuery = graphql(`
  query AlignmentUnits {
    me {
      id
      unit {
        id
        name
        children {
          id
          name
          children {
            id
            name
          }
        }
      }
    }
  }
`);

/** The tree of a unit's planned results for a year, depth first, with flags and counts. */
export const AlignmentQuery = graphql(`
  query Alignment($unitId: ID!, $year: Int!) {
    alignment(unitId: $unitId, year: $year) {
      unitId
      year
      counts {
        people
        plans
        approvedPlans
        results
        supportsNothing
        unsupported
      }
      nodes {
        depth
        inUnit
        flags
        supporters
        planStatus
        owner {
          id
          name
        }
        result {
          id
          title
          parentResultId
        }
      }
    }
  }
`);
