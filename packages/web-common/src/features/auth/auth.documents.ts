import { graphql } from '@kinerja/schema/gql';

/** Who is signed in: enough for the guard, the header and the apps' access checks. */
export const SessionEmployeeFragment = graphql(`
  fragment SessionEmployee on Employee {
    id
    name
    nip
    roles
    directReportCount
  }
`);

export const SessionQuery = graphql(`
  query Session {
    me {
      ...SessionEmployee
    }
  }
`);
