import { graphql } from '@kinerja/schema/gql';

/** What the Tasks page and the badge need of a month's tasks (three, and its questionnaires). */
export const MonthTaskFields = graphql(`
  fragment MonthTaskIki on IkiReportView {
    period
    employee {
      id
    }
    status
    closed
    late
    dueDate
    canSubmit
    score
    plan {
      id
      status
    }
  }
`);

export const MonthTaskReviewFields = graphql(`
  fragment MonthTaskReview on ReviewAssignment {
    id
    kind
    submitted
    editable
    late
    dueDate
  }
`);

export const MonthTaskRankingFields = graphql(`
  fragment MonthTaskRanking on PeerRankingAssignment {
    id
    submitted
    editable
    late
    dueDate
    submittedAt
  }
`);

export const MonthTaskQuestionnaireFields = graphql(`
  fragment MonthTaskQuestionnaire on QuestionnaireTask {
    questionnaire {
      id
      title
      anonymous
      deadline
      status
    }
    dueDate
    submitted
    submittedAt
    editable
  }
`);

export const MonthlyTasksQuery = graphql(`
  query MonthlyTasks($period: String!) {
    ikiReport(period: $period) {
      ...MonthTaskIki
    }
    myReviewAssignments(period: $period) {
      ...MonthTaskReview
    }
    myPeerRanking(period: $period) {
      ...MonthTaskRanking
    }
    myQuestionnaires(period: $period) {
      ...MonthTaskQuestionnaire
    }
  }
`);

/** Last month's and this month's tasks in one request: the badge counts the month that is due. */
export const MonthlyTasksBadgeQuery = graphql(`
  query MonthlyTasksBadge($previous: String!, $current: String!) {
    previousIki: ikiReport(period: $previous) {
      ...MonthTaskIki
    }
    previousReviews: myReviewAssignments(period: $previous) {
      ...MonthTaskReview
    }
    previousRanking: myPeerRanking(period: $previous) {
      ...MonthTaskRanking
    }
    previousQuestionnaires: myQuestionnaires(period: $previous) {
      ...MonthTaskQuestionnaire
    }
    currentIki: ikiReport(period: $current) {
      ...MonthTaskIki
    }
    currentReviews: myReviewAssignments(period: $current) {
      ...MonthTaskReview
    }
    currentRanking: myPeerRanking(period: $current) {
      ...MonthTaskRanking
    }
    currentQuestionnaires: myQuestionnaires(period: $current) {
      ...MonthTaskQuestionnaire
    }
  }
`);

export const ReviewAssignmentsQuery = graphql(`
  query ReviewAssignments($period: String!) {
    myReviewAssignments(period: $period) {
      ...MonthTaskReview
      submittedAt
      ratee {
        id
        name
        position {
          id
          name
        }
      }
      ratings {
        value
        score
        comment
      }
    }
  }
`);
