import { registerEnumType } from 'type-graphql';

export enum QuestionKind {
  SCALE = 'SCALE',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SHORT_TEXT = 'SHORT_TEXT',
}

export enum QuestionnaireAudience {
  ALL = 'ALL',
  DEPARTMENT = 'DEPARTMENT',
  POSITION_KIND = 'POSITION_KIND',
  TEACHERS = 'TEACHERS',
}

export enum QuestionnaireStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description:
    'SCALE (an integer between the question’s bounds), SINGLE_CHOICE (one option), MULTIPLE_CHOICE (one or more options), SHORT_TEXT (at most 1000 characters).',
});
registerEnumType(QuestionnaireAudience, {
  name: 'QuestionnaireAudience',
  description:
    'Whom a questionnaire targets, by the people’s current positions: ALL (every active employee), DEPARTMENT (a unit and everything below it), POSITION_KIND (structural, functional or executor positions), TEACHERS (functional teacher positions, “Guru …”).',
});
registerEnumType(QuestionnaireStatus, {
  name: 'QuestionnaireStatus',
  description:
    'DRAFT (being written, seen by admins only), OPEN (answerable until the deadline), CLOSED (open but past its deadline in the agency’s time zone).',
});
