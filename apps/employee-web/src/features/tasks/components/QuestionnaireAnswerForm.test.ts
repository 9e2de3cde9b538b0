import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { i18n } from '../../../plugins/i18n';
import QuestionnaireAnswerForm, { type AnswerQuestion } from './QuestionnaireAnswerForm.vue';
import {
  answerDrafts,
  questionnaireState,
  readAnswers,
  scaleValues,
  unansweredCount,
} from '../questionnaireAnswers';

const QUESTIONS: AnswerQuestion[] = [
  {
    id: 'q1',
    kind: 'SCALE',
    text: 'Seberapa puas Anda dengan pelatihan bulan ini?',
    required: true,
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    scaleMinLabel: 'Tidak puas',
    scaleMaxLabel: 'Sangat puas',
  },
  {
    id: 'q2',
    kind: 'SINGLE_CHOICE',
    text: 'Metode yang paling membantu',
    required: true,
    options: ['Tatap muka', 'Daring'],
  },
  {
    id: 'q3',
    kind: 'MULTIPLE_CHOICE',
    text: 'Topik yang diinginkan',
    required: false,
    options: ['Asesmen', 'Kurikulum', 'TIK'],
  },
  { id: 'q4', kind: 'SHORT_TEXT', text: 'Saran Anda', required: true, options: [] },
];

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function render(props: Partial<InstanceType<typeof QuestionnaireAnswerForm>['$props']> = {}) {
  i18n.global.locale.value = 'id';
  wrapper = mount(QuestionnaireAnswerForm, {
    attachTo: document.body,
    props: { questions: QUESTIONS, answers: [], editable: true, submitted: false, ...props },
    global: { plugins: [i18n] },
  });
  return wrapper;
}

const question = (w: VueWrapper, i: number) =>
  w.findAll('[data-testid="questionnaire-question"]')[i]!;

describe('QuestionnaireAnswerForm', () => {
  it('shows each kind with its own control, end labels and required marks', () => {
    const w = render();
    expect(question(w, 0).findAll('input[type="radio"]')).toHaveLength(5);
    expect(question(w, 0).text()).toContain('1 = Tidak puas');
    expect(question(w, 0).text()).toContain('5 = Sangat puas');
    expect(question(w, 1).findAll('input[type="radio"]')).toHaveLength(2);
    expect(question(w, 2).findAll('input[type="checkbox"]')).toHaveLength(3);
    expect(question(w, 3).find('textarea').exists()).toBe(true);
    expect(question(w, 3).get('[data-testid="text-counter"]').text()).toBe('0 dari 1000 karakter');
    // Required: marked (the star for the eye, the word for a screen reader); the optional one not.
    expect(question(w, 0).text()).toContain('(wajib)');
    expect(question(w, 2).text()).not.toContain('(wajib)');
  });

  it('refuses to send until the required questions are answered, naming and focusing them', async () => {
    const w = render();
    await question(w, 0).get('[data-testid="scale-4"]').setValue(true);
    await w.get('form').trigger('submit');
    expect(w.emitted('submit')).toBeUndefined();
    expect(w.get('[data-testid="questionnaire-problems"]').text()).toContain('2 pertanyaan');
    expect(question(w, 1).classes()).toContain('qa__question--invalid');
    expect(question(w, 3).text()).toContain('Pertanyaan ini wajib dijawab.');
    expect(question(w, 2).classes()).not.toContain('qa__question--invalid');
    expect(document.activeElement).toBe(question(w, 1).findAll('input')[0]!.element);
  });

  it('sends the answers of every kind, leaving out an unanswered optional one', async () => {
    const w = render();
    await question(w, 0).get('[data-testid="scale-4"]').setValue(true);
    expect(question(w, 0).get('[data-testid="scale-chosen"]').text()).toBe('Dipilih: 4');
    await question(w, 1).findAll('input')[1]!.setValue(true);
    await question(w, 3).get('textarea').setValue('  Lebih banyak praktik  ');
    expect(question(w, 3).get('[data-testid="text-counter"]').text()).toBe('24 dari 1000 karakter');
    await w.get('form').trigger('submit');
    expect(w.emitted('submit')![0]![0]).toEqual([
      { questionId: 'q1', scale: 4, choices: null, text: null },
      { questionId: 'q2', scale: null, choices: ['Daring'], text: null },
      { questionId: 'q4', scale: null, choices: null, text: 'Lebih banyak praktik' },
    ]);
  });

  it('starts from the answers sent before, and sends the changes', async () => {
    const w = render({
      submitted: true,
      answers: [
        { questionId: 'q1', scale: 2, choices: [], text: null },
        { questionId: 'q2', scale: null, choices: ['Tatap muka'], text: null },
        { questionId: 'q3', scale: null, choices: ['TIK', 'Asesmen'], text: null },
        { questionId: 'q4', scale: null, choices: [], text: 'Cukup' },
      ],
    });
    expect(
      (question(w, 0).get('[data-testid="scale-2"]').element as HTMLInputElement).checked,
    ).toBe(true);
    expect(w.get('[data-testid="questionnaire-submit"]').text()).toBe('Simpan perubahan');
    const boxes = question(w, 2).findAll('input');
    await boxes[2]!.setValue(false);
    await boxes[1]!.setValue(true);
    await w.get('form').trigger('submit');
    const sent = w.emitted('submit')![0]![0] as { questionId: string; choices: string[] }[];
    // Choices in the options' order, whatever order they were ticked in.
    expect(sent.find((a) => a.questionId === 'q3')!.choices).toEqual(['Asesmen', 'Kurikulum']);
  });

  it('is read-only after the deadline: no send button, controls disabled', () => {
    const w = render({
      editable: false,
      submitted: true,
      answers: [{ questionId: 'q4', scale: null, choices: [], text: 'Cukup' }],
    });
    expect(w.find('[data-testid="questionnaire-submit"]').exists()).toBe(false);
    for (const input of w.findAll('input'))
      expect((input.element as HTMLInputElement).disabled).toBe(true);
    expect((w.get('textarea').element as HTMLTextAreaElement).readOnly).toBe(true);
  });
});

describe('questionnaire answers (pure)', () => {
  it('lists a scale’s values and starts empty', () => {
    expect(scaleValues({ scaleMin: 0, scaleMax: 3 })).toEqual([0, 1, 2, 3]);
    expect(answerDrafts(QUESTIONS, [])['q3']).toEqual({ scale: null, choices: [], text: '' });
  });

  it('refuses a text over the limit', () => {
    const drafts = answerDrafts(QUESTIONS, []);
    drafts['q1']!.scale = 1;
    drafts['q2']!.choices = ['Daring'];
    drafts['q4']!.text = 'x'.repeat(1001);
    expect(readAnswers(QUESTIONS, drafts).problems).toEqual({ q4: 'tooLong' });
  });

  it('tells the task state and counts what waits', () => {
    expect(questionnaireState({ submitted: true, editable: true })).toBe('SENT');
    expect(questionnaireState({ submitted: false, editable: true })).toBe('TODO');
    expect(questionnaireState({ submitted: false, editable: false })).toBe('MISSED');
    expect(
      unansweredCount([
        { submitted: false, editable: true },
        { submitted: true, editable: true },
        { submitted: false, editable: false },
      ]),
    ).toBe(1);
  });
});
