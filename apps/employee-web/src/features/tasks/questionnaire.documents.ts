import { graphql } from '@kinerja/schema/gql';

/** A questionnaire the caller answers: its questions and the caller's answers so far. */
export const QuestionnaireTaskFields = graphql(`
  fragment QuestionnaireTaskFull on QuestionnaireTask {
    questionnaire {
      id
      title
      description
      anonymous
      period
      deadline
      status
      questions {
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
    }
    dueDate
    submitted
    submittedAt
    editable
    answers {
      questionId
      scale
      choices
      text
    }
  }
`);

export const MyQuestionnairesQuery = graphql(`
  query MyQuestionnaires($period: String!) {
    myQuestionnaires(period: $period) {
      ...QuestionnaireTaskFull
    }
  }
`);

export const SubmitQuestionnaireMutation = graphql(`
  mutation SubmitQuestionnaire($id: ID!, $answers: [AnswerInput!]!) {
    submitQuestionnaire(id: $id, answers: $answers) {
      ...QuestionnaireTaskFull
    }
  }
`);
