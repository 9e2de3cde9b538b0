import type { TypedDocumentNode } from '@apollo/client/core';
import { graphql } from '@kinerja/schema/gql';
import type { ResultOf } from '@kinerja/web-common';

/** What the bank pages show of an item (the list, the proposals, the form). */
export const BankItemFragment = graphql(`
  fragment BankItem on ActivityItem {
    id
    code
    name
    description
    outputUnit
    standardMinutes
    category
    keywords
    requiresEvidence
    status
    rejectionReason
    general
    scopePositionKinds
    scopeUnitIds
    scopePositionIds
    scopeUnits {
      id
      name
    }
    scopePositions {
      id
      name
      unit {
        id
        name
      }
    }
    proposedBy {
      id
      name
      nip
    }
  }
`);

/** A page of the bank for administration, filtered. */
export const AdminBankItemsQuery = graphql(`
  query AdminBankItems(
    $search: String
    $status: ActivityItemStatus
    $unitId: ID
    $first: Int
    $after: String
  ) {
    adminActivityItems(
      search: $search
      status: $status
      unitId: $unitId
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
          ...BankItem
        }
      }
    }
  }
`);

/** How many proposals wait (the tab's count). */
export const ProposedCountQuery = graphql(`
  query BankProposedCount {
    adminActivityItems(status: PROPOSED, first: 1) {
      totalCount
    }
  }
`);

/** The agency's departments (the units right below the top), for the filter. */
export const BankDepartmentsQuery = graphql(`
  query BankDepartments {
    orgUnits {
      id
      name
      children {
        id
        name
      }
    }
  }
`);

export const CreateActivityItemMutation = graphql(`
  mutation CreateActivityItem($input: ActivityItemInput!) {
    createActivityItem(input: $input) {
      ...BankItem
    }
  }
`);

export const ProposeActivityItemMutation = graphql(`
  mutation ProposeActivityItem($input: ActivityItemInput!) {
    proposeActivityItem(input: $input) {
      ...BankItem
    }
  }
`);

export const UpdateActivityItemMutation = graphql(`
  mutation UpdateActivityItem($id: ID!, $input: ActivityItemInput!) {
    updateActivityItem(id: $id, input: $input) {
      ...BankItem
    }
  }
`);

export const PublishActivityItemMutation = graphql(`
  mutation PublishActivityItem($id: ID!) {
    publishActivityItem(id: $id) {
      id
      status
      rejectionReason
    }
  }
`);

export const RejectActivityItemMutation = graphql(`
  mutation RejectActivityItem($id: ID!, $reason: String!) {
    rejectActivityItem(id: $id, reason: $reason) {
      id
      status
      rejectionReason
    }
  }
`);

export const RetireActivityItemMutation = graphql(`
  mutation RetireActivityItem($id: ID!) {
    retireActivityItem(id: $id) {
      id
      status
    }
  }
`);

export const ImportActivityItemsMutation = graphql(`
  mutation ImportActivityItems($file: String!, $format: SpreadsheetFormat!) {
    importActivityItems(file: $file, format: $format) {
      ok
      created
      updated
      rejected {
        line
        code
        messages
      }
    }
  }
`);

export const ExportActivityItemsQuery = graphql(`
  query ExportActivityItems($format: SpreadsheetFormat!, $status: ActivityItemStatus) {
    exportActivityItems(format: $format, status: $status) {
      base64
      filename
      mimeType
    }
  }
`);

type VariablesOf<D> = D extends TypedDocumentNode<infer _R, infer V> ? V : never;

export type BankItem = ResultOf<typeof BankItemFragment>;
export type ItemStatus = BankItem['status'];
export type ItemCategory = BankItem['category'];
export type PositionKind = BankItem['scopePositionKinds'][number];
export type ActivityItemInput = VariablesOf<typeof CreateActivityItemMutation>['input'];
