import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type SortState } from './sorting';

interface Row {
  name: string;
  rank: number | null;
  mean: number | null;
}

const rows: Row[] = [
  { name: 'Dinas Sosial', rank: 3, mean: 58.2 },
  { name: 'Badan Kepegawaian', rank: 1, mean: 91 },
  { name: 'dinas kesehatan', rank: null, mean: null },
  { name: 'Inspektorat', rank: 2, mean: 84.5 },
  { name: 'Kecamatan 2', rank: 2, mean: 84.5 },
  { name: 'Kecamatan 10', rank: 5, mean: 40 },
];
const value = (r: Row, key: 'name' | 'rank' | 'mean') => r[key];
const names = (sort: SortState<'name' | 'rank' | 'mean'>) =>
  sortRows(rows, sort, value).map((r) => r.name);

describe('sortRows', () => {
  it('sorts figures either way, rows without a figure last both times', () => {
    expect(names({ key: 'mean', direction: 'descending' })).toEqual([
      'Badan Kepegawaian',
      'Inspektorat',
      'Kecamatan 2',
      'Dinas Sosial',
      'Kecamatan 10',
      'dinas kesehatan',
    ]);
    expect(names({ key: 'mean', direction: 'ascending' })).toEqual([
      'Kecamatan 10',
      'Dinas Sosial',
      'Inspektorat',
      'Kecamatan 2',
      'Badan Kepegawaian',
      'dinas kesehatan',
    ]);
  });

  it('keeps the given order between equal figures (ties are stable)', () => {
    const tied = names({ key: 'rank', direction: 'ascending' });
    expect(tied.indexOf('Inspektorat')).toBeLessThan(tied.indexOf('Kecamatan 2'));
    const reversed = names({ key: 'rank', direction: 'descending' });
    expect(reversed.indexOf('Inspektorat')).toBeLessThan(reversed.indexOf('Kecamatan 2'));
  });

  it('sorts names ignoring case, with numbers in their natural order', () => {
    expect(names({ key: 'name', direction: 'ascending' })).toEqual([
      'Badan Kepegawaian',
      'dinas kesehatan',
      'Dinas Sosial',
      'Inspektorat',
      'Kecamatan 2',
      'Kecamatan 10',
    ]);
  });

  it('does not change the rows it is given', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, { key: 'mean', direction: 'ascending' }, value);
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('turns the sorted column around and starts another in its own direction', () => {
    const byRank: SortState = { key: 'rank', direction: 'ascending' };
    expect(nextSort(byRank, 'rank', 'ascending')).toEqual({ key: 'rank', direction: 'descending' });
    expect(nextSort({ key: 'rank', direction: 'descending' }, 'rank', 'ascending')).toEqual(byRank);
    expect(nextSort(byRank, 'mean', 'descending')).toEqual({
      key: 'mean',
      direction: 'descending',
    });
  });
});
