import { describe, expect, it } from 'vitest';
import { indexTree, pathTo, postState, unitSummary } from './tree';

const tree = [
  {
    id: 'kota',
    name: 'Pemerintah Kota Contoh',
    children: [
      {
        id: 'dinsos',
        name: 'Dinas Sosial',
        children: [
          {
            id: 'rehsos',
            name: 'Bidang Rehabilitasi Sosial',
            children: [{ id: 'anak', name: 'Seksi Rehabilitasi Sosial Anak', children: [] }],
          },
        ],
      },
      { id: 'pupr', name: 'Dinas PUPR' },
    ],
  },
];

describe('indexTree and pathTo', () => {
  const index = indexTree(tree);
  it('knows every unit with its parent and depth', () => {
    expect([...index.keys()]).toEqual(['kota', 'dinsos', 'rehsos', 'anak', 'pupr']);
    expect(index.get('anak')).toMatchObject({ parentId: 'rehsos', depth: 3 });
    expect(index.get('kota')).toMatchObject({ parentId: null, depth: 0 });
  });

  it('gives the path from the top to a unit, nothing for an unknown one', () => {
    expect(pathTo(index, 'anak').map((u) => u.id)).toEqual(['kota', 'dinsos', 'rehsos', 'anak']);
    expect(pathTo(index, 'pupr').map((u) => u.name)).toEqual([
      'Pemerintah Kota Contoh',
      'Dinas PUPR',
    ]);
    expect(pathTo(index, 'nope')).toEqual([]);
  });
});

describe('postState and unitSummary', () => {
  const head = {
    holders: [],
    actingAssignments: [{ startDate: '2026-09-01', endDate: '2026-12-31' }],
  };
  const staff = { holders: [{}], actingAssignments: [] };
  const vacant = { holders: [], actingAssignments: [] };
  const later = { holders: [], actingAssignments: [{ startDate: '2027-01-01', endDate: null }] };

  it('marks a post vacant and finds who acts in it today, not before or after their period', () => {
    expect(postState(head, '2026-11-24')).toEqual({
      vacant: true,
      actingNow: head.actingAssignments[0],
    });
    expect(postState(head, '2027-01-01').actingNow).toBeNull();
    expect(postState(later, '2026-11-24')).toEqual({ vacant: true, actingNow: null });
    expect(postState(later, '2027-03-01').actingNow).toEqual(later.actingAssignments[0]);
    expect(postState(staff, '2026-11-24')).toEqual({ vacant: false, actingNow: null });
  });

  it('counts posts, vacant ones and vacant ones acted in', () => {
    expect(unitSummary([head, staff, vacant, later], '2026-11-24')).toEqual({
      posts: 4,
      vacant: 3,
      acted: 1,
    });
    expect(unitSummary([], '2026-11-24')).toEqual({ posts: 0, vacant: 0, acted: 0 });
  });
});
