import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { RealisationInput } from '../ikiDraft';
import { mountWithI18n } from '../testing';
import IkiReportForm, { type IkiFormLine } from './IkiReportForm.vue';

const result = { id: 'r1', title: 'Meningkatnya kualitas pembelajaran' };
const lines: IkiFormLine[] = [
  {
    indicator: {
      id: 'i1',
      name: 'Jam pelajaran terlaksana',
      kind: 'QUANTITY',
      target: 24,
      unit: 'JP',
    },
    result,
    realisation: null,
    evidence: [],
  },
  {
    indicator: {
      id: 'i2',
      name: 'Penerapan Disiplin Positif',
      kind: 'QUALITY',
      target: 100,
      unit: '%',
      practiceId: 'pr1',
    },
    result,
    realisation: null,
    evidence: [],
  },
];

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function render(props: Record<string, unknown> = {}) {
  wrapper = mountWithI18n(IkiReportForm, { props: { lines, ...props } });
  return wrapper;
}

const line = (w: VueWrapper, id: string) => w.get(`[data-indicator="${id}"]`);

describe('IkiReportForm', () => {
  it('shows each indicator with its target and unit; a number for one, the observation for a practice', () => {
    const w = render();
    expect(line(w, 'i1').get('[data-testid="iki-target"]').text()).toBe('24 JP');
    expect(line(w, 'i1').find('[data-testid="iki-realisation"]').exists()).toBe(true);
    expect(line(w, 'i2').find('[data-testid="iki-realisation"]').exists()).toBe(false);
    expect(
      line(w, 'i2')
        .findAll('input[type="radio"]')
        .map((r) => r.element.parentElement!.textContent!.trim()),
    ).toEqual(['Belum Dilakukan', 'Dilakukan tapi Belum Efektif', 'Dilakukan dan Efektif']);
  });

  it('requires a realisation and an observation, and says which', async () => {
    const w = render();
    await w.get('form').trigger('submit');
    expect(w.emitted('submit')).toBeUndefined();
    expect(line(w, 'i1').get('[data-testid="iki-error"]').text()).toBe('Isi realisasi.');
    expect(line(w, 'i2').get('[data-testid="iki-error"]').text()).toBe('Pilih hasil observasi.');
    expect(w.get('[data-testid="iki-problems"]').text()).toContain('2');
    expect(line(w, 'i1').get('[data-testid="iki-realisation"]').attributes('aria-invalid')).toBe(
      'true',
    );
    expect(document.activeElement).toBe(
      line(w, 'i1').get('[data-testid="iki-realisation"]').element,
    );
  });

  it('refuses what is no number of at most two decimals, and accepts a decimal comma', async () => {
    const w = render();
    await line(w, 'i2').get('[data-testid="iki-observation-DILAKUKAN_EFEKTIF"]').setValue(true);
    for (const bad of ['abc', '-3', '1,234', '12.5.1']) {
      await line(w, 'i1').get('[data-testid="iki-realisation"]').setValue(bad);
      await w.get('form').trigger('submit');
      expect(line(w, 'i1').get('[data-testid="iki-error"]').text()).toContain('angka 0 atau lebih');
    }
    expect(w.emitted('submit')).toBeUndefined();
    expect(line(w, 'i2').find('[data-testid="iki-error"]').exists()).toBe(false);

    await line(w, 'i1').get('[data-testid="iki-realisation"]').setValue('22,5');
    await line(w, 'i1').get('[data-testid="iki-note"]').setValue('  Dua kelas digabung.  ');
    await w.get('form').trigger('submit');
    const [realisations] = w.emitted<[RealisationInput[]]>('submit')!.at(-1)!;
    expect(realisations).toEqual([
      { indicatorId: 'i1', realisation: 22.5, note: 'Dua kelas digabung.', evidenceIds: [] },
      { indicatorId: 'i2', observation: 'DILAKUKAN_EFEKTIF', note: null, evidenceIds: [] },
    ]);
  });

  it('shows the server’s message beside the field it names', () => {
    const w = render({
      serverProblem: { indicatorId: 'i2', field: 'observation', message: 'Dari server.' },
    });
    expect(line(w, 'i2').get('[data-testid="iki-error"]').text()).toBe('Dari server.');
  });

  it('starts from what was sent, with scores once approved, read-only when it cannot change', () => {
    const w = render({
      editable: false,
      lines: [
        { ...lines[0]!, realisation: { realisation: 20.25, note: 'ok', score: 84.38 } },
        {
          ...lines[1]!,
          realisation: { realisation: 50, observation: 'DILAKUKAN_BELUM_EFEKTIF', score: 50 },
        },
      ],
    });
    expect(
      (line(w, 'i1').get('[data-testid="iki-realisation"]').element as HTMLInputElement).value,
    ).toBe('20,25');
    expect(line(w, 'i1').get('[data-testid="iki-indicator-score"]').text()).toContain('84,38');
    expect(
      (
        line(w, 'i2').get('[data-testid="iki-observation-DILAKUKAN_BELUM_EFEKTIF"]')
          .element as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(w.find('[data-testid="iki-submit"]').exists()).toBe(false);
  });
});
