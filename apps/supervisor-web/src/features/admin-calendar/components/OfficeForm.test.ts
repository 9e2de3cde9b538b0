import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import { fakeApi } from '../../admin-periods/fakeApi';
import OfficeForm from './OfficeForm.vue';

const office = {
  __typename: 'OfficeLocation',
  id: 'o1',
  name: 'Kantor Dinas Kominfo',
  latitude: -6.912829,
  longitude: 107.619914,
  radiusMetres: 100,
  units: [],
};

function render(answers: Parameters<typeof fakeApi>[0], props = {}) {
  i18n.global.locale.value = 'id';
  const api = fakeApi(answers);
  const wrapper = mount(OfficeForm, {
    props,
    global: { plugins: [i18n], provide: { [DefaultApolloClient]: api.client } },
    attachTo: document.body,
  });
  return { wrapper, api };
}

describe('OfficeForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('refuses coordinates and a radius out of range beside each field, sending nothing', async () => {
    const { wrapper, api } = render({});
    await wrapper.get('[data-testid="office-name"]').setValue('Kantor Baru');
    await wrapper.get('[data-testid="office-latitude"]').setValue('-96.2');
    await wrapper.get('[data-testid="office-longitude"]').setValue('107,62');
    await wrapper.get('[data-testid="office-radiusMetres"]').setValue('6000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="office-latitude-problem"]').text()).toBe(
      'Lintang harus antara −90 dan 90.',
    );
    expect(wrapper.get('[data-testid="office-longitude-problem"]').text()).toBe('');
    expect(wrapper.get('[data-testid="office-radiusMetres-problem"]').text()).toBe(
      'Radius harus 10–5000 meter.',
    );
    expect(wrapper.get('[data-testid="office-latitude"]').attributes('aria-invalid')).toBe('true');
    expect(
      wrapper.get('[data-testid="office-longitude"]').attributes('aria-invalid'),
    ).toBeUndefined();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('office-latitude');
    expect(api.sent).toEqual([]);
    wrapper.unmount();
  });

  it('fills both coordinates from a point pasted from a map, and creates the office', async () => {
    const { wrapper, api } = render({
      AdminCreateOfficeLocation: { data: { createOfficeLocation: office } },
    });
    await wrapper.get('[data-testid="office-name"]').setValue('Kantor Dinas Kominfo');
    const latitude = wrapper.get('[data-testid="office-latitude"]');
    await latitude.setValue('-6.912829, 107.619914');
    await latitude.trigger('change');
    expect(
      (wrapper.get('[data-testid="office-longitude"]').element as HTMLInputElement).value,
    ).toBe('107.619914');
    await wrapper.get('[data-testid="office-radiusMetres"]').setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.of('AdminCreateOfficeLocation')).toEqual([
      {
        input: {
          name: 'Kantor Dinas Kominfo',
          latitude: -6.912829,
          longitude: 107.619914,
          radiusMetres: 100,
        },
      },
    ]);
    expect(wrapper.emitted('saved')).toEqual([['Kantor Dinas Kominfo']]);
    wrapper.unmount();
  });

  it('changes an office and shows the server’s refusal, its own part, beside the field it names', async () => {
    const message = 'Data yang dikirim tidak valid: radiusMetres maksimal 5000';
    const { wrapper, api } = render(
      {
        AdminUpdateOfficeLocation: {
          errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: ['radiusMetres'] } }],
        },
      },
      { office },
    );
    expect((wrapper.get('[data-testid="office-name"]').element as HTMLInputElement).value).toBe(
      'Kantor Dinas Kominfo',
    );
    await wrapper.get('[data-testid="office-radiusMetres"]').setValue('250');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.of('AdminUpdateOfficeLocation')[0]).toMatchObject({
      id: 'o1',
      input: { radiusMetres: 250 },
    });
    expect(wrapper.get('[data-testid="office-radiusMetres-problem"]').text()).toBe('Maksimal 5000');
    expect(wrapper.emitted('saved')).toBeUndefined();
    wrapper.unmount();
  });
});
