import type { TypedDocumentNode } from '@apollo/client/core';
import { graphql } from '@kinerja/schema/gql';
import type { ResultOf } from '@kinerja/web-common';

/** A page of the audit log, newest first. */
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          action
          entityType
          entityId
          data
          requestId
          actor {
            id
            name
            nip
          }
        }
      }
    }
  }
`);

type VariablesOf<D> = D extends TypedDocumentNode<infer _R, infer V> ? V : never;

export type AuditEvent = ResultOf<typeof AuditEventsQuery>['auditEvents']['edges'][number]['node'];
export type AuditFilter = NonNullable<VariablesOf<typeof AuditEventsQuery>['filter']>;
