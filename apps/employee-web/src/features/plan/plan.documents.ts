import { graphql } from '@kinerja/schema/gql';
import type { ResultOf } from '@kinerja/web-common';

/** The caller's plan (SKP) of a year, with what its results may support. */
export const MyPlanFields = graphql(`
  fragment MyPlan on PerformancePlan {
    id
    year
    status
    templateCode
    submittedAt
    decidedAt
    decisionNote
    decider {
      id
      name
    }
    supervisorPlanStatus
    supportableResults {
      id
      title
    }
    results {
      id
      title
      parentResultId
      parentResult {
        id
        title
      }
      indicators {
        id
        kind
        name
        target
        unit
        practiceId
      }
    }
  }
`);

/**
 * The plan page: the plan (null before the first save), the supervisor's results one may support
 * (also before there is a plan), the position (teachers are offered the template) and the
 * template's practices.
 */
export const MyPlanQuery = graphql(`
  query MyPlan($year: Int!) {
    performancePlan(year: $year) {
      ...MyPlan
    }
    supportableResults(year: $year) {
      id
      title
    }
    me {
      id
      position {
        id
        name
      }
      supervisor {
        id
        name
      }
    }
  }
`);

export const TeachingPracticesQuery = graphql(`
  query PlanTeachingPractices {
    teachingPractices {
      id
      name
    }
  }
`);

export const SavePlanMutation = graphql(`
  mutation SaveMyPlan($input: PerformancePlanInput!) {
    savePerformancePlan(input: $input) {
      ...MyPlan
    }
  }
`);

export const SubmitPlanMutation = graphql(`
  mutation SubmitMyPlan($year: Int!) {
    submitPerformancePlan(year: $year) {
      ...MyPlan
    }
  }
`);

export const AlignPlanMutation = graphql(`
  mutation AlignMyPlan($planId: ID!, $links: [ResultAlignmentInput!]!) {
    alignPlannedResults(planId: $planId, links: $links) {
      ...MyPlan
    }
  }
`);

export const PlanFromTemplateMutation = graphql(`
  mutation MyPlanFromTemplate($year: Int!, $practiceId: ID!) {
    createPlanFromTemplate(year: $year, practiceId: $practiceId) {
      ...MyPlan
    }
  }
`);

export type MyPlan = ResultOf<typeof MyPlanFields>;
