import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER,
  filterFromQuery,
  isDecidable,
  isFiltered,
  queryFromFilter,
  toApiFilter,
  type QueueFilter,
} from './queueFilter';

const PERSON = '0192f7a4-1c2b-7a3d-8e4f-5a6b7c8d9e0f';
const UNIT = '0192f7a4-1c2b-7a3d-8e4f-000000000001';

const FULL: QueueFilter = {
  employeeId: PERSON,
  unitId: UNIT,
  from: '2026-11-02',
  to: '2026-11-06',
  status: 'APPROVED',
  escalatedOnly: true,
};

describe('the filter in the URL', () => {
  it('reads every field back from the query it wrote', () => {
    const query = queryFromFilter(FULL);
    expect(query).toEqual({
      person: PERSON,
      unit: UNIT,
      from: '2026-11-02',
      to: '2026-11-06',
      status: 'APPROVED',
      escalated: '1',
    });
    expect(filterFromQuery(query as Record<string, string>)).toEqual(FULL);
  });

  it('writes nothing for the default filter', () => {
    expect(queryFromFilter(DEFAULT_FILTER)).toEqual({});
    expect(filterFromQuery({})).toEqual(DEFAULT_FILTER);
    expect(isFiltered(DEFAULT_FILTER)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTER, escalatedOnly: true })).toBe(true);
  });

  it('ignores what is malformed', () => {
    expect(
      filterFromQuery({
        person: 'robert',
        unit: '',
        from: '2026-13-01',
        to: '20-11-2026',
        status: 'DRAFT',
        escalated: 'yes',
      }),
    ).toEqual(DEFAULT_FILTER);
  });

  it('takes the first of repeated parameters', () => {
    expect(filterFromQuery({ from: ['2026-11-02', '2026-11-09'] }).from).toBe('2026-11-02');
  });
});

describe('the API filter', () => {
  it('sends what is set', () => {
    expect(toApiFilter(DEFAULT_FILTER)).toEqual({ status: 'SUBMITTED' });
    expect(toApiFilter(FULL)).toEqual({
      status: 'APPROVED',
      employeeId: PERSON,
      unitId: UNIT,
      from: '2026-11-02',
      to: '2026-11-06',
      escalatedOnly: true,
    });
  });

  it('leaves out person and unit for the people list', () => {
    expect(toApiFilter(FULL, ['employeeId', 'unitId'])).toEqual({
      status: 'APPROVED',
      from: '2026-11-02',
      to: '2026-11-06',
      escalatedOnly: true,
    });
  });
});

describe('what may be decided', () => {
  it('only waiting entries', () => {
    expect(isDecidable(DEFAULT_FILTER)).toBe(true);
    expect(isDecidable(FULL)).toBe(false);
  });
});
