import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { fakeApi, queueRow, type FakeRequest } from '../testing';
import LeaveDecisionsView from './LeaveDecisionsView.vue';

const ani = { id: 'ani', name: 'Ani Lestari' };
const budi = { id: 'budi', name: 'Budi Santoso' };

/** A queue the fake API keeps: decisions remove what they apply; `refuse` fails some ids. */
function server(requests: FakeRequest[], refuse: Record<string, string> = {}) {
  let pending = [...requests];
  return fakeApi({
    LeaveDecisionQueue: () => ({
      data: {
        leaveQueue: {
          __typename: 'LeaveQueue',
          totalCount: pending.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: pending.map((r) => ({
            __typename: 'LeaveQueueEdge',
            node: queueRow(r),
          })),
        },
      },
    }),
    DecisionCounts: () => ({
      data: {
        leaveQueue: { __typename: 'LeaveQueue', totalCount: pending.length },
        pendingIkiDecisions: { __typename: 'PendingDecisions', totalCount: 3 },
      },
    }),
    DecideLeaveRequests: (v) => {
      const { ids, decision, note } = v.input as { ids: string[]; decision: string; note: string };
      if (decision === 'REJECT' && !note?.trim())
        return {
          errors: [
            {
              message: 'Penolakan harus disertai alasan.',
              extensions: { code: 'BAD_USER_INPUT', field: 'note' },
            },
          ],
        };
      const failed = ids
        .filter((id) => refuse[id])
        .map((id) => ({
          __typename: 'LeaveDecisionFailure',
          id,
          code: 'CONFLICT',
          message: refuse[id],
        }));
      pending = pending.filter((r) => !ids.includes(r.id) || refuse[r.id]);
      return {
        data: {
          decideLeaveRequests: {
            __typename: 'LeaveDecisionResult',
            applied: ids.length - failed.length,
            failed,
          },
        },
      };
    },
  });
}

const REQUESTS: FakeRequest[] = [
  { id: 'r1', person: budi, kind: 'PERMIT_LATE', startDate: '2026-12-03' },
  {
    id: 'r2',
    person: ani,
    kind: 'ANNUAL',
    startDate: '2026-12-07',
    endDate: '2026-12-09',
    workingDays: 3,
  },
  { id: 'r3', person: budi, kind: 'WORK_FROM_HOME', startDate: '2026-12-10' },
];

async function render(api: ReturnType<typeof fakeApi>) {
  i18n.global.locale.value = 'id';
  const wrapper = mount(LeaveDecisionsView, {
    global: {
      plugins: [i18n],
      provide: { [DefaultApolloClient]: api.client },
      stubs: { RouterLink: RouterLinkStub },
    },
    attachTo: document.body,
  });
  await flushPromises();
  await new Promise((r) => setTimeout(r, 5));
  await flushPromises();
  return wrapper;
}

const decisions = (api: ReturnType<typeof fakeApi>) =>
  api.sent.filter((s) => s.operation === 'DecideLeaveRequests').map((s) => s.variables.input);

let mounted: { unmount(): void } | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function settle() {
  for (let i = 0; i < 4; i += 1) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('LeaveDecisionsView', () => {
  it('groups the queue by person (longest waiting first) or by kind, with working days and balance', async () => {
    const api = server(REQUESTS);
    const wrapper = await render(api);
    mounted = wrapper;
    await settle();
    expect(wrapper.findAll('tbody').map((g) => g.attributes('data-testid'))).toEqual([
      'leave-group-budi',
      'leave-group-ani',
    ]);
    const annual = wrapper.get('[data-testid="leave-row-r2"]');
    expect(annual.get('[data-testid="leave-row-duration"]').text()).toBe('3 hari kerja');
    expect(annual.get('[data-testid="leave-balance-remaining"]').text()).toBe('Sisa 12 hari');
    expect(
      wrapper.get('[data-testid="leave-row-r1"] [data-testid="leave-row-duration"]').text(),
    ).toBe('Pukul 07:30–09:00');
    expect(wrapper.get('[data-testid="decisions-count-leave"]').attributes('data-count')).toBe('3');

    await wrapper.get('[data-testid="leave-group-kind"]').setValue(true);
    expect(wrapper.findAll('tbody').map((g) => g.attributes('data-testid'))).toEqual([
      'leave-group-leave',
      'leave-group-permit',
      'leave-group-work',
    ]);
  });

  it('approves a whole person at once; the decided requests leave the list and the counts follow', async () => {
    const api = server(REQUESTS);
    const wrapper = await render(api);
    mounted = wrapper;
    await settle();
    const group = wrapper.get('[data-testid="leave-group-select-budi"]');
    await group.setValue(true);
    expect(wrapper.get('[data-testid="decision-count"]').text()).toBe('2 permohonan dipilih');
    // Half a group selected: the group's box is mixed.
    await wrapper
      .get('[data-testid="leave-row-r1"] [data-testid="leave-row-select"]')
      .setValue(false);
    expect((group.element as HTMLInputElement).indeterminate).toBe(true);
    await wrapper
      .get('[data-testid="leave-row-r1"] [data-testid="leave-row-select"]')
      .setValue(true);

    await wrapper.get('[data-testid="decision-approve"]').trigger('click');
    await settle();
    expect(decisions(api)).toEqual([{ ids: ['r1', 'r3'], decision: 'APPROVE', note: null }]);
    expect(wrapper.get('[data-testid="decision-outcome"]').text()).toContain(
      '2 permohonan disetujui.',
    );
    expect(wrapper.find('[data-testid="leave-row-r1"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="leave-row-r2"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="decisions-count-leave"]').attributes('data-count')).toBe('1');
    expect(wrapper.get('[data-testid="decision-count"]').text()).toBe('Belum ada yang dipilih');
  });

  it('rejecting needs a note: the server’s refusal is shown beside it, then the failures are listed with their reasons', async () => {
    const api = server(REQUESTS, { r3: 'Permohonan sudah dibatalkan oleh pegawai.' });
    const wrapper = await render(api);
    mounted = wrapper;
    await settle();
    await wrapper.get('[data-testid="leave-group-select-budi"]').setValue(true);
    await wrapper.get('[data-testid="decision-reject-open"]').trigger('click');
    await wrapper.get('[data-testid="decision-note-form"]').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="decision-error"]').text()).toBe(
      'Penolakan harus disertai alasan.',
    );
    expect(wrapper.get('[data-testid="decision-note"]').attributes('aria-invalid')).toBe('true');

    await wrapper.get('[data-testid="decision-note"]').setValue('Sedang ada audit.');
    await wrapper.get('[data-testid="decision-note-form"]').trigger('submit');
    await settle();
    expect(decisions(api).at(-1)).toEqual({
      ids: ['r1', 'r3'],
      decision: 'REJECT',
      note: 'Sedang ada audit.',
    });
    const outcome = wrapper.get('[data-testid="decision-outcome"]');
    expect(outcome.text()).toContain('1 permohonan ditolak.');
    expect(wrapper.get('[data-testid="decision-failures"]').text()).toBe(
      'Budi Santoso, Bekerja dari rumah (WFH) 10 Des 2026: Permohonan sudah dibatalkan oleh pegawai.',
    );
    expect(wrapper.find('[data-testid="decision-error"]').exists()).toBe(false);
    // What failed stays listed and selected, to decide otherwise.
    expect(wrapper.get('[data-testid="leave-row-r3"]').attributes('data-selected')).toBe('true');
  });

  it('j / k move, x selects, a approves; keys typed in the note are not shortcuts', async () => {
    const api = server(REQUESTS);
    const wrapper = await render(api);
    mounted = wrapper;
    await settle();
    const press = (key: string, target: EventTarget = document.body) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('j');
    press('j');
    await flushPromises();
    expect(wrapper.get('[data-testid="leave-row-r3"]').classes()).toContain(
      'leave-table__row--current',
    );
    press('x');
    press('k');
    await flushPromises();
    expect(wrapper.get('[data-testid="leave-row-r3"]').attributes('data-selected')).toBe('true');
    expect(wrapper.get('[data-testid="leave-row-r1"]').classes()).toContain(
      'leave-table__row--current',
    );

    press('r');
    await flushPromises();
    const note = wrapper.get('[data-testid="decision-note"]');
    expect(document.activeElement).toBe(note.element);
    press('a', note.element);
    await settle();
    expect(decisions(api)).toEqual([]);

    await wrapper.get('[data-testid="decision-note-form"] button[type="button"]').trigger('click');
    press('a');
    await settle();
    expect(decisions(api)).toEqual([{ ids: ['r3'], decision: 'APPROVE', note: null }]);
  });
});
