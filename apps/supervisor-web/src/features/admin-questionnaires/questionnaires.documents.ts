import { graphql } from '@kinerja/schema/gql';

export const AdminQuestionFragment = graphql(`
  fragment AdminQuestion on Question {
    id
    position
    kind
    text
    required
    options
    scaleMin
    scaleMax
    scaleMinLabel
    scaleMaxLabel
  }
`);

export const AdminQuestionnaireFragment = graphql(`
  fragment AdminQuestionnaire on Questionnaire {
    id
    title
    description
    anonymous
    period
    deadline
    status
    audience
    department {
      id
      name
    }
    positionKind
    targetCount
    responseCount
    openedAt
    questions {
      ...AdminQuestion
    }
  }
`);

/** The agency's questionnaires, newest period first (optionally one period). */
export const AdminQuestionnairesQuery = graphql(`
  query AdminQuestionnaires($period: String) {
    questionnaires(period: $period) {
      id
      title
      anonymous
      period
      deadline
      status
      audience
      department {
        id
        name
      }
      positionKind
      targetCount
      responseCount
    }
  }
`);

export const AdminQuestionnaireQuery = graphql(`
  query AdminQuestionnaire($id: ID!) {
    questionnaire(id: $id) {
      ...AdminQuestionnaire
    }
  }
`);

/** The departments a questionnaire may target: the agency's top unit's children. */
export const QuestionnaireDepartmentsQuery = graphql(`
  query QuestionnaireDepartments {
    orgUnits {
      id
      name
      kind
      children {
        id
        name
        kind
      }
    }
  }
`);

export const CreateQuestionnaireMutation = graphql(`
  mutation CreateQuestionnaire($input: QuestionnaireInput!) {
    createQuestionnaire(input: $input) {
      ...AdminQuestionnaire
    }
  }
`);

export const UpdateQuestionnaireMutation = graphql(`
  mutation UpdateQuestionnaire($id: ID!, $input: QuestionnaireInput!) {
    updateQuestionnaire(id: $id, input: $input) {
      ...AdminQuestionnaire
    }
  }
`);

export const OpenQuestionnaireMutation = graphql(`
  mutation OpenQuestionnaire($id: ID!) {
    openQuestionnaire(id: $id) {
      ...AdminQuestionnaire
    }
  }
`);

export const DeleteQuestionnaireMutation = graphql(`
  mutation DeleteQuestionnaire($id: ID!) {
    deleteQuestionnaire(id: $id)
  }
`);

export const QuestionnaireResultsQuery = graphql(`
  query QuestionnaireResults($id: ID!) {
    questionnaireResults(id: $id) {
      questionnaire {
        ...AdminQuestionnaire
      }
      questions {
        question {
          ...AdminQuestion
        }
        answered
        average
        distribution {
          option
          count
        }
        texts
      }
      respondents {
        employee {
          id
          name
          nip
        }
        submittedAt
      }
    }
  }
`);

export const ExportQuestionnaireResultsQuery = graphql(`
  query ExportQuestionnaireResults($id: ID!, $format: SpreadsheetFormat!) {
    exportQuestionnaireResults(id: $id, format: $format) {
      base64
      filename
      mimeType
    }
  }
`);
