import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import PlanEditor from './PlanEditor.vue';

type Answer = (name: string, variables: Record<string, unknown>) => object;

/** An API answering each operation with `answer`, remembering what it was sent. */
function fakeApi(answer: Answer) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, variables: operation.variables });
        observer.next(answer(operation.operationName, operation.variables));
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const savedPlan = (status = 'DRAFT') => ({
  __typename: 'PerformancePlan',
  id: 'p1',
  year: 2026,
  status,
  templateCode: null,
  submittedAt: null,
  decidedAt: null,
  decisionNote: null,
  decider: null,
  supervisorPlanStatus: null,
  supportableResults: [],
  results: [
    {
      __typename: 'PlannedResult',
      id: 'r1',
      title: 'Tersedianya data',
      parentResultId: null,
      parentResult: null,
      indicators: [
        {
          __typename: 'Indicator',
          id: 'i1',
          kind: 'QUANTITY',
          name: 'Laporan',
          target: 12,
          unit: 'laporan',
          practiceId: null,
        },
      ],
    },
  ],
});

function render(answer: Answer, supportable: { id: string; title: string }[] = []) {
  i18n.global.locale.value = 'id';
  const api = fakeApi(answer);
  const wrapper = mount(PlanEditor, {
    props: { year: 2026, plan: null, supportable },
    global: { plugins: [i18n], provide: { [DefaultApolloClient]: api.client } },
    attachTo: document.body,
  });
  return { wrapper, sent: api.sent };
}

async function fillFirst(wrapper: ReturnType<typeof render>['wrapper']) {
  await wrapper.get('[data-testid="plan-result-title"]').setValue('Tersedianya data');
  await wrapper.get('[data-testid="plan-indicator-name"]').setValue('Laporan');
  await wrapper.get('[data-testid="plan-indicator-target"]').setValue('12');
  await wrapper.get('[data-testid="plan-indicator-unit"]').setValue('laporan');
}

describe('PlanEditor', () => {
  it('adds and removes results and indicators; without supervisor results there is no picker', async () => {
    const { wrapper } = render(() => ({ data: null }));
    expect(wrapper.findAll('[data-testid="plan-result"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="plan-result-parent"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="plan-result-unaligned"]').text()).toBe('Belum selaras');
    expect(wrapper.find('[data-testid="plan-remove-result"]').exists()).toBe(false);

    await wrapper.get('[data-testid="plan-add-result"]').trigger('click');
    await wrapper.get('[data-testid="plan-add-indicator"]').trigger('click');
    expect(wrapper.findAll('[data-testid="plan-result"]')).toHaveLength(2);
    expect(wrapper.findAll('[data-testid="plan-indicator"]')).toHaveLength(3);
    await wrapper.get('[data-testid="plan-remove-indicator"]').trigger('click');
    expect(wrapper.findAll('[data-testid="plan-indicator"]')).toHaveLength(2);
    await wrapper.get('[data-testid="plan-remove-result"]').trigger('click');
    expect(wrapper.findAll('[data-testid="plan-result"]')).toHaveLength(1);
    wrapper.unmount();
  });

  it('saves, then submits, sending the typed content with the chosen intervensi', async () => {
    const { wrapper, sent } = render(
      (name) =>
        name === 'SaveMyPlan'
          ? { data: { savePerformancePlan: savedPlan() } }
          : { data: { submitPerformancePlan: savedPlan('SUBMITTED') } },
      [{ id: 's1', title: 'Terlaksananya pendataan' }],
    );
    await fillFirst(wrapper);
    await wrapper.get('[data-testid="plan-indicator-kind"]').setValue('TIME');
    await wrapper.get('[data-testid="plan-result-parent"]').setValue('s1');
    expect(wrapper.find('[data-testid="plan-result-unaligned"]').exists()).toBe(false);
    await wrapper.get('[data-testid="plan-submit"]').trigger('click');
    await flushPromises();
    expect(sent.map((s) => s.name)).toEqual(['SaveMyPlan', 'SubmitMyPlan']);
    expect(sent[0]!.variables).toEqual({
      input: {
        year: 2026,
        results: [
          {
            title: 'Tersedianya data',
            parentResultId: 's1',
            indicators: [
              { kind: 'TIME', name: 'Laporan', target: 12, unit: 'laporan', practiceId: null },
            ],
          },
        ],
      },
    });
    expect(sent[1]!.variables).toEqual({ year: 2026 });
    expect(wrapper.get('[data-testid="plan-notice"]').text()).toBe('SKP diajukan ke atasan.');
    expect(wrapper.emitted('submitted')).toHaveLength(1);
    wrapper.unmount();
  });

  it('shows the server’s message beside the input it names and does not submit', async () => {
    const { wrapper, sent } = render(() => ({
      errors: [
        {
          message:
            'Indikator ke-1 dari hasil kerja ke-1: satuan wajib diisi, paling banyak 40 karakter.',
          extensions: { code: 'BAD_USER_INPUT', field: 'results.0.indicators.0.unit' },
        },
      ],
    }));
    await fillFirst(wrapper);
    await wrapper.get('[data-testid="plan-indicator-unit"]').setValue('');
    await wrapper.get('[data-testid="plan-submit"]').trigger('click');
    await flushPromises();
    expect(sent.map((s) => s.name)).toEqual(['SaveMyPlan']);
    const unit = wrapper.get('[data-testid="plan-indicator-unit"]');
    expect(unit.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('[data-testid="plan-indicator"] .field__error').text()).toContain(
      'satuan wajib diisi',
    );
    expect(wrapper.find('[data-testid="plan-error"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
