import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInteger, formatPercent, formatRupiah } from '@kinerja/web-common';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('report card figures', () => {
  it('writes rupiah whole, the Indonesian way, in any UI language', () => {
    expect(plain(formatRupiah(3_869_991))).toBe('Rp 3.869.991');
    expect(plain(formatRupiah(0))).toBe('Rp 0');
    expect(plain(formatRupiah(20_000_000))).toBe('Rp 20.000.000');
  });

  it('writes percentages with two decimals in the UI language', () => {
    expect(formatPercent(96.75, 'id')).toBe('96,75%');
    expect(formatPercent(96.75, 'en')).toBe('96.75%');
    expect(formatPercent(100, 'id')).toBe('100,00%');
    expect(formatPercent(84.2105, 'en')).toBe('84.21%');
    expect(formatPercent(null, 'id')).toBe('—');
  });

  it('groups whole numbers by the UI language', () => {
    expect(formatInteger(6900, 'id')).toBe('6.900');
    expect(formatInteger(6900, 'en')).toBe('6,900');
  });
});

describe('percentile', () => {
  it('has two decimals and no unit', () => {
    expect(formatDecimal(62.5, 'id')).toBe('62,50');
    expect(formatDecimal(62.5, 'en')).toBe('62.50');
    expect(formatDecimal(null, 'en')).toBe('—');
  });
});
