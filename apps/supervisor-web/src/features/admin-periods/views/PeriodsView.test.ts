import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../../plugins/i18n';
import { fakeApi } from '../fakeApi';
import PeriodsView from './PeriodsView.vue';

const period = (month: string, status: string, closingDate: string, extra = {}) => ({
  __typename: 'Period',
  month,
  status,
  closed: status === 'CLOSED',
  closingDate,
  closedAt: null,
  closedReason: null,
  closedBy: null,
  reopenedAt: null,
  reopenReason: null,
  reopenedBy: null,
  ...extra,
});

/** 2026 seen on 24 November: August closed, September closable, October early, November running. */
function year2026(octoberClosingDate = '2026-11-25') {
  return {
    data: {
      periods: [
        period('2026-08', 'CLOSED', '2026-09-10', {
          closedAt: '2026-11-20T03:00:00.000Z',
          closedReason: 'Rekap TPP Agustus',
          closedBy: { __typename: 'Employee', id: 'e1', name: 'Ni Made Ayu Lestari' },
        }),
        period('2026-09', 'CLOSABLE', '2026-10-10'),
        period('2026-10', 'OPEN', octoberClosingDate),
        period('2026-11', 'OPEN', '2026-12-10'),
      ],
    },
  };
}

/** The signed-in agency admin (the page offers its actions to them only). */
const SESSION = {
  data: {
    me: {
      __typename: 'Employee',
      id: 'e1',
      name: 'Ni Made Ayu Lestari',
      nip: '198910052014022005',
      roles: ['EMPLOYEE', 'AGENCY_ADMIN'],
      directReportCount: 0,
    },
  },
};

async function render(answers: Parameters<typeof fakeApi>[0]) {
  i18n.global.locale.value = 'id';
  const api = fakeApi({ Session: SESSION, ...answers });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/admin/periods', component: PeriodsView }],
  });
  await router.push('/admin/periods');
  const wrapper = mount(PeriodsView, {
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient]: api.client } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, api };
}

describe('PeriodsView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T03:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('shows each month’s status, who closed it and why, and the action it allows', async () => {
    const { wrapper } = await render({ AdminPeriods: year2026() });
    const row = (m: string) => wrapper.get(`[data-testid="period-${m}"]`);
    expect(row('2026-08').text()).toContain('Ditutup');
    expect(row('2026-08').text()).toContain('Ni Made Ayu Lestari');
    expect(row('2026-08').text()).toContain('alasan: Rekap TPP Agustus');
    expect(row('2026-08').find('[data-testid="period-reopen-2026-08"]').exists()).toBe(true);
    expect(row('2026-09').text()).toContain('Siap ditutup');
    expect(row('2026-10').text()).toContain('Menunggu tanggal penutupan');
    expect(row('2026-11').text()).toContain('Bulan belum berakhir');
    expect(row('2026-11').find('button').exists()).toBe(false);
    wrapper.unmount();
  });

  it('closes early only forced with a reason, then shows the month closed', async () => {
    let closed = false;
    const { wrapper, api } = await render({
      AdminPeriods: () =>
        closed
          ? {
              data: {
                periods: year2026().data.periods.map((p) =>
                  p.month === '2026-10' ? { ...p, status: 'CLOSED', closed: true } : p,
                ),
              },
            }
          : year2026(),
      ClosePeriod: (v) => {
        closed = true;
        return { data: { closePeriod: period(String(v.period), 'CLOSED', '2026-11-25') } };
      },
    });
    await wrapper.get('[data-testid="period-close-2026-10"]').trigger('click');
    await flushPromises();
    const dialog = wrapper.get('[data-testid="period-dialog"]');
    expect(dialog.text()).toContain('Tanggal penutupan bulan ini');

    await dialog.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="period-problem"]').text()).toContain('Centang paksa');
    await wrapper.get('[data-testid="period-force"]').setValue(true);
    await dialog.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="period-problem"]').text()).toBe('Tuliskan alasannya.');
    expect(wrapper.get('[data-testid="period-reason"]').attributes('aria-invalid')).toBe('true');
    expect(api.of('ClosePeriod')).toEqual([]);

    await wrapper.get('[data-testid="period-reason"]').setValue('  Rekap TPP dipercepat  ');
    await dialog.get('form').trigger('submit');
    await flushPromises();
    expect(api.of('ClosePeriod')).toEqual([
      { period: '2026-10', force: true, reason: 'Rekap TPP dipercepat' },
    ]);
    expect(wrapper.get('[data-testid="periods-done"]').text()).toContain('Oktober 2026');
    expect(wrapper.get('[data-testid="period-2026-10"]').attributes('data-status')).toBe('CLOSED');
    wrapper.unmount();
  });

  it('closes a closable month without force, and shows the server’s refusal in the dialog', async () => {
    const { wrapper, api } = await render({
      AdminPeriods: year2026(),
      ClosePeriod: {
        errors: [{ message: 'Periode 2026-09 sudah ditutup.', extensions: { code: 'CONFLICT' } }],
      },
    });
    await wrapper.get('[data-testid="period-close-2026-09"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="period-force"]').exists()).toBe(false);
    await wrapper.get('[data-testid="period-dialog"] form').trigger('submit');
    await flushPromises();
    expect(api.of('ClosePeriod')).toEqual([{ period: '2026-09', force: null, reason: null }]);
    const error = wrapper.get('[data-testid="period-dialog-error"]');
    expect(error.text()).toBe('Periode 2026-09 sudah ditutup.');
    expect(error.attributes('data-code')).toBe('CONFLICT');
    wrapper.unmount();
  });

  it('offers no action to an admin who is not the agency admin', async () => {
    const { wrapper } = await render({
      Session: { data: { me: { ...SESSION.data.me, roles: ['EMPLOYEE', 'DEPARTMENT_ADMIN'] } } },
      AdminPeriods: year2026(),
    });
    expect(wrapper.find('[data-testid="period-2026-08"]').text()).toContain('Ditutup');
    expect(
      wrapper.findAll('[data-testid^="period-close-"], [data-testid^="period-reopen-"]'),
    ).toHaveLength(0);
    wrapper.unmount();
  });

  it('re-opens only with a reason', async () => {
    const { wrapper, api } = await render({
      AdminPeriods: year2026(),
      ReopenPeriod: (v) => ({
        data: { reopenPeriod: period(String(v.period), 'CLOSABLE', '2026-09-10') },
      }),
    });
    await wrapper.get('[data-testid="period-reopen-2026-08"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="period-dialog"] form').trigger('submit');
    expect(wrapper.get('[data-testid="period-problem"]').text()).toBe('Tuliskan alasannya.');
    await wrapper.get('[data-testid="period-reason"]').setValue('Koreksi presensi');
    await wrapper.get('[data-testid="period-dialog"] form').trigger('submit');
    await flushPromises();
    expect(api.of('ReopenPeriod')).toEqual([{ period: '2026-08', reason: 'Koreksi presensi' }]);
    wrapper.unmount();
  });
});
