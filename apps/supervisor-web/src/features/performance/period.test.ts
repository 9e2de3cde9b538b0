import { describe, expect, it } from 'vitest';
import { addMonths, formatMonth, isMonth, monthIn, monthRange } from './period';

describe('months', () => {
  it('reads only YYYY-MM', () => {
    expect(['2026-11', '2026-01'].every(isMonth)).toBe(true);
    expect(['2026-13', '2026-1', '2026-11-01', 202611, null].some(isMonth)).toBe(false);
  });

  it('takes this month in the agency’s zone, not the device’s', () => {
    // 30 November 2026, 18:30 UTC is already 1 December in Jakarta (UTC+7).
    const now = new Date('2026-11-30T18:30:00Z');
    expect(monthIn('Asia/Jakarta', now)).toBe('2026-12');
    expect(monthIn('UTC', now)).toBe('2026-11');
  });

  it('steps across years and knows the last day', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('names the month in the UI language', () => {
    expect(formatMonth('2026-11', 'id')).toBe('November 2026');
    expect(formatMonth('2026-08', 'id')).toBe('Agustus 2026');
    expect(formatMonth('2026-08', 'en')).toBe('August 2026');
  });
});
