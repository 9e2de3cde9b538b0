import type { TypedDocumentNode } from '@apollo/client/core';
import { graphql } from '@kinerja/schema/gql';
import type { ResultOf } from '@kinerja/web-common';

export const OrgTreeUnitFragment = graphql(`
  fragment OrgTreeUnit on OrgUnit {
    id
    code
    name
    kind
    sortOrder
  }
`);

/**
 * The org chart's units, six levels from the agency down (a city's government has four or five),
 * for the tree, the unit pickers and the breadcrumbs. Positions load per unit.
 */
export const OrgTreeQuery = graphql(`
  query OrgTree {
    orgUnits {
      ...OrgTreeUnit
      children {
        ...OrgTreeUnit
        children {
          ...OrgTreeUnit
          children {
            ...OrgTreeUnit
            children {
              ...OrgTreeUnit
              children {
                ...OrgTreeUnit
              }
            }
          }
        }
      }
    }
  }
`);

export const OrgActingFragment = graphql(`
  fragment OrgActing on ActingAssignment {
    id
    kind
    startDate
    endDate
    employee {
      id
      nip
      name
    }
  }
`);

export const OrgPositionFragment = graphql(`
  fragment OrgPosition on Position {
    id
    name
    kind
    jobClass
    elected
    tppBaseOverride
    parent {
      id
      name
    }
    holders {
      id
      nip
      name
    }
    actingAssignments {
      ...OrgActing
    }
  }
`);

/** One unit with its positions, their holders and Plt/Plh, and its sub-units. */
export const OrgUnitDetailQuery = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      ...OrgTreeUnit
      parent {
        id
        name
        positions {
          id
          name
        }
      }
      children {
        ...OrgTreeUnit
      }
      positions {
        ...OrgPosition
      }
    }
  }
`);

/** The positions of a unit, for the employee form's position picker. */
export const OrgUnitPositionsQuery = graphql(`
  query OrgUnitPositions($id: ID!) {
    orgUnit(id: $id) {
      id
      positions {
        id
        name
        holders {
          id
        }
      }
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: OrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgTreeUnit
    }
  }
`);

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: OrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      ...OrgTreeUnit
    }
  }
`);

export const CreatePositionMutation = graphql(`
  mutation CreatePosition($input: PositionInput!) {
    createPosition(input: $input) {
      ...OrgPosition
    }
  }
`);

export const UpdatePositionMutation = graphql(`
  mutation UpdatePosition($id: ID!, $input: PositionInput!) {
    updatePosition(id: $id, input: $input) {
      ...OrgPosition
    }
  }
`);

export const CreateActingMutation = graphql(`
  mutation CreateActing($input: ActingAssignmentInput!) {
    createActingAssignment(input: $input) {
      ...OrgActing
    }
  }
`);

export const EndActingMutation = graphql(`
  mutation EndActing($id: ID!, $endDate: LocalDate!) {
    endActingAssignment(id: $id, endDate: $endDate) {
      ...OrgActing
    }
  }
`);

export const OrgEmployeeFragment = graphql(`
  fragment OrgEmployee on Employee {
    id
    nip
    name
    rank
    email
    employmentType
    active
    joinedOn
    leftOn
    roles
    adminUnit {
      id
      name
    }
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

export const OrgEmployeeQuery = graphql(`
  query OrgEmployee($id: ID!) {
    employee(id: $id) {
      ...OrgEmployee
    }
  }
`);

export const CreateEmployeeMutation = graphql(`
  mutation CreateEmployee($input: EmployeeInput!) {
    createEmployee(input: $input) {
      ...OrgEmployee
    }
  }
`);

export const UpdateEmployeeMutation = graphql(`
  mutation UpdateEmployee($id: ID!, $input: EmployeeInput!) {
    updateEmployee(id: $id, input: $input) {
      ...OrgEmployee
    }
  }
`);
export const ImportEmployeesMutation = graphql(`
  mutation ImportEmployees($csv: String!) {
    importEmployees(csv: $csv) {
      ok
      created
      updated
      rejected {
        line
        nip
        messages
      }
    }
  }
`);

type VariablesOf<D> = D extends TypedDocumentNode<infer _R, infer V> ? V : never;

export type OrgTreeUnit = ResultOf<typeof OrgTreeUnitFragment>;
export type OrgUnitKind = OrgTreeUnit['kind'];
export type OrgPosition = ResultOf<typeof OrgPositionFragment>;
export type OrgActing = ResultOf<typeof OrgActingFragment>;
export type OrgEmployee = ResultOf<typeof OrgEmployeeFragment>;
export type PositionKind = OrgPosition['kind'];
export type ActingKind = OrgActing['kind'];
export type Role = NonNullable<OrgEmployee['roles']>[number];
export type EmploymentType = NonNullable<OrgEmployee['employmentType']>;
export type OrgUnitInput = VariablesOf<typeof CreateOrgUnitMutation>['input'];
export type PositionInput = VariablesOf<typeof CreatePositionMutation>['input'];
export type EmployeeInput = VariablesOf<typeof CreateEmployeeMutation>['input'];
export type ActingInput = VariablesOf<typeof CreateActingMutation>['input'];

/** Where a department admin's chart opens: their department. */
export const OrgMeQuery = graphql(`
  query OrgMe {
    me {
      id
      adminUnit {
        id
      }
    }
  }
`);
