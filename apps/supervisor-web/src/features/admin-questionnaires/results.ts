/**
 * A question's results as the results page draws them: one row per possible answer (every scale
 * value, every option, also those nobody chose), its count and its share of the people who
 * answered the question. The counts are the server's; this only orders and divides them.
 */
import type { QuestionKind } from './questionnaireForm';

export interface QuestionResultFacts {
  question: {
    id: string;
    kind: QuestionKind;
    text: string;
    options: readonly string[];
    scaleMin?: number | null;
    scaleMax?: number | null;
  };
  answered: number;
  average?: number | null;
  distribution: readonly { option: string; count: number }[];
  texts: readonly string[];
}

export interface BarRow {
  label: string;
  count: number;
  /** count ÷ answered, 0–1 (a multiple choice's shares may add up to more than 1). */
  share: number;
}

export function barRows(result: QuestionResultFacts): BarRow[] {
  const { question, answered, distribution } = result;
  const counted = new Map(distribution.map((d) => [d.option, d.count]));
  let labels: string[];
  if (question.kind === 'SCALE') {
    const min = question.scaleMin ?? 1;
    const max = question.scaleMax ?? 5;
    labels = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => String(min + i));
  } else if (question.kind === 'SHORT_TEXT') return [];
  else labels = [...question.options];
  // Anything the server counted that the question no longer lists still shows, after the rest.
  for (const d of distribution) if (!labels.includes(d.option)) labels.push(d.option);
  return labels.map((label) => {
    const count = counted.get(label) ?? 0;
    return { label, count, share: answered > 0 ? Math.min(1, count / answered) : 0 };
  });
}

/** How far along the questionnaire is: responses of targets, 0–1. */
export function progressShare(responses: number, targets: number): number {
  return targets > 0 ? Math.min(1, responses / targets) : 0;
}
