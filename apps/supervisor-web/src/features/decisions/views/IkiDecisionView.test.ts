import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { fakeApi } from '../testing';
import IkiDecisionView from './IkiDecisionView.vue';

const employee = {
  __typename: 'Employee',
  id: 'e1',
  name: 'Zainal Fauzi',
  nip: '199505212018061422',
  position: { __typename: 'Position', id: 'p1', name: 'Pranata Komputer' },
};
const result = (id: string, title: string) => ({ __typename: 'PlannedResult', id, title });
const line = (
  id: string,
  res: ReturnType<typeof result>,
  kind: string,
  target: number,
  unit: string,
  realisation: number,
  score: number,
  evidence: object[] = [],
) => ({
  __typename: 'IkiLine',
  score,
  indicator: {
    __typename: 'Indicator',
    id,
    kind,
    name: `Indikator ${id}`,
    target,
    unit,
    practiceId: null,
  },
  result: res,
  realisation: {
    __typename: 'IkiRealisation',
    id: `x-${id}`,
    realisation,
    observation: null,
    note: null,
  },
  evidence,
});

function server() {
  let status = 'SUBMITTED';
  const servers = result('r1', 'Terpeliharanya server');
  const docs = result('r2', 'Terdokumentasinya layanan');
  return fakeApi({
    IkiForDecision: () => ({
      data: {
        ikiReport: {
          __typename: 'IkiReportView',
          period: '2026-10',
          status,
          dueDate: '2026-11-05',
          closed: false,
          late: true,
          score: null,
          computedScore: 84.44,
          skpScore: null,
          employee,
          report: {
            __typename: 'IkiReport',
            id: 'rep1',
            status,
            submittedAt: '2026-11-24T01:32:00.000Z',
            decidedAt: null,
            decisionNote: status === 'RETURNED' ? 'Lengkapi bukti.' : null,
            late: true,
          },
          lines: [
            line('i1', servers, 'QUANTITY', 6, 'modul', 5, 83.33, [
              {
                __typename: 'Evidence',
                id: 'ev1',
                kind: 'DOCUMENT',
                mimeType: 'application/pdf',
                originalName: 'uji-modul.pdf',
                thumbnailUrl: null,
                url: '/uploads/ev1',
              },
            ]),
            line('i2', servers, 'TIME', 3, 'hari', 4, 75),
            line('i3', docs, 'QUALITY', 100, '%', 95, 95),
          ],
        },
      },
    }),
    DecideIki: (v) => {
      if (!String(v.note ?? '').trim())
        return {
          errors: [
            {
              message: 'Mengembalikan harus disertai catatan.',
              extensions: { code: 'BAD_USER_INPUT', field: 'note' },
            },
          ],
        };
      status = 'RETURNED';
      return {
        data: {
          decideIkiReport: {
            __typename: 'IkiReport',
            id: 'rep1',
            status,
            score: null,
            decidedAt: '2026-11-24T02:00:00.000Z',
            decisionNote: v.note,
            decisionSource: 'SUPERVISOR',
          },
        },
      };
    },
    DecisionCounts: () => ({ data: null }),
    PendingPerformanceDecisions: () => ({ data: null }),
  });
}

async function settle() {
  for (let i = 0; i < 4; i += 1) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('IkiDecisionView', () => {
  it('shows each result’s indicators with target, realisation, evidence and score, and the late mark', async () => {
    i18n.global.locale.value = 'id';
    const api = server();
    const wrapper = mount(IkiDecisionView, {
      props: { employeeId: 'e1', period: '2026-10' },
      global: {
        plugins: [i18n],
        provide: { [DefaultApolloClient]: api.client },
        stubs: { RouterLink: RouterLinkStub },
      },
      attachTo: document.body,
    });
    await settle();
    expect(wrapper.get('h1').text()).toBe('IKI Oktober 2026: Zainal Fauzi');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Terpeliharanya server',
      'Terdokumentasinya layanan',
    ]);
    expect(wrapper.findAll('[data-testid="iki-score"]').map((c) => c.text())).toEqual([
      '83,33',
      '75,00',
      '95,00',
    ]);
    expect(wrapper.findAll('[data-testid="iki-realisation"]')[0]!.text()).toBe('5 modul');
    expect(wrapper.text()).toContain('makin kecil makin baik');
    expect(wrapper.get('[data-testid="evidence-ev1"]').attributes('href')).toBe('/uploads/ev1');
    expect(wrapper.get('[data-testid="iki-late"]').text()).toBe('Terlambat');
    expect(wrapper.get('[data-testid="iki-computed-score"]').text()).toBe('84,44');

    // Returning needs a note: the server's refusal beside it, then the report goes back.
    await wrapper.get('[data-testid="decision-reject-open"]').trigger('click');
    await wrapper.get('[data-testid="decision-note-form"]').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="decision-error"]').text()).toBe(
      'Mengembalikan harus disertai catatan.',
    );
    await wrapper.get('[data-testid="decision-note"]').setValue('Lengkapi bukti.');
    await wrapper.get('[data-testid="decision-note-form"]').trigger('submit');
    await settle();
    expect(api.sent.filter((s) => s.operation === 'DecideIki').map((s) => s.variables)).toEqual([
      { reportId: 'rep1', decision: 'RETURN', note: '' },
      { reportId: 'rep1', decision: 'RETURN', note: 'Lengkapi bukti.' },
    ]);
    expect(wrapper.get('[data-testid="decision-outcome"]').text()).toContain(
      'dikembalikan kepada pegawai',
    );
    expect(wrapper.get('[data-testid="iki-status"]').attributes('data-status')).toBe('RETURNED');
    expect(wrapper.find('[data-testid="decision-bar"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="iki-decision-note"]').text()).toContain('Lengkapi bukti.');
    wrapper.unmount();
  });
});
