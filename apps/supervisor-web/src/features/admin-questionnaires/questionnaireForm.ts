/**
 * A questionnaire as the agency admin edits it: its title, period, deadline, audience and an
 * ordered list of questions of four kinds (scale, single choice, multiple choice, short text).
 * Everything typed stays text until it is read into the API's input; reading checks what the
 * client can see (required fields, a choice's options, a scale's range) so the admin is told before
 * sending. The server checks every rule again and its refusals are shown beside the same fields.
 */
import { isMonth } from '@kinerja/web-common';

export const QUESTION_KINDS = ['SCALE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_TEXT'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const AUDIENCES = ['ALL', 'DEPARTMENT', 'POSITION_KIND', 'TEACHERS'] as const;
export type QuestionnaireAudience = (typeof AUDIENCES)[number];
export const POSITION_KINDS = ['STRUCTURAL', 'FUNCTIONAL', 'EXECUTOR'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** The widest scale offered (e.g. 1–10 or 0–10). */
export const SCALE_LOWEST = 0;
export const SCALE_HIGHEST = 10;
export const TITLE_MAX = 200;
export const TEXT_MAX = 500;

export interface QuestionDraft {
  /** Stable within the editor (keys the rows and their ids while they move). */
  key: string;
  kind: QuestionKind;
  text: string;
  required: boolean;
  /** One option per line while typing. */
  options: string[];
  scaleMin: string;
  scaleMax: string;
  scaleMinLabel: string;
  scaleMaxLabel: string;
}

export interface QuestionnaireDraft {
  title: string;
  description: string;
  anonymous: boolean;
  period: string;
  deadline: string;
  audience: QuestionnaireAudience;
  departmentId: string;
  positionKind: PositionKind | '';
  questions: QuestionDraft[];
}

/** What the API takes (QuestionInput / QuestionnaireInput). */
export interface QuestionInputValue {
  kind: QuestionKind;
  text: string;
  required: boolean;
  options: string[] | null;
  scaleMin: number | null;
  scaleMax: number | null;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
}

export interface QuestionnaireInputValue {
  title: string;
  description: string | null;
  anonymous: boolean;
  period: string;
  deadline: string;
  audience: QuestionnaireAudience;
  departmentId: string | null;
  positionKind: PositionKind | null;
  questions: QuestionInputValue[];
}

/** A stored questionnaire as the editor starts from it (the API's Questionnaire, in part). */
export interface StoredQuestionnaire {
  title: string;
  description?: string | null;
  anonymous: boolean;
  period: string;
  deadline: string;
  audience: QuestionnaireAudience;
  department?: { id: string } | null;
  positionKind?: PositionKind | null;
  questions: readonly {
    id: string;
    kind: QuestionKind;
    text: string;
    required: boolean;
    options: readonly string[];
    scaleMin?: number | null;
    scaleMax?: number | null;
    scaleMinLabel?: string | null;
    scaleMaxLabel?: string | null;
  }[];
}

let counter = 0;
const nextKey = () => `q${++counter}`;

/** A new question of a kind: a 1–5 scale, or two empty options for a choice. */
export function newQuestion(kind: QuestionKind = 'SCALE'): QuestionDraft {
  return {
    key: nextKey(),
    kind,
    text: '',
    required: true,
    options: kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE' ? ['', ''] : [],
    scaleMin: '1',
    scaleMax: '5',
    scaleMinLabel: '',
    scaleMaxLabel: '',
  };
}

/** The draft of a new questionnaire for a period (deadline: the period's last day is typical). */
export function emptyDraft(period: string, deadline: string): QuestionnaireDraft {
  return {
    title: '',
    description: '',
    anonymous: false,
    period,
    deadline,
    audience: 'ALL',
    departmentId: '',
    positionKind: '',
    questions: [newQuestion('SCALE')],
  };
}

export function draftOf(q: StoredQuestionnaire): QuestionnaireDraft {
  return {
    title: q.title,
    description: q.description ?? '',
    anonymous: q.anonymous,
    period: q.period,
    deadline: q.deadline,
    audience: q.audience,
    departmentId: q.department?.id ?? '',
    positionKind: q.positionKind ?? '',
    questions: q.questions.map((question) => ({
      key: nextKey(),
      kind: question.kind,
      text: question.text,
      required: question.required,
      options: [...question.options],
      scaleMin: String(question.scaleMin ?? 1),
      scaleMax: String(question.scaleMax ?? 5),
      scaleMinLabel: question.scaleMinLabel ?? '',
      scaleMaxLabel: question.scaleMaxLabel ?? '',
    })),
  };
}

export const isChoice = (kind: QuestionKind): boolean =>
  kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

/** The same question as another kind: a choice keeps its options, and gets two when it had none. */
export function withKind(question: QuestionDraft, kind: QuestionKind): QuestionDraft {
  const options = isChoice(kind)
    ? question.options.length
      ? question.options
      : ['', '']
    : question.options;
  return { ...question, kind, options };
}

/** The list with the question at `index` moved by `delta` places (unchanged at either end). */
export function moveQuestion<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const moved = [...list];
  const [item] = moved.splice(index, 1);
  moved.splice(to, 0, item as T);
  return moved;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A client problem: the field's path (as the API names it, e.g. `questions.2.options`) and its key. */
export type Problems = Record<string, string>;

const INTEGER = /^-?\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readQuestion(q: QuestionDraft, path: string, problems: Problems): QuestionInputValue {
  const text = q.text.trim();
  if (!text) problems[`${path}.text`] = 'required';
  else if (text.length > TEXT_MAX) problems[`${path}.text`] = 'tooLong';
  const base = {
    kind: q.kind,
    text,
    required: q.required,
    options: null,
    scaleMin: null,
    scaleMax: null,
    scaleMinLabel: null,
    scaleMaxLabel: null,
  };
  if (isChoice(q.kind)) {
    const options = q.options.map((o) => o.trim()).filter(Boolean);
    if (options.length < 2) problems[`${path}.options`] = 'fewOptions';
    else if (new Set(options.map((o) => o.toLowerCase())).size !== options.length)
      problems[`${path}.options`] = 'duplicateOptions';
    return { ...base, options };
  }
  if (q.kind === 'SCALE') {
    const min = q.scaleMin.trim();
    const max = q.scaleMax.trim();
    const lo = INTEGER.test(min) ? Number(min) : NaN;
    const hi = INTEGER.test(max) ? Number(max) : NaN;
    if (Number.isNaN(lo) || lo < SCALE_LOWEST || lo > SCALE_HIGHEST)
      problems[`${path}.scaleMin`] = 'scaleValue';
    if (Number.isNaN(hi) || hi < SCALE_LOWEST || hi > SCALE_HIGHEST)
      problems[`${path}.scaleMax`] = 'scaleValue';
    else if (!Number.isNaN(lo) && hi <= lo) problems[`${path}.scaleMax`] = 'scaleOrder';
    return {
      ...base,
      scaleMin: lo,
      scaleMax: hi,
      scaleMinLabel: q.scaleMinLabel.trim() || null,
      scaleMaxLabel: q.scaleMaxLabel.trim() || null,
    };
  }
  return base;
}

/**
 * The API's input of the draft, or the problems the admin must fix first (by field path, in the
 * form's order). A choice's empty option lines are dropped.
 */
export function readQuestionnaire(draft: QuestionnaireDraft): {
  input: QuestionnaireInputValue | null;
  problems: Problems;
} {
  const problems: Problems = {};
  const title = draft.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > TITLE_MAX) problems.title = 'tooLong';
  if (!isMonth(draft.period)) problems.period = 'period';
  if (!DATE.test(draft.deadline)) problems.deadline = 'required';
  else if (isMonth(draft.period) && draft.deadline < `${draft.period}-01`)
    problems.deadline = 'deadlineBeforePeriod';
  if (draft.audience === 'DEPARTMENT' && !draft.departmentId) problems.departmentId = 'required';
  if (draft.audience === 'POSITION_KIND' && !draft.positionKind) problems.positionKind = 'required';
  if (draft.questions.length === 0) problems.questions = 'noQuestions';
  const questions = draft.questions.map((q, i) => readQuestion(q, `questions.${i}`, problems));
  if (Object.keys(problems).length) return { input: null, problems };
  return {
    input: {
      title,
      description: draft.description.trim() || null,
      anonymous: draft.anonymous,
      period: draft.period,
      deadline: draft.deadline,
      audience: draft.audience,
      departmentId: draft.audience === 'DEPARTMENT' ? draft.departmentId : null,
      positionKind: draft.audience === 'POSITION_KIND' ? draft.positionKind || null : null,
      questions,
    },
    problems,
  };
}

/** Every field path of the draft, in the form's order (where the server's refusals may go). */
export function fieldPaths(draft: QuestionnaireDraft): string[] {
  const top = ['title', 'description', 'period', 'deadline', 'audience', 'departmentId'];
  const perQuestion = draft.questions.flatMap((q, i) => {
    const p = `questions.${i}`;
    const kindFields = isChoice(q.kind)
      ? ['options']
      : q.kind === 'SCALE'
        ? ['scaleMin', 'scaleMax', 'scaleMinLabel', 'scaleMaxLabel']
        : [];
    return [`${p}.text`, ...kindFields.map((f) => `${p}.${f}`)];
  });
  return [...top, 'positionKind', 'questions', ...perQuestion];
}
