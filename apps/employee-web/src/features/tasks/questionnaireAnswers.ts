/**
 * Answering a monthly questionnaire: what the form holds per question (a scale value, one choice,
 * several choices or a short text), starting from the answers already sent, and the answers the API
 * takes, after checking what the client can see (a required question answered, a text not too
 * long). The server checks everything again; the deadline and who may answer are its decision.
 */

export type QuestionKind = 'SCALE' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SHORT_TEXT';

export interface QuestionFacts {
  id: string;
  kind: QuestionKind;
  required: boolean;
  options: readonly string[];
  scaleMin?: number | null;
  scaleMax?: number | null;
}

export interface AnswerFacts {
  questionId: string;
  scale?: number | null;
  choices: readonly string[];
  text?: string | null;
}

/** The API's AnswerInput. */
export interface AnswerInputValue {
  questionId: string;
  scale: number | null;
  choices: string[] | null;
  text: string | null;
}

export interface AnswerDraft {
  scale: number | null;
  /** The one choice (single) or the chosen ones (multiple), in the options' order. */
  choices: string[];
  text: string;
}

/** The longest short-text answer (the counter shows it). */
export const SHORT_TEXT_MAX = 1000;

export type AnswerProblem = 'required' | 'tooLong';

/** The scale's values, lowest first (1–5 unless the question says otherwise). */
export function scaleValues(q: Pick<QuestionFacts, 'scaleMin' | 'scaleMax'>): number[] {
  const min = q.scaleMin ?? 1;
  const max = q.scaleMax ?? 5;
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
}

/** The form's starting state: the answers sent before, or empty. */
export function answerDrafts(
  questions: readonly QuestionFacts[],
  answers: readonly AnswerFacts[],
): Record<string, AnswerDraft> {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return Object.fromEntries(
    questions.map((q) => {
      const sent = byQuestion.get(q.id);
      return [
        q.id,
        {
          scale: sent?.scale ?? null,
          choices: sent ? q.options.filter((o) => sent.choices.includes(o)) : [],
          text: sent?.text ?? '',
        },
      ];
    }),
  );
}

function isAnswered(q: QuestionFacts, d: AnswerDraft | undefined): boolean {
  if (!d) return false;
  if (q.kind === 'SCALE') return d.scale !== null;
  if (q.kind === 'SHORT_TEXT') return d.text.trim() !== '';
  return d.choices.length > 0;
}

/**
 * The answers to send (unanswered optional questions left out), or the problems by question id
 * (in the questions' order).
 */
export function readAnswers(
  questions: readonly QuestionFacts[],
  drafts: Record<string, AnswerDraft>,
): { answers: AnswerInputValue[] | null; problems: Record<string, AnswerProblem> } {
  const problems: Record<string, AnswerProblem> = {};
  const answers: AnswerInputValue[] = [];
  for (const q of questions) {
    const d = drafts[q.id];
    if (!isAnswered(q, d)) {
      if (q.required) problems[q.id] = 'required';
      continue;
    }
    if (q.kind === 'SHORT_TEXT') {
      const text = d!.text.trim();
      if (text.length > SHORT_TEXT_MAX) problems[q.id] = 'tooLong';
      answers.push({ questionId: q.id, scale: null, choices: null, text });
    } else if (q.kind === 'SCALE') {
      answers.push({ questionId: q.id, scale: d!.scale, choices: null, text: null });
    } else {
      const chosen = q.options.filter((o) => d!.choices.includes(o));
      const choices = q.kind === 'SINGLE_CHOICE' ? chosen.slice(0, 1) : chosen;
      answers.push({ questionId: q.id, scale: null, choices, text: null });
    }
  }
  return Object.keys(problems).length ? { answers: null, problems } : { answers, problems };
}

/** Whether `option` is chosen and the choices after toggling it (multiple choice). */
export function toggled(choices: readonly string[], option: string, on: boolean): string[] {
  const rest = choices.filter((c) => c !== option);
  return on ? [...rest, option] : rest;
}

/**
 * The questionnaire's task state as the tasks page shows it: sent, still to answer, or missed
 * (not sent and no longer open).
 */
export type QuestionnaireState = 'SENT' | 'TODO' | 'MISSED';

export function questionnaireState(task: {
  submitted: boolean;
  editable: boolean;
}): QuestionnaireState {
  if (task.submitted) return 'SENT';
  return task.editable ? 'TODO' : 'MISSED';
}

/** How many of the questionnaires still wait for an answer (what the tasks badge adds). */
export const unansweredCount = (tasks: readonly { submitted: boolean; editable: boolean }[]) =>
  tasks.filter((t) => questionnaireState(t) === 'TODO').length;
