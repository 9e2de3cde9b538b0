/**
 * The pure rules of a questionnaire's definition and of an employee's answers (tests call them
 * directly). Each returns the first problem found, naming the input field at fault, or null.
 */
import type { Problem } from '../../common/errors/app-error.js';
import { QuestionKind, QuestionnaireAudience } from './questionnaires.enums.js';
import type { AnswerInput, QuestionInput, QuestionnaireInput } from './questionnaires.inputs.js';

export const LIMITS = {
  title: 200,
  description: 2000,
  questions: 50,
  questionText: 500,
  options: { min: 2, max: 20 },
  option: 200,
  scale: { min: 0, max: 10 },
  scaleLabel: 100,
  answerText: 1000,
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const isChoice = (kind: QuestionKind) =>
  kind === QuestionKind.SINGLE_CHOICE || kind === QuestionKind.MULTIPLE_CHOICE;

/** A question as stored: trimmed, with only the fields of its kind. */
export interface QuestionDraft {
  kind: QuestionKind;
  text: string;
  required: boolean;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
}

const blankToNull = (v: string | null | undefined) => {
  const t = v?.trim();
  return t ? t : null;
};

/** The question as it will be stored (trimmed; fields of other kinds dropped). */
export function normaliseQuestion(q: QuestionInput): QuestionDraft {
  const scale = q.kind === QuestionKind.SCALE;
  return {
    kind: q.kind,
    text: q.text.trim(),
    required: q.required,
    options: isChoice(q.kind) ? (q.options ?? []).map((o) => o.trim()) : [],
    scaleMin: scale ? (q.scaleMin ?? null) : null,
    scaleMax: scale ? (q.scaleMax ?? null) : null,
    scaleMinLabel: scale ? blankToNull(q.scaleMinLabel) : null,
    scaleMaxLabel: scale ? blankToNull(q.scaleMaxLabel) : null,
  };
}

function questionProblem(q: QuestionDraft, n: number): Problem | null {
  const field = `questions.${n - 1}`;
  if (!q.text) return { key: 'questionnaires.questionTextRequired', field, params: { n } };
  if (q.text.length > LIMITS.questionText)
    return {
      key: 'questionnaires.questionTextTooLong',
      field,
      params: { n, max: LIMITS.questionText },
    };
  if (isChoice(q.kind)) {
    const { min, max } = LIMITS.options;
    if (q.options.length < min || q.options.length > max)
      return { key: 'questionnaires.optionCount', field, params: { n, min, max } };
    if (q.options.some((o) => !o))
      return { key: 'questionnaires.optionEmpty', field, params: { n } };
    const long = q.options.find((o) => o.length > LIMITS.option);
    if (long)
      return { key: 'questionnaires.optionTooLong', field, params: { n, max: LIMITS.option } };
    const seen = new Set<string>();
    for (const o of q.options) {
      const k = o.toLocaleLowerCase('id');
      if (seen.has(k))
        return { key: 'questionnaires.optionDuplicate', field, params: { n, option: o } };
      seen.add(k);
    }
  }
  if (q.kind === QuestionKind.SCALE) {
    const { min, max } = LIMITS.scale;
    const lo = q.scaleMin;
    const hi = q.scaleMax;
    if (
      lo === null ||
      hi === null ||
      !Number.isInteger(lo) ||
      !Number.isInteger(hi) ||
      lo < min ||
      hi > max ||
      lo >= hi
    )
      return { key: 'questionnaires.scaleBounds', field, params: { n, min, max } };
    if (
      (q.scaleMinLabel?.length ?? 0) > LIMITS.scaleLabel ||
      (q.scaleMaxLabel?.length ?? 0) > LIMITS.scaleLabel
    )
      return {
        key: 'questionnaires.scaleLabelTooLong',
        field,
        params: { n, max: LIMITS.scaleLabel },
      };
  }
  return null;
}

/** The first problem of a questionnaire's definition (`today`: the agency's date), or null. */
export function questionnaireProblem(input: QuestionnaireInput, today: string): Problem | null {
  const title = input.title.trim();
  if (!title) return { key: 'questionnaires.titleRequired', field: 'title', params: {} };
  if (title.length > LIMITS.title)
    return { key: 'questionnaires.titleTooLong', field: 'title', params: { max: LIMITS.title } };
  if ((input.description?.trim().length ?? 0) > LIMITS.description)
    return {
      key: 'questionnaires.descriptionTooLong',
      field: 'description',
      params: { max: LIMITS.description },
    };
  if (!MONTH.test(input.period))
    return { key: 'questionnaires.badPeriod', field: 'period', params: { value: input.period } };
  if (input.deadline < `${input.period}-01`)
    return {
      key: 'questionnaires.deadlineBeforePeriod',
      field: 'deadline',
      params: { deadline: input.deadline, period: input.period },
    };
  if (input.deadline < today)
    return {
      key: 'questionnaires.deadlinePast',
      field: 'deadline',
      params: { deadline: input.deadline, today },
    };
  if (input.audience === QuestionnaireAudience.DEPARTMENT && !input.departmentId)
    return { key: 'questionnaires.departmentRequired', field: 'departmentId', params: {} };
  if (input.audience === QuestionnaireAudience.POSITION_KIND && !input.positionKind)
    return { key: 'questionnaires.positionKindRequired', field: 'positionKind', params: {} };
  if (input.questions.length < 1)
    return { key: 'questionnaires.noQuestions', field: 'questions', params: {} };
  if (input.questions.length > LIMITS.questions)
    return {
      key: 'questionnaires.tooManyQuestions',
      field: 'questions',
      params: { max: LIMITS.questions },
    };
  for (const [i, q] of input.questions.entries()) {
    const problem = questionProblem(normaliseQuestion(q), i + 1);
    if (problem) return problem;
  }
  return null;
}

/** A stored question, as the answer rules need it. */
export interface AskedQuestion {
  id: string;
  position: number;
  kind: QuestionKind;
  required: boolean;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
}

/** An answer as stored. */
export interface AnswerDraft {
  questionId: string;
  scale: number | null;
  choices: string[];
  text: string | null;
}

/**
 * Checks the answers against the questions; returns the first problem, or the answers to store
 * (trimmed; empty answers to optional questions dropped).
 */
export function answersProblem(
  questions: readonly AskedQuestion[],
  answers: readonly AnswerInput[],
): { problem: Problem } | { answers: AnswerDraft[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, AnswerDraft>();
  const fail = (key: Problem['key'], params: Problem['params'] = {}) => ({
    problem: { key, field: 'answers', params } as Problem,
  });
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) return fail('questionnaires.answerUnknownQuestion', { id: a.questionId });
    if (given.has(q.id)) return fail('questionnaires.answerDuplicate', { n: q.position });
    const n = q.position;
    const choices = (a.choices ?? []).map((c) => c.trim()).filter(Boolean);
    const text = a.text?.trim() || null;
    const scale = a.scale ?? null;
    const empty = scale === null && choices.length === 0 && text === null;
    if (empty) continue;
    switch (q.kind) {
      case QuestionKind.SCALE:
        if (choices.length || text !== null) return fail('questionnaires.answerWrongKind', { n });
        if (!Number.isInteger(scale) || scale! < q.scaleMin! || scale! > q.scaleMax!)
          return fail('questionnaires.answerScaleRange', { n, min: q.scaleMin!, max: q.scaleMax! });
        break;
      case QuestionKind.SINGLE_CHOICE:
      case QuestionKind.MULTIPLE_CHOICE: {
        if (scale !== null || text !== null) return fail('questionnaires.answerWrongKind', { n });
        if (q.kind === QuestionKind.SINGLE_CHOICE && choices.length !== 1)
          return fail('questionnaires.answerSingleChoice', { n });
        const unknown = choices.find((c) => !q.options.includes(c));
        if (unknown !== undefined)
          return fail('questionnaires.answerNotAnOption', { n, option: unknown });
        if (new Set(choices).size !== choices.length)
          return fail('questionnaires.answerChoiceTwice', { n });
        break;
      }
      case QuestionKind.SHORT_TEXT:
        if (scale !== null || choices.length) return fail('questionnaires.answerWrongKind', { n });
        if (text!.length > LIMITS.answerText)
          return fail('questionnaires.answerTextTooLong', { n, max: LIMITS.answerText });
        break;
    }
    given.set(q.id, { questionId: q.id, scale, choices, text });
  }
  const missing = questions.find((q) => q.required && !given.has(q.id));
  if (missing) return fail('questionnaires.answerRequired', { n: missing.position });
  return { answers: [...given.values()] };
}
