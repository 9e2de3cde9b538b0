import { describe, expect, it } from 'vitest';
import { dayOff, hm, noRecord, request, workday } from './attendance.testing.js';
import type { DayFacts } from './attendance.types.js';
import { resolveDay, violationLevel } from './day-status.js';

/** The codes of a day's violations. */
function codes(facts: DayFacts): string[] {
  return resolveDay(facts).violations.map((v) => v.code);
}

describe('resolveDay — worked example 5 (a Friday, 07:30–16:30)', () => {
  it('in 07:52, out 15:10: late 22 (TL1) and early 80 (PSW3)', () => {
    expect(resolveDay(workday({ checkIn: hm('07:52'), checkOut: hm('15:10') }))).toEqual({
      date: '2025-01-03',
      status: 'LATE_AND_EARLY_LEAVE',
      lateMinutes: 22,
      earlyMinutes: 80,
      leaveKind: null,
      excused: { late: false, early: false, wholeDay: false },
      leaveHalves: 0,
      violations: [
        { code: 'TL1', minutes: 22, cause: 'late 22 min' },
        { code: 'PSW3', minutes: 80, cause: 'left 80 min early' },
      ],
    });
  });

  it('in 07:30, no check-out: PSW4', () => {
    const day = resolveDay(workday({ checkOut: null }));
    expect(day.status).toBe('MISSING_CHECK_OUT');
    expect(day.violations).toEqual([{ code: 'PSW4', minutes: null, cause: 'no check-out' }]);
  });

  it('no record, no request: TK', () => {
    const day = resolveDay(noRecord());
    expect(day.status).toBe('ABSENT');
    expect(day.violations).toEqual([{ code: 'TK', minutes: null, cause: 'absent without notice' }]);
  });

  it('an approved permit to arrive late, in 09:40: no violation, the minutes still shown', () => {
    const day = resolveDay(workday({ checkIn: hm('09:40'), leave: [request('PERMIT_LATE')] }));
    expect(day).toMatchObject({
      status: 'PRESENT',
      lateMinutes: 130,
      leaveKind: 'PERMIT_LATE',
      excused: { late: true, early: false, wholeDay: false },
      violations: [],
    });
  });
});

describe('resolveDay — levels at their boundaries', () => {
  it.each([
    [1, 'TL1'],
    [30, 'TL1'],
    [31, 'TL2'],
    [60, 'TL2'],
    [61, 'TL3'],
    [90, 'TL3'],
    [91, 'TL4'],
    [600, 'TL4'],
  ])('late %i min is %s', (minutes, code) => {
    const day = resolveDay(workday({ checkIn: hm('07:30') + minutes }));
    expect(day.status).toBe('LATE');
    expect(day.violations).toEqual([{ code, minutes, cause: `late ${minutes} min` }]);
  });

  it.each([
    [1, 'PSW1'],
    [30, 'PSW1'],
    [31, 'PSW2'],
    [60, 'PSW2'],
    [61, 'PSW3'],
    [90, 'PSW3'],
    [91, 'PSW4'],
  ])('early %i min is %s', (minutes, code) => {
    const day = resolveDay(workday({ checkOut: hm('16:30') - minutes }));
    expect(day.status).toBe('EARLY_LEAVE');
    expect(day.violations).toEqual([{ code, minutes, cause: `left ${minutes} min early` }]);
  });

  it('on time, early in or late out is PRESENT with no minutes', () => {
    for (const [checkIn, checkOut] of [
      ['07:30', '16:30'],
      ['06:55', '18:10'],
    ] as const) {
      expect(resolveDay(workday({ checkIn: hm(checkIn), checkOut: hm(checkOut) }))).toMatchObject({
        status: 'PRESENT',
        lateMinutes: 0,
        earlyMinutes: 0,
        violations: [],
      });
    }
  });

  it('reads no minutes as level 0', () => {
    expect(violationLevel(0)).toBe(0);
  });
});

describe('resolveDay — missing and invalid checks', () => {
  it('a check-out only: TL4 for the missing check-in, and the early minutes as usual', () => {
    const day = resolveDay(workday({ checkIn: null, checkOut: hm('16:00') }));
    expect(day.status).toBe('MISSING_CHECK_IN');
    expect(day.violations).toEqual([
      { code: 'TL4', minutes: null, cause: 'no check-in' },
      { code: 'PSW1', minutes: 30, cause: 'left 30 min early' },
    ]);
  });

  it('a late check-in and no check-out: TL by the minutes and PSW4', () => {
    expect(codes(workday({ checkIn: hm('08:10'), checkOut: null }))).toEqual(['TL2', 'PSW4']);
    expect(resolveDay(workday({ checkIn: hm('08:10'), checkOut: null })).status).toBe(
      'MISSING_CHECK_OUT',
    );
  });

  it('a check outside every allowed place counts as no check, but is a record (not TK)', () => {
    const day = resolveDay(workday({ checkIn: hm('07:20'), checkInValid: false }));
    expect(day).toMatchObject({ status: 'MISSING_CHECK_IN', lateMinutes: 0 });
    expect(day.violations).toEqual([
      { code: 'TL4', minutes: null, cause: 'check-in outside every allowed place' },
    ]);
    const both = resolveDay(workday({ checkInValid: false, checkOutValid: false }));
    expect(both.status).toBe('MISSING_BOTH');
    expect(both.violations.map((v) => v.cause)).toEqual([
      'check-in outside every allowed place',
      'check-out outside every allowed place',
    ]);
  });

  it('an accepted check (valid) counts as usual', () => {
    expect(codes(workday({ checkIn: hm('07:40'), checkInValid: true }))).toEqual(['TL1']);
  });
});

describe('resolveDay — requests', () => {
  it.each([
    ['ANNUAL', 'ON_LEAVE', 2],
    ['SICK', 'SICK', 2],
    ['IMPORTANT_REASONS', 'ON_LEAVE', 2],
    ['MATERNITY', 'ON_LEAVE', 2],
    ['BIG', 'ON_LEAVE', 2],
    ['UNPAID', 'ON_LEAVE', 2],
    ['OFFICIAL_TRAVEL', 'OFFICIAL_TRAVEL', 0],
  ] as const)('a whole day of %s is %s, excused, %i leave halves', (kind, status, halves) => {
    expect(resolveDay(noRecord({ leave: [request(kind)] }))).toMatchObject({
      status,
      leaveKind: kind,
      excused: { late: true, early: true, wholeDay: true },
      leaveHalves: halves,
      violations: [],
    });
  });

  it('a whole day of leave stays excused even with late checks on it', () => {
    const day = resolveDay(
      workday({ checkIn: hm('10:00'), checkOut: hm('11:00'), leave: [request('ANNUAL')] }),
    );
    expect(day).toMatchObject({ status: 'ON_LEAVE', lateMinutes: 150, violations: [] });
  });

  it('two half days make a whole day; only the leave half lowers the target', () => {
    const day = resolveDay(
      noRecord({ leave: [request('OFFICIAL_TRAVEL', true), request('ANNUAL', true)] }),
    );
    expect(day).toMatchObject({
      status: 'ON_LEAVE',
      leaveKind: 'ANNUAL',
      excused: { wholeDay: true },
      leaveHalves: 1,
    });
  });

  it('a permit to leave early excuses the PSW, even a missing check-out', () => {
    expect(
      resolveDay(workday({ checkOut: hm('14:00'), leave: [request('PERMIT_EARLY')] })),
    ).toMatchObject({ status: 'PRESENT', earlyMinutes: 150, excused: { early: true } });
    expect(
      resolveDay(
        workday({ checkIn: hm('07:45'), checkOut: null, leave: [request('PERMIT_EARLY')] }),
      ),
    ).toMatchObject({ status: 'LATE', violations: [{ code: 'TL1' }] });
  });

  it('a permit and no check at all: not TK, the part not excused counts', () => {
    const day = resolveDay(noRecord({ leave: [request('PERMIT_LATE')] }));
    expect(day.status).toBe('MISSING_CHECK_OUT');
    expect(day.violations.map((v) => v.code)).toEqual(['PSW4']);
  });

  it('work from home is judged on its checks', () => {
    const wfh = [request('WORK_FROM_HOME')];
    expect(resolveDay(workday({ leave: wfh }))).toMatchObject({
      status: 'WORK_FROM_HOME',
      violations: [],
    });
    expect(resolveDay(workday({ checkIn: hm('08:00'), leave: wfh }))).toMatchObject({
      status: 'LATE',
      leaveKind: 'WORK_FROM_HOME',
      leaveHalves: 0,
      violations: [{ code: 'TL1' }],
    });
    expect(resolveDay(noRecord({ leave: wfh }))).toMatchObject({
      status: 'MISSING_BOTH',
      violations: [{ code: 'TL4' }, { code: 'PSW4' }],
    });
  });

  it('a morning half day excuses the TL (a missing check-in too), not the PSW', () => {
    const morning = [request('ANNUAL', true, 'MORNING')];
    expect(resolveDay(workday({ checkIn: hm('12:45'), leave: morning }))).toMatchObject({
      status: 'ON_LEAVE',
      lateMinutes: 315,
      excused: { late: true, early: false, wholeDay: false },
      leaveHalves: 1,
      violations: [],
    });
    expect(codes(workday({ checkIn: null, checkOut: hm('16:00'), leave: morning }))).toEqual([
      'PSW1',
    ]);
    expect(
      resolveDay(workday({ checkIn: hm('13:00'), checkOut: null, leave: morning })),
    ).toMatchObject({ status: 'MISSING_CHECK_OUT', violations: [{ code: 'PSW4' }] });
  });

  it('an afternoon half day excuses the PSW, not the TL', () => {
    const afternoon = [request('SICK', true, 'AFTERNOON')];
    expect(
      resolveDay(workday({ checkIn: hm('07:50'), checkOut: hm('12:00'), leave: afternoon })),
    ).toMatchObject({
      status: 'LATE',
      leaveKind: 'SICK',
      excused: { late: false, early: true },
      violations: [{ code: 'TL1', minutes: 20 }],
    });
    expect(resolveDay(workday({ checkOut: null, leave: afternoon })).status).toBe('SICK');
  });

  it('a half day of official travel excuses like leave but lowers nothing', () => {
    const day = resolveDay(
      workday({ checkOut: hm('12:00'), leave: [request('OFFICIAL_TRAVEL', true, 'AFTERNOON')] }),
    );
    expect(day).toMatchObject({ status: 'OFFICIAL_TRAVEL', leaveHalves: 0, violations: [] });
  });

  it('a half day of unknown half excuses the heavier of TL and PSW (the TL on a tie)', () => {
    const half = [request('ANNUAL', true)];
    expect(resolveDay(workday({ checkOut: hm('12:00'), leave: half }))).toMatchObject({
      status: 'ON_LEAVE',
      excused: { late: false, early: true },
    });
    expect(
      resolveDay(workday({ checkIn: hm('08:00'), checkOut: hm('16:00'), leave: half })),
    ).toMatchObject({
      status: 'EARLY_LEAVE',
      excused: { late: true, early: false },
      violations: [{ code: 'PSW1' }],
    });
    expect(resolveDay(noRecord({ leave: [request('ANNUAL', true, null)] }))).toMatchObject({
      status: 'MISSING_CHECK_OUT',
      violations: [{ code: 'PSW4' }],
    });
  });

  it('a half day of unknown half beside a permit covers the other part', () => {
    for (const permit of ['PERMIT_LATE', 'PERMIT_EARLY'] as const) {
      expect(
        resolveDay(noRecord({ leave: [request(permit), request('ANNUAL', true)] })),
      ).toMatchObject({
        status: 'ON_LEAVE',
        leaveKind: 'ANNUAL',
        excused: { late: true, early: true, wholeDay: false },
        violations: [],
      });
    }
  });

  it('names the day after its weightiest request', () => {
    const kindOf = (...leave: Parameters<typeof request>[]) =>
      resolveDay(workday({ leave: leave.map((args) => request(...args)) })).leaveKind;
    expect(kindOf(['PERMIT_EARLY'], ['PERMIT_LATE'])).toBe('PERMIT_LATE');
    expect(kindOf(['PERMIT_LATE'], ['WORK_FROM_HOME'])).toBe('WORK_FROM_HOME');
    expect(kindOf(['WORK_FROM_HOME'], ['OFFICIAL_TRAVEL', true])).toBe('OFFICIAL_TRAVEL');
    expect(kindOf(['OFFICIAL_TRAVEL', true], ['SICK', true])).toBe('SICK');
    expect(kindOf(['SICK', true], ['OFFICIAL_TRAVEL'])).toBe('OFFICIAL_TRAVEL');
    expect(kindOf(['OFFICIAL_TRAVEL'], ['ANNUAL'])).toBe('ANNUAL');
    expect(kindOf(['ANNUAL'], ['BIG'])).toBe('ANNUAL');
    expect(resolveDay(workday({ leave: [request('PERMIT_EARLY')] })).status).toBe('PRESENT');
  });
});

describe('resolveDay — days off and bad facts', () => {
  it.each(['WEEKEND', 'HOLIDAY', 'COLLECTIVE_LEAVE'] as const)(
    'a %s has that status and nothing else, whatever its checks and requests',
    (kind) => {
      const facts = { ...dayOff(kind), checkIn: hm('09:00'), leave: [request('ANNUAL')] };
      expect(resolveDay(facts)).toEqual({
        date: '2025-01-04',
        status: kind,
        lateMinutes: 0,
        earlyMinutes: 0,
        leaveKind: null,
        excused: { late: false, early: false, wholeDay: false },
        leaveHalves: 0,
        violations: [],
      });
    },
  );

  it('refuses a working day without hours, or with impossible minutes', () => {
    expect(() => resolveDay(workday({ scheduledStart: null }))).toThrow(RangeError);
    expect(() => resolveDay(workday({ scheduledEnd: hm('07:30') }))).toThrow(RangeError);
    expect(() => resolveDay(workday({ checkIn: 7.5 }))).toThrow(RangeError);
    expect(() => resolveDay(workday({ checkOut: -1 }))).toThrow(RangeError);
  });
});
