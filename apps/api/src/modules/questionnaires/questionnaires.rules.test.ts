import { describe, expect, it } from 'vitest';
import { QuestionKind, QuestionnaireAudience } from './questionnaires.enums.js';
import { answersProblem, normaliseQuestion, questionnaireProblem } from './questionnaires.rules.js';

const base = {
  title: 'Survei',
  anonymous: false,
  period: '2026-11',
  deadline: '2026-11-30',
  audience: QuestionnaireAudience.ALL,
  questions: [{ kind: QuestionKind.SHORT_TEXT, text: 'Saran', required: false }],
};

describe('questionnaireProblem', () => {
  it('accepts a deadline on today or after the period, refuses before either', () => {
    expect(questionnaireProblem({ ...base, deadline: '2026-11-20' }, '2026-11-20')).toBeNull();
    expect(questionnaireProblem({ ...base, deadline: '2026-12-10' }, '2026-11-20')).toBeNull();
    expect(questionnaireProblem({ ...base, deadline: '2026-11-19' }, '2026-11-20')?.key).toBe(
      'questionnaires.deadlinePast',
    );
    expect(
      questionnaireProblem({ ...base, period: '2026-12', deadline: '2026-11-30' }, '2026-11-20')
        ?.field,
    ).toBe('deadline');
  });

  it('names the question at fault (0-based field, 1-based in the message)', () => {
    const p = questionnaireProblem(
      {
        ...base,
        questions: [
          base.questions[0]!,
          { kind: QuestionKind.SCALE, text: 'Skala', required: true, scaleMin: 3, scaleMax: 3 },
        ],
      },
      '2026-11-01',
    );
    expect(p).toMatchObject({
      key: 'questionnaires.scaleBounds',
      field: 'questions.1',
      params: { n: 2 },
    });
  });

  it('drops the fields of other kinds and trims', () => {
    expect(
      normaliseQuestion({
        kind: QuestionKind.SHORT_TEXT,
        text: ' Saran ',
        required: true,
        options: ['a', 'b'],
        scaleMin: 1,
        scaleMax: 5,
      }),
    ).toMatchObject({ text: 'Saran', options: [], scaleMin: null, scaleMax: null });
  });
});

describe('answersProblem', () => {
  const questions = [
    {
      id: 's',
      position: 1,
      kind: QuestionKind.SCALE,
      required: true,
      options: [],
      scaleMin: 0,
      scaleMax: 10,
    },
    {
      id: 'm',
      position: 2,
      kind: QuestionKind.MULTIPLE_CHOICE,
      required: false,
      options: ['A', 'B'],
      scaleMin: null,
      scaleMax: null,
    },
  ];

  it('accepts the bounds and skips empty optional answers', () => {
    expect(
      answersProblem(questions, [
        { questionId: 's', scale: 0 },
        { questionId: 'm', choices: [] },
      ]),
    ).toEqual({
      answers: [{ questionId: 's', scale: 0, choices: [], text: null }],
    });
    expect('answers' in answersProblem(questions, [{ questionId: 's', scale: 10 }])).toBe(true);
  });

  it('refuses a fractional scale, a repeated choice and a question answered twice', () => {
    const key = (a: Parameters<typeof answersProblem>[1]) => {
      const r = answersProblem(questions, a);
      return 'problem' in r ? r.problem.key : null;
    };
    expect(key([{ questionId: 's', scale: 2.5 }])).toBe('questionnaires.answerScaleRange');
    expect(
      key([
        { questionId: 's', scale: 1 },
        { questionId: 'm', choices: ['A', 'A'] },
      ]),
    ).toBe('questionnaires.answerChoiceTwice');
    expect(
      key([
        { questionId: 's', scale: 1 },
        { questionId: 's', scale: 2 },
      ]),
    ).toBe('questionnaires.answerDuplicate');
  });
});
