import { describe, expect, it } from 'vitest';
import { changedFirst, dataRows, valueText } from './auditData';

const words = { yes: 'ya', no: 'tidak', none: '—' };

describe('valueText', () => {
  it('writes values as text', () => {
    expect(valueText(null, words)).toBe('—');
    expect(valueText('', words)).toBe('—');
    expect(valueText(true, words)).toBe('ya');
    expect(valueText(60, words)).toBe('60');
    expect(valueText(['rakor', 'rapat'], words)).toBe('rakor, rapat');
    expect(valueText([], words)).toBe('—');
    expect(valueText({ a: 1 }, words)).toBe('{"a":1}');
    expect(valueText([{ a: 1 }], words)).toBe('[{"a":1}]');
  });
});

describe('dataRows', () => {
  it('compares before and after field by field, marking what changed', () => {
    const rows = dataRows(
      {
        before: { name: 'Rapat', standardMinutes: 60, keywords: ['rapat'], status: 'PROPOSED' },
        after: { name: 'Rapat', standardMinutes: 45, keywords: ['rapat', 'rakor'] },
      },
      words,
    );
    expect(rows).toEqual([
      { kind: 'change', key: 'name', before: 'Rapat', after: 'Rapat', changed: false },
      { kind: 'change', key: 'standardMinutes', before: '60', after: '45', changed: true },
      { kind: 'change', key: 'keywords', before: 'rapat', after: 'rapat, rakor', changed: true },
      { kind: 'change', key: 'status', before: 'PROPOSED', after: '—', changed: true },
    ]);
    expect(changedFirst(rows).map((r) => r.key)).toEqual([
      'standardMinutes',
      'keywords',
      'status',
      'name',
    ]);
  });

  it('reads a decision as a status change with its other fields', () => {
    expect(
      dataRows({ from: 'PROPOSED', to: 'REJECTED', reason: 'Sudah ada butir serupa' }, words),
    ).toEqual([
      { kind: 'change', key: 'status', before: 'PROPOSED', after: 'REJECTED', changed: true },
      { kind: 'value', key: 'reason', value: 'Sudah ada butir serupa' },
    ]);
  });

  it('lists plain fields, and nothing for no data', () => {
    expect(dataRows({ ip: '127.0.0.1', passwordChanged: false }, words)).toEqual([
      { kind: 'value', key: 'ip', value: '127.0.0.1' },
      { kind: 'value', key: 'passwordChanged', value: 'tidak' },
    ]);
    expect(dataRows({ before: 'x' }, words)).toEqual([
      { kind: 'value', key: 'before', value: 'x' },
    ]);
    expect(dataRows(null, words)).toEqual([]);
    expect(dataRows([1, 2], words)).toEqual([]);
  });
});
