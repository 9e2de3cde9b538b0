import { ApolloError } from '@apollo/client/core';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../plugins/i18n';
import * as download from '../../../app/ui/download';
import type { SpreadsheetFormat } from '../../../app/ui/download';
import ExportButtons from './ExportButtons.vue';

afterEach(() => vi.restoreAllMocks());

function render(fetchFile: (format: SpreadsheetFormat) => Promise<download.DownloadableFile>) {
  i18n.global.locale.value = 'id';
  return mount(ExportButtons, {
    props: {
      title: 'Unduh tabel',
      hint: 'Tabel perangkat daerah',
      what: 'tabel perangkat daerah',
      fetchFile,
      testid: 'export',
    },
    global: { plugins: [i18n] },
  });
}

describe('ExportButtons', () => {
  it('asks the server for the format pressed and downloads what it sends', async () => {
    const save = vi.spyOn(download, 'downloadFile').mockImplementation(() => undefined);
    const file = { base64: 'YQ==', filename: 'rekap-tpp-2026-11.csv', mimeType: 'text/csv' };
    let send!: (f: typeof file) => void;
    const fetchFile = vi.fn(() => new Promise<typeof file>((resolve) => (send = resolve)));
    const wrapper = render(fetchFile);

    const csv = wrapper.get('[data-testid="export-csv"]');
    expect(csv.attributes('aria-label')).toBe('Unduh tabel perangkat daerah sebagai CSV');
    await csv.trigger('click');
    // While the server writes the file: both buttons wait, the pressed one says so.
    expect(wrapper.get('[data-testid="export-xlsx"]').attributes('disabled')).toBeDefined();
    expect(csv.text()).toBe('Menyiapkan berkas…');
    send(file);
    await flushPromises();

    expect(fetchFile).toHaveBeenCalledWith('CSV');
    expect(save).toHaveBeenCalledWith(file);
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Berkas rekap-tpp-2026-11.csv telah diunduh.',
    );
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="export-xlsx"]').attributes('disabled')).toBeUndefined();
  });

  it('shows the server’s message beside the buttons when the file is refused', async () => {
    const save = vi.spyOn(download, 'downloadFile').mockImplementation(() => undefined);
    const refused = new ApolloError({
      graphQLErrors: [
        {
          message: 'Rekap TPP unit ini berada di luar cakupan admin Anda.',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const wrapper = render(async () => {
      throw refused;
    });
    await wrapper.get('[data-testid="export-xlsx"]').trigger('click');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toBe('Rekap TPP unit ini berada di luar cakupan admin Anda.');
    expect(alert.attributes('data-code')).toBe('FORBIDDEN');
    expect(save).not.toHaveBeenCalled();
  });
});
