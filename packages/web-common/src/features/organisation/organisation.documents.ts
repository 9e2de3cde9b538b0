import { graphql } from '@kinerja/schema/gql';

export const ProfileEmployeeFragment = graphql(`
  fragment ProfileEmployee on Employee {
    id
    name
    nip
    rank
    employmentType
    position {
      id
      name
      jobClass
    }
    unit {
      id
      name
    }
  }
`);

export const SupervisorSummaryFragment = graphql(`
  fragment SupervisorSummary on Employee {
    id
    name
    nip
    position {
      id
      name
    }
  }
`);

export const ActingAssignmentItemFragment = graphql(`
  fragment ActingAssignmentItem on ActingAssignment {
    id
    kind
    startDate
    endDate
    position {
      id
      name
      unit {
        id
        name
      }
    }
  }
`);
