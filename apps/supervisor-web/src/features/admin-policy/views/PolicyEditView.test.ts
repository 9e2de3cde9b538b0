import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../../plugins/i18n';
import { fakeApi } from '../../admin-periods/fakeApi';
import { DEMO_POLICY } from '../demoPolicy.fixture';
import PolicyEditView from './PolicyEditView.vue';

const version = { __typename: 'PerformancePolicy', ...DEMO_POLICY };
const versions = { data: { performancePolicies: [version], current: version } };

async function render(answers: Parameters<typeof fakeApi>[0]) {
  i18n.global.locale.value = 'id';
  const api = fakeApi({ PolicyVersions: versions, ...answers });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/admin/policy', name: 'admin-policy', component: { template: '<p>list</p>' } },
      { path: '/admin/policy/new', name: 'admin-policy-new', component: PolicyEditView },
    ],
  });
  await router.push('/admin/policy/new');
  const wrapper = mount(PolicyEditView, {
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient]: api.client } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, api, router };
}

const input = (wrapper: Awaited<ReturnType<typeof render>>['wrapper'], path: string) =>
  wrapper.get(`#policy-${path.replace(/\./g, '-')}`);

describe('PolicyEditView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T03:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('starts from the version in force, effective next month', async () => {
    const { wrapper } = await render({});
    expect((input(wrapper, 'effectiveFrom').element as HTMLInputElement).value).toBe('2026-12-01');
    expect((input(wrapper, 'dailyMinimumMinutes').element as HTMLInputElement).value).toBe('350');
    expect((input(wrapper, 'deductions.TL3').element as HTMLInputElement).value).toBe('1,25');
    expect((input(wrapper, 'tppBases.17').element as HTMLInputElement).value).toBe('24000000');
    // The fixed target appears only in FIXED mode.
    expect(wrapper.find('#policy-monthlyTargetFixedMinutes').exists()).toBe(false);
    await input(wrapper, 'monthlyTargetMode').setValue('FIXED');
    expect(wrapper.find('#policy-monthlyTargetFixedMinutes').exists()).toBe(true);
    wrapper.unmount();
  });

  it('refuses what is not a number beside the field, before any request', async () => {
    const { wrapper, api } = await render({});
    await input(wrapper, 'dailyCapMinutes').setValue('empat ratus');
    await wrapper.get('[data-testid="policy-form"]').trigger('submit');
    await flushPromises();
    const field = input(wrapper, 'dailyCapMinutes');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(field.attributes('aria-describedby')).toContain('policy-dailyCapMinutes-error');
    expect(wrapper.get('#policy-dailyCapMinutes-error').text()).toBe('Isi dengan angka.');
    expect(document.activeElement?.id).toBe('policy-dailyCapMinutes');
    expect(wrapper.find('[data-testid="policy-review-panel"]').exists()).toBe(false);
    expect(api.of('SetPerformancePolicy')).toEqual([]);
    wrapper.unmount();
  });

  it('shows the changes against the version in force, then the server’s refusal beside the group', async () => {
    const message = 'Bobot penilai (reviewSettings.weights.staff: 60 + 50) harus berjumlah 100%.';
    const { wrapper, api } = await render({
      SetPerformancePolicy: {
        errors: [
          {
            message,
            extensions: { code: 'BAD_USER_INPUT', field: 'reviewSettings.weights.staff' },
          },
        ],
      },
    });
    await input(wrapper, 'reviewSettings.weights.staff.supervisor').setValue('60');
    await input(wrapper, 'deductions.TK').setValue('4');
    await wrapper.get('[data-testid="policy-form"]').trigger('submit');
    await flushPromises();

    const diff = wrapper.get('[data-testid="policy-diff"]');
    expect(diff.text()).toContain('1 Desember 2026');
    const rows = diff.findAll('tbody tr').map((r) => r.attributes('data-testid'));
    expect(rows).toEqual([
      'policy-diff-deductions.TK',
      'policy-diff-reviewSettings.weights.staff.supervisor',
    ]);
    expect(wrapper.get('[data-testid="policy-diff-deductions.TK"]').text()).toContain('5%');
    expect(wrapper.get('[data-testid="policy-diff-deductions.TK"]').text()).toContain('4%');

    await wrapper.get('[data-testid="policy-save"]').trigger('click');
    await flushPromises();
    const sent = api.of('SetPerformancePolicy')[0]!.input as Record<string, any>;
    expect(sent.effectiveFrom).toBe('2026-12-01');
    expect(sent.reviewSettings.weights.staff).toEqual({ supervisor: 60, peer: 50 });
    expect(sent.deductions.find((d: { code: string }) => d.code === 'TK')).toEqual({
      code: 'TK',
      percent: 4,
    });

    // Back on the form: the message beside the first field of the group, both marked.
    expect(wrapper.find('[data-testid="policy-review-panel"]').exists()).toBe(false);
    expect(wrapper.get('#policy-reviewSettings-weights-staff-supervisor-error').text()).toBe(
      message,
    );
    for (const path of ['supervisor', 'peer']) {
      const field = input(wrapper, `reviewSettings.weights.staff.${path}`);
      expect(field.attributes('aria-invalid')).toBe('true');
      expect(field.attributes('aria-describedby')).toContain(
        'policy-reviewSettings-weights-staff-supervisor-error',
      );
    }
    expect(document.activeElement?.id).toBe('policy-reviewSettings-weights-staff-supervisor');
    wrapper.unmount();
  });

  it('puts a refused effective date beside the date, and opens the saved version', async () => {
    let attempt = 0;
    const { wrapper, router } = await render({
      SetPerformancePolicy: () =>
        ++attempt === 1
          ? {
              errors: [
                {
                  message: 'Sudah ada versi yang berlaku mulai 2027-01-01.',
                  extensions: { code: 'CONFLICT' },
                },
              ],
            }
          : {
              data: {
                setPerformancePolicy: { ...version, id: 'v2', effectiveFrom: '2027-02-01' },
              },
            },
    });
    await wrapper.get('[data-testid="policy-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="policy-diff-none"]').exists()).toBe(true);
    await wrapper.get('[data-testid="policy-save"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="policy-effectiveFrom-error"]').text()).toContain(
      '2027-01-01',
    );
    expect(input(wrapper, 'effectiveFrom').attributes('aria-invalid')).toBe('true');

    await input(wrapper, 'effectiveFrom').setValue('2027-02-01');
    await wrapper.get('[data-testid="policy-form"]').trigger('submit');
    await flushPromises();
    await wrapper.get('[data-testid="policy-save"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ version: 'v2', saved: '2027-02-01' });
    wrapper.unmount();
  });
});
