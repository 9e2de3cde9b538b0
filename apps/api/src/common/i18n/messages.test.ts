import { describe, expect, it } from 'vitest';
import { localeFrom, translate } from './messages.js';

describe('messages', () => {
  it('picks English only when the caller prefers it', () => {
    expect(localeFrom(undefined)).toBe('id');
    expect(localeFrom('en-US,en;q=0.9')).toBe('en');
    expect(localeFrom('id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(localeFrom('fr, en;q=0.5')).toBe('en');
    expect(localeFrom('de')).toBe('id');
  });

  it('fills parameters, translating nested message keys', () => {
    expect(translate('en', 'organisation.invalidNip', { nip: '1', reason: '@nip.length' })).toBe(
      'NIP "1" is not valid: must be 18 digits',
    );
    expect(translate('id', 'auth.slowDown', { seconds: 4 })).toBe(
      'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 4 detik.',
    );
  });
});
