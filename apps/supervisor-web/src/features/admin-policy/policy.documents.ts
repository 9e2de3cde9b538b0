import { graphql } from '@kinerja/schema/gql';

/** Every value of a policy version (the readable view, the form's starting point, the diff). */
export const PolicyVersionFragment = graphql(`
  fragment PolicyVersion on PerformancePolicy {
    id
    effectiveFrom
    inForce
    createdAt
    createdBy
    dailyMinimumMinutes
    dailyCapMinutes
    backdatingDays
    entryDeadlineDay
    verificationDeadlineDay
    escalationWorkingDays
    autoApproveTop
    monthlyTargetMode
    monthlyTargetFixedMinutes
    additionalCapPercent
    performanceWeight
    disciplineWeight
    closingDay
    sanctionCutPercent
    sickLeaveFreeDays
    sickLeaveCutPercentPerDay
    bigLeaveCutPercentPerDay
    deductions {
      code
      percent
    }
    tppBases {
      jobClass
      amount
    }
    ratingThresholds {
      ikiAbove
      ikiAsExpected
      behaviourAbove
      behaviourAsExpected
      achievementAsExpected
      achievementBelow
    }
    reviewSettings {
      tasksDueDay
      reviewPeers
      minRaters
      rankingSize
      peerGroup
      weights {
        self
        staff {
          supervisor
          peer
        }
        lead {
          supervisor
          peer
          subordinate
        }
      }
    }
  }
`);

/** The agency's versions, newest first, and the one in force today (the defaults when none is). */
export const PolicyVersionsQuery = graphql(`
  query PolicyVersions {
    performancePolicies {
      ...PolicyVersion
    }
    current: performancePolicy {
      ...PolicyVersion
    }
  }
`);

export const SetPerformancePolicyMutation = graphql(`
  mutation SetPerformancePolicy($input: PerformancePolicyInput!) {
    setPerformancePolicy(input: $input) {
      ...PolicyVersion
    }
  }
`);

export const RemovePerformancePolicyMutation = graphql(`
  mutation RemovePerformancePolicy($id: ID!) {
    removePerformancePolicy(id: $id)
  }
`);
