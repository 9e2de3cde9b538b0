import { describe, expect, it } from 'vitest';
import { groupRows, visibleOrder } from './grouping';
import type { LeaveKind } from './leaveRequests';

const row = (id: string, person: string, kind: LeaveKind) => ({
  employee: { id: person, name: `Pegawai ${person}` },
  request: { id, kind },
});

// Oldest submission first, as the API answers.
const rows = [
  row('r1', 'budi', 'PERMIT_LATE'),
  row('r2', 'ani', 'ANNUAL'),
  row('r3', 'budi', 'WORK_FROM_HOME'),
  row('r4', 'ani', 'SICK'),
  row('r5', 'citra', 'PERMIT_EARLY'),
];

describe('groupRows', () => {
  it('by person: the person waiting longest first, each person’s requests oldest first', () => {
    const groups = groupRows(rows, 'person');
    expect(groups.map((g) => [g.key, g.employee?.name, g.rows.map((r) => r.request.id)])).toEqual([
      ['budi', 'Pegawai budi', ['r1', 'r3']],
      ['ani', 'Pegawai ani', ['r2', 'r4']],
      ['citra', 'Pegawai citra', ['r5']],
    ]);
  });

  it('by kind: leave, then permits, then official travel and WFH; empty groups left out', () => {
    const groups = groupRows(rows, 'kind');
    expect(groups.map((g) => [g.kindGroup, g.rows.map((r) => r.request.id)])).toEqual([
      ['leave', ['r2', 'r4']],
      ['permit', ['r1', 'r5']],
      ['work', ['r3']],
    ]);
    expect(groupRows([row('r9', 'ani', 'OFFICIAL_TRAVEL')], 'kind').map((g) => g.key)).toEqual([
      'work',
    ]);
  });

  it('lists the ids in the order the table shows them', () => {
    expect(visibleOrder(groupRows(rows, 'person'))).toEqual(['r1', 'r3', 'r2', 'r4', 'r5']);
    expect(visibleOrder(groupRows(rows, 'kind'))).toEqual(['r2', 'r4', 'r1', 'r5', 'r3']);
    expect(visibleOrder(groupRows([], 'person'))).toEqual([]);
  });
});
