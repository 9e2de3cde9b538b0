import { describe, expect, it } from 'vitest';
import { filterUnits, flattenUnits, type UnitNode } from './units';

const tree: UnitNode[] = [
  {
    id: 'kota',
    name: 'Pemerintah Kota Contoh',
    code: 'KOTA',
    children: [
      {
        id: 'disdik',
        name: 'Dinas Pendidikan',
        code: 'DISDIK',
        children: [
          { id: 'sd1', name: 'SD Negeri 1 Contoh', code: 'DISDIK.04', children: [] },
          { id: 'smp1', name: 'SMP Negeri 1 Contoh', code: 'DISDIK.05' },
        ],
      },
      { id: 'dinsos', name: 'Dinas Sosial', code: 'DINSOS', children: [] },
    ],
  },
];

describe('flattenUnits', () => {
  it('lists every unit in tree order with its depth and path', () => {
    expect(flattenUnits(tree).map((u) => [u.id, u.depth, u.path])).toEqual([
      ['kota', 0, 'Pemerintah Kota Contoh'],
      ['disdik', 1, 'Pemerintah Kota Contoh › Dinas Pendidikan'],
      ['sd1', 2, 'Pemerintah Kota Contoh › Dinas Pendidikan › SD Negeri 1 Contoh'],
      ['smp1', 2, 'Pemerintah Kota Contoh › Dinas Pendidikan › SMP Negeri 1 Contoh'],
      ['dinsos', 1, 'Pemerintah Kota Contoh › Dinas Sosial'],
    ]);
  });

  it('can leave the agency out, its departments becoming the top', () => {
    expect(flattenUnits(tree, true).map((u) => [u.id, u.depth, u.path])).toEqual([
      ['disdik', 0, 'Dinas Pendidikan'],
      ['sd1', 1, 'Dinas Pendidikan › SD Negeri 1 Contoh'],
      ['smp1', 1, 'Dinas Pendidikan › SMP Negeri 1 Contoh'],
      ['dinsos', 0, 'Dinas Sosial'],
    ]);
  });
});

describe('filterUnits', () => {
  const units = flattenUnits(tree, true);
  it('matches every word anywhere in the path or the code, in any case', () => {
    expect(filterUnits(units, 'contoh PENDIDIKAN').map((u) => u.id)).toEqual(['sd1', 'smp1']);
    expect(filterUnits(units, 'disdik.05').map((u) => u.id)).toEqual(['smp1']);
    expect(filterUnits(units, '  ').map((u) => u.id)).toHaveLength(4);
    expect(filterUnits(units, 'kesehatan')).toEqual([]);
  });
});
