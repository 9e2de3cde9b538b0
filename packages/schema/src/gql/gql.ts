/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectReportsDocument,
    "\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n": typeof types.SessionEmployeeFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.ProfileEmployeeFragmentDoc,
    "\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n": typeof types.SupervisorSummaryFragmentDoc,
    "\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActingAssignmentItemFragmentDoc,
};
const documents: Documents = {
    "\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DirectReportsDocument,
    "\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n": types.SessionEmployeeFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n": types.ProfileEmployeeFragmentDoc,
    "\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n": types.SupervisorSummaryFragmentDoc,
    "\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.ActingAssignmentItemFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectReports($after: String) {\n    subordinates(depth: 1, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nip\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n"): (typeof documents)["\n  fragment SessionEmployee on Employee {\n    id\n    name\n    nip\n    roles\n    directReportCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...SessionEmployee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($nip: String!, $password: String!) {\n    login(nip: $nip, password: $password) {\n      employee {\n        ...SessionEmployee\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      ...ProfileEmployee\n      supervisor {\n        ...SupervisorSummary\n      }\n      actingAssignments {\n        ...ActingAssignmentItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileEmployee on Employee {\n    id\n    name\n    nip\n    rank\n    employmentType\n    position {\n      id\n      name\n      jobClass\n    }\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisorSummary on Employee {\n    id\n    name\n    nip\n    position {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActingAssignmentItem on ActingAssignment {\n    id\n    kind\n    startDate\n    endDate\n    position {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;