import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { BEHAVIOUR_VALUES } from '../behaviourValues';
import { mountWithI18n } from '../testing';
import BehaviourRatingForm, { type BehaviourRating } from './BehaviourRatingForm.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

function render(props: Record<string, unknown> = {}) {
  wrapper = mountWithI18n(BehaviourRatingForm, { props });
  return wrapper;
}

const rate = (w: VueWrapper, valueIndex: number, score: number) =>
  w
    .findAll('[data-testid="rating-value"]')
    [valueIndex]!.get(`[data-testid="rating-${score}"]`)
    .setValue(true);

describe('BehaviourRatingForm', () => {
  it('shows the seven BerAKHLAK values in Indonesian, each with ten choices', () => {
    const w = render();
    const legends = w.findAll('legend').map((l) => l.text());
    expect(legends.map((l) => l.split('\n')[0]!.trim())).toEqual([
      expect.stringContaining('Berorientasi Pelayanan'),
      expect.stringContaining('Akuntabel'),
      expect.stringContaining('Kompeten'),
      expect.stringContaining('Harmonis'),
      expect.stringContaining('Loyal'),
      expect.stringContaining('Adaptif'),
      expect.stringContaining('Kolaboratif'),
    ]);
    for (const value of w.findAll('[data-testid="rating-value"]'))
      expect(value.findAll('input[type="radio"]')).toHaveLength(10);
  });

  it('refuses to send until all seven values are rated, naming and focusing the missing ones', async () => {
    const w = render();
    for (let i = 0; i < 5; i++) await rate(w, i, i + 4);
    await w.get('form').trigger('submit');
    expect(w.emitted('submit')).toBeUndefined();
    const alert = w.get('[data-testid="rating-missing"]').text();
    expect(alert).toContain('Adaptif');
    expect(alert).toContain('Kolaboratif');
    expect(alert).not.toContain('Akuntabel');
    const errors = w.findAll('[data-testid="rating-error"]');
    expect(errors.filter((e) => e.attributes('hidden') === undefined)).toHaveLength(2);
    expect(
      (document.activeElement as HTMLElement).closest('[data-value]')!.getAttribute('data-value'),
    ).toBe('ADAPTIVE');

    await rate(w, 5, 10);
    expect(w.get('[data-testid="rating-missing"]').text()).not.toContain('Adaptif');
    await rate(w, 6, 1);
    expect(w.find('[data-testid="rating-missing"]').exists()).toBe(false);
    await w.get('form').trigger('submit');
    const [ratings] = w.emitted<[BehaviourRating[]]>('submit')!.at(-1)!;
    expect(ratings.map((r) => r.value)).toEqual([...BEHAVIOUR_VALUES]);
    expect(ratings.map((r) => r.score)).toEqual([4, 5, 6, 7, 8, 10, 1]);
    expect(ratings.every((r) => r.comment === null)).toBe(true);
  });

  it('sends an optional comment, trimmed', async () => {
    const w = render();
    for (let i = 0; i < 7; i++) await rate(w, i, 8);
    await w.findAll('[data-testid="rating-add-comment"]')[2]!.trigger('click');
    await w.get('[data-testid="rating-comment"]').setValue('  Selalu belajar hal baru.  ');
    await w.get('form').trigger('submit');
    const [ratings] = w.emitted<[BehaviourRating[]]>('submit')!.at(-1)!;
    expect(ratings[2]).toEqual({
      value: 'COMPETENT',
      score: 8,
      comment: 'Selalu belajar hal baru.',
    });
  });

  it('starts from the ratings already sent, and shows the chosen number', () => {
    const w = render({
      ratings: BEHAVIOUR_VALUES.map((value, i) => ({
        value,
        score: i + 1,
        comment: i === 0 ? 'Ramah' : null,
      })),
    });
    const first = w.findAll('[data-testid="rating-value"]')[0]!;
    expect((first.get('[data-testid="rating-1"]').element as HTMLInputElement).checked).toBe(true);
    expect(first.get('[data-testid="rating-chosen"]').text()).toBe('Nilai: 1');
    expect((first.get('[data-testid="rating-comment"]').element as HTMLTextAreaElement).value).toBe(
      'Ramah',
    );
  });

  it('is read-only when disabled', () => {
    const w = render({ disabled: true, ratings: [] });
    expect(w.find('[data-testid="rating-submit"]').exists()).toBe(false);
    expect(
      w.findAll('input[type="radio"]').every((r) => r.attributes('disabled') !== undefined),
    ).toBe(true);
  });
});
