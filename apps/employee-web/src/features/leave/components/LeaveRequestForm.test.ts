import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import LeaveRequestForm from './LeaveRequestForm.vue';

/** An API that answers every request with `answer`, and remembers what it was sent. */
function fakeApi(answer: object) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.variables);
        observer.next(answer);
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

function render(answer: object) {
  i18n.global.locale.value = 'id';
  const api = fakeApi(answer);
  const wrapper = mount(LeaveRequestForm, {
    props: { today: '2026-11-24' },
    global: { plugins: [i18n], provide: { [DefaultApolloClient]: api.client } },
    attachTo: document.body,
  });
  return { wrapper, sent: api.sent };
}

describe('LeaveRequestForm', () => {
  it('asks a permit for one date and a time, official travel for a destination', async () => {
    const { wrapper } = render({ data: null });
    expect(wrapper.find('[data-testid="leave-end"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="leave-time"]').exists()).toBe(false);

    await wrapper.get('[data-testid="leave-kind"]').setValue('PERMIT_LATE');
    expect(wrapper.find('[data-testid="leave-end"]').exists()).toBe(false);
    expect(wrapper.get('label[for="leave-time"]').text()).toBe('Jam tiba');

    await wrapper.get('[data-testid="leave-kind"]').setValue('OFFICIAL_TRAVEL');
    expect(wrapper.find('[data-testid="leave-destination"]').exists()).toBe(true);
    await wrapper.get('[data-testid="leave-half-day"]').setValue(true);
    expect(wrapper.find('[data-testid="leave-end"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("shows the server's message beside the field it is about", async () => {
    const message = 'Tanggal selesai tidak boleh sebelum tanggal mulai.';
    const { wrapper, sent } = render({
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'endDate' } }],
    });
    await wrapper.get('[data-testid="leave-start"]').setValue('2026-12-02');
    await wrapper.get('[data-testid="leave-end"]').setValue('2026-12-01');
    await wrapper.get('[data-testid="leave-reason"]').setValue('Urusan keluarga');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(sent[0]).toEqual({
      input: {
        kind: 'ANNUAL',
        startDate: '2026-12-02',
        endDate: '2026-12-01',
        reason: 'Urusan keluarga',
      },
    });
    const end = wrapper.get('[data-testid="leave-end"]');
    expect(end.attributes('aria-invalid')).toBe('true');
    expect(end.attributes('aria-describedby')).toBe('leave-endDate-error');
    expect(wrapper.get('#leave-endDate-error').text()).toBe(message);
    expect(document.activeElement?.id).toBe('leave-endDate');
    expect(wrapper.find('[data-testid="leave-form-error"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows an error about no field above the button, with its code', async () => {
    const { wrapper } = render({
      errors: [{ message: 'Bertumpang tindih.', extensions: { code: 'CONFLICT' } }],
    });
    await wrapper.get('[data-testid="leave-reason"]').setValue('x');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('[data-testid="leave-form-error"]');
    expect(alert.text()).toBe('Bertumpang tindih.');
    expect(alert.attributes('data-code')).toBe('CONFLICT');
    wrapper.unmount();
  });

  it('emits the new request once the server accepts it', async () => {
    const { wrapper } = render({
      data: {
        requestLeave: {
          __typename: 'LeaveRequest',
          id: 'r1',
          kind: 'ANNUAL',
          status: 'PENDING',
          startDate: '2026-11-24',
          endDate: '2026-11-24',
          startTime: null,
          endTime: null,
          halfDay: false,
          reason: 'x',
          decisionNote: null,
          decidedAt: null,
          submittedAt: '2026-11-24T01:00:00Z',
          attachmentId: null,
          destination: null,
          decidedBy: null,
        },
      },
    });
    await wrapper.get('[data-testid="leave-reason"]').setValue('x');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('sent')).toEqual([['r1']]);
    wrapper.unmount();
  });
});
