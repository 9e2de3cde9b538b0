import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  fieldPaths,
  moveQuestion,
  newQuestion,
  readQuestionnaire,
  removeAt,
  withKind,
  type QuestionnaireDraft,
} from './questionnaireForm';

function filled(): QuestionnaireDraft {
  const draft = emptyDraft('2026-05', '2026-05-29');
  draft.title = '  Survei kepuasan layanan  ';
  const scale = { ...newQuestion('SCALE'), text: 'Seberapa puas Anda?' };
  scale.scaleMinLabel = 'Tidak puas';
  scale.scaleMaxLabel = 'Sangat puas';
  const single = { ...newQuestion('SINGLE_CHOICE'), text: 'Ruang kerja', options: ['Ya', 'Tidak'] };
  const multiple = {
    ...newQuestion('MULTIPLE_CHOICE'),
    text: 'Pelatihan yang diikuti',
    options: ['Excel', '', 'Menulis surat ', ''],
    required: false,
  };
  const text = { ...newQuestion('SHORT_TEXT'), text: 'Saran' };
  draft.questions = [scale, single, multiple, text];
  return draft;
}

describe('reading a questionnaire draft', () => {
  it('turns a complete draft into the API input of all four kinds', () => {
    const { input, problems } = readQuestionnaire(filled());
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      title: 'Survei kepuasan layanan',
      description: null,
      anonymous: false,
      period: '2026-05',
      deadline: '2026-05-29',
      audience: 'ALL',
      departmentId: null,
      positionKind: null,
    });
    expect(input!.questions).toEqual([
      {
        kind: 'SCALE',
        text: 'Seberapa puas Anda?',
        required: true,
        options: null,
        scaleMin: 1,
        scaleMax: 5,
        scaleMinLabel: 'Tidak puas',
        scaleMaxLabel: 'Sangat puas',
      },
      expect.objectContaining({ kind: 'SINGLE_CHOICE', options: ['Ya', 'Tidak'] }),
      // Empty option lines are dropped, options trimmed.
      expect.objectContaining({
        kind: 'MULTIPLE_CHOICE',
        options: ['Excel', 'Menulis surat'],
        required: false,
      }),
      expect.objectContaining({ kind: 'SHORT_TEXT', options: null, scaleMin: null }),
    ]);
  });

  it('names each problem by the field path the API uses', () => {
    const draft = filled();
    draft.title = ' ';
    draft.deadline = '2026-04-30';
    draft.audience = 'DEPARTMENT';
    draft.questions[0]!.scaleMax = '1';
    draft.questions[1]!.options = ['Ya', ''];
    draft.questions[2]!.options = ['Excel', 'excel'];
    draft.questions[3]!.text = '';
    const { input, problems } = readQuestionnaire(draft);
    expect(input).toBeNull();
    expect(problems).toEqual({
      title: 'required',
      deadline: 'deadlineBeforePeriod',
      departmentId: 'required',
      'questions.0.scaleMax': 'scaleOrder',
      'questions.1.options': 'fewOptions',
      'questions.2.options': 'duplicateOptions',
      'questions.3.text': 'required',
    });
  });

  it('checks a scale’s bounds, the audience’s target and that there is a question', () => {
    const draft = filled();
    draft.questions = [{ ...newQuestion('SCALE'), text: 'x', scaleMin: 'a', scaleMax: '11' }];
    expect(readQuestionnaire(draft).problems).toEqual({
      'questions.0.scaleMin': 'scaleValue',
      'questions.0.scaleMax': 'scaleValue',
    });
    draft.questions = [];
    draft.audience = 'POSITION_KIND';
    expect(readQuestionnaire(draft).problems).toEqual({
      positionKind: 'required',
      questions: 'noQuestions',
    });
  });

  it('sends only the audience’s own target', () => {
    const draft = filled();
    draft.audience = 'POSITION_KIND';
    draft.positionKind = 'FUNCTIONAL';
    draft.departmentId = 'd1';
    expect(readQuestionnaire(draft).input).toMatchObject({
      departmentId: null,
      positionKind: 'FUNCTIONAL',
    });
    draft.audience = 'DEPARTMENT';
    expect(readQuestionnaire(draft).input).toMatchObject({
      departmentId: 'd1',
      positionKind: null,
    });
  });
});

describe('ordering questions', () => {
  it('moves a question up and down, and not past either end', () => {
    expect(moveQuestion(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveQuestion(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('keeps the order when sent (positions follow the list)', () => {
    const draft = filled();
    draft.questions = moveQuestion(draft.questions, 3, -3);
    expect(readQuestionnaire(draft).input!.questions.map((q) => q.kind)).toEqual([
      'SHORT_TEXT',
      'SCALE',
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
    ]);
  });

  it('gives a question turned into a choice two empty options, and keeps existing ones', () => {
    const scale = newQuestion('SCALE');
    expect(withKind(scale, 'SINGLE_CHOICE').options).toEqual(['', '']);
    const choice = { ...newQuestion('SINGLE_CHOICE'), options: ['A', 'B', 'C'] };
    expect(withKind(choice, 'MULTIPLE_CHOICE').options).toEqual(['A', 'B', 'C']);
  });
});

describe('a stored questionnaire', () => {
  it('becomes a draft that reads back to the same input', () => {
    const draft = draftOf({
      title: 'Survei guru',
      description: 'Bulanan',
      anonymous: true,
      period: '2026-05',
      deadline: '2026-05-31',
      audience: 'DEPARTMENT',
      department: { id: 'd9' },
      positionKind: null,
      questions: [
        {
          id: '1',
          kind: 'SCALE',
          text: 'Nilai',
          required: true,
          options: [],
          scaleMin: 0,
          scaleMax: 10,
          scaleMinLabel: 'Buruk',
          scaleMaxLabel: null,
        },
      ],
    });
    expect(readQuestionnaire(draft).input).toMatchObject({
      description: 'Bulanan',
      anonymous: true,
      departmentId: 'd9',
      questions: [{ scaleMin: 0, scaleMax: 10, scaleMinLabel: 'Buruk', scaleMaxLabel: null }],
    });
    expect(fieldPaths(draft)).toContain('questions.0.scaleMax');
  });
});
