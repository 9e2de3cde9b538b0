import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n } from '../../../plugins/i18n';
import { fakeApi } from '../../admin-periods/fakeApi';
import RosterView from './RosterView.vue';

const UNIT = { __typename: 'OrgUnit', id: 'u1', name: 'Puskesmas Contoh Barat' };
const shift = (id: string, code: string, name: string, start: string, end: string) => ({
  __typename: 'ShiftPattern',
  id,
  code,
  name,
  start,
  end,
  crossesMidnight: end <= start,
  minutes: 420,
  active: true,
});
const PAGI = shift('s-p', 'P', 'Pagi', '07:00', '14:00');
const MALAM = shift('s-m', 'M', 'Malam', '21:00', '07:00');
const nurse = { __typename: 'Employee', id: 'e1', nip: '199801022024082620', name: 'Dwi Rahayu' };

function roster(
  variables: Record<string, unknown>,
  cells = [{ date: '2026-11-24', shift: MALAM }],
) {
  return {
    data: {
      roster: {
        __typename: 'Roster',
        unit: UNIT,
        from: variables.from,
        to: variables.to,
        canEdit: true,
        closedBefore: null,
        patterns: [PAGI, MALAM],
        rows: [
          {
            __typename: 'RosterRow',
            employee: nurse,
            workingDays: cells.length,
            cells: cells.map((c) => ({
              __typename: 'RosterCell',
              employeeId: 'e1',
              date: c.date,
              dayOff: !c.shift,
              shift: c.shift,
            })),
          },
        ],
      },
    },
  };
}

const COMMON = {
  PeriodMonths: {
    data: {
      agency: { __typename: 'Agency', id: 'a1', timeZone: 'Asia/Jakarta' },
      periods: [],
      previous: [],
    },
  },
  RosterHolidays: { data: { holidays: [], last: [] } },
};

async function render(answers: Parameters<typeof fakeApi>[0]) {
  i18n.global.locale.value = 'id';
  const api = fakeApi({ ...COMMON, ...answers });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/roster', component: RosterView },
      { path: '/roster/shifts', name: 'roster-shifts', component: { render: () => null } },
    ],
  });
  await router.push('/roster');
  const wrapper = mount(RosterView, {
    global: { plugins: [i18n, router], provide: { [DefaultApolloClient]: api.client } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, api };
}

async function type(key: string) {
  (document.activeElement as HTMLElement).dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true }),
  );
  await flushPromises();
}

describe('RosterView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T03:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('says so when the caller edits no unit’s roster', async () => {
    const { wrapper } = await render({ RosterUnits: { data: { rosterUnits: [] } } });
    expect(wrapper.get('[data-testid="roster-empty"]').text()).toContain(
      'Tidak ada unit yang jadwalnya Anda kelola',
    );
    expect(wrapper.find('[data-testid="roster-grid"]').exists()).toBe(false);
  });

  it('sends every change in one setRosterCells and shows the server’s refusal, keeping them', async () => {
    const { wrapper, api } = await render({
      RosterUnits: { data: { rosterUnits: [UNIT] } },
      Roster: (v) => roster(v),
      SetRosterCells: {
        errors: [
          { message: 'Bulan November 2026 sudah ditutup.', extensions: { code: 'CONFLICT' } },
        ],
      },
    });
    expect(api.of('Roster')[0]).toMatchObject({
      unitId: 'u1',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const cell = wrapper.get('[data-testid="roster-cell-e1-2026-11-25"]');
    (cell.element as HTMLElement).focus();
    await type('p');
    await type('ArrowRight');
    await type('l');
    expect(wrapper.get('[data-testid="roster-pending"]').attributes('data-count')).toBe('2');

    await wrapper.get('[data-testid="roster-save"]').trigger('click');
    await flushPromises();
    expect(api.of('SetRosterCells')).toEqual([
      {
        unitId: 'u1',
        cells: [
          { employeeId: 'e1', date: '2026-11-25', shiftId: 's-p', dayOff: false },
          { employeeId: 'e1', date: '2026-11-26', shiftId: null, dayOff: true },
        ],
      },
    ]);
    const error = wrapper.get('[data-testid="roster-error"]');
    expect(error.text()).toBe('Bulan November 2026 sudah ditutup.');
    expect(error.attributes('data-code')).toBe('CONFLICT');
    expect(wrapper.get('[data-testid="roster-pending"]').attributes('data-count')).toBe('2');
  });

  it('after saving, shows the saved roster without change marks', async () => {
    let saved = false;
    const { wrapper, api } = await render({
      RosterUnits: { data: { rosterUnits: [UNIT] } },
      Roster: (v) =>
        roster(
          v,
          saved
            ? [
                { date: '2026-11-24', shift: MALAM },
                { date: '2026-11-25', shift: PAGI },
              ]
            : undefined,
        ),
      SetRosterCells: () => {
        saved = true;
        return { data: { setRosterCells: { __typename: 'RosterChange', saved: 1, cleared: 0 } } };
      },
    });
    (wrapper.get('[data-testid="roster-cell-e1-2026-11-25"]').element as HTMLElement).focus();
    await type('p');
    await wrapper.get('[data-testid="roster-save"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="roster-notice"]').text()).toBe(
      'Jadwal disimpan: 1 sel diisi, 0 sel dikosongkan.',
    );
    expect(api.of('Roster').length).toBeGreaterThanOrEqual(2);
    const cell = wrapper.get('[data-testid="roster-cell-e1-2026-11-25"]');
    expect(cell.attributes('data-value')).toBe('P');
    expect(cell.attributes('data-changed')).toBeUndefined();
    expect(wrapper.get('[data-testid="roster-summary-e1"]').attributes('data-working-days')).toBe(
      '2',
    );
  });
});
