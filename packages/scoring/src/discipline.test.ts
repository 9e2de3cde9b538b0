import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hm, noRecord, request, workday } from './attendance.testing.js';
import type { DayFacts, DayLeave, LeaveKind } from './attendance.types.js';
import { resolveDay } from './day-status.js';
import {
  DEFAULT_DEDUCTIONS,
  PERMENTAN_68_2012,
  disciplineOf,
  type DeductionTable,
} from './discipline.js';
import { rupiahShare } from './rounding.js';

/** n working days of the month, each on time unless replaced. */
function month(n: number, special: DayFacts[] = []): DayFacts[] {
  const onTime = Array.from({ length: n - special.length }, (_, i) =>
    workday({ date: `2025-01-${String(i + 1).padStart(2, '0')}` }),
  );
  return [...special, ...onTime];
}

function disciplineOfFacts(facts: DayFacts[], table?: DeductionTable): number {
  return disciplineOf(facts.map(resolveDay), table).discipline;
}

describe('disciplineOf — worked examples', () => {
  it('example 1: TL1 twice, TL3 once, PSW2 once → 3.25 → 96.75, disciplinePart 1,517,413', () => {
    const result = disciplineOf(
      month(21, [
        workday({ date: '2025-01-06', checkIn: hm('07:35') }),
        workday({ date: '2025-01-07', checkIn: hm('08:00') }),
        workday({ date: '2025-01-08', checkIn: hm('08:45') }),
        workday({ date: '2025-01-09', checkOut: hm('15:40') }),
      ]).map(resolveDay),
    );
    expect(result.deductions).toEqual([
      { date: '2025-01-06', code: 'TL1', percent: 50, cause: 'late 5 min' },
      { date: '2025-01-07', code: 'TL1', percent: 50, cause: 'late 30 min' },
      { date: '2025-01-08', code: 'TL3', percent: 125, cause: 'late 75 min' },
      { date: '2025-01-09', code: 'PSW2', percent: 100, cause: 'left 50 min early' },
    ]);
    expect(result.totalDeduction).toBe(325);
    expect(result.discipline).toBe(9675);
    expect(rupiahShare(3_920_964, 40, result.discipline)).toBe(1_517_413);
  });

  it('example 2: 2 days of annual leave and 1 day TK → 95.00, disciplinePart 1,489,966', () => {
    const result = disciplineOf(
      month(21, [
        noRecord({ date: '2025-01-06', leave: [request('ANNUAL')] }),
        noRecord({ date: '2025-01-07', leave: [request('ANNUAL')] }),
        noRecord({ date: '2025-01-08' }),
      ]).map(resolveDay),
    );
    expect(result.deductions).toEqual([
      { date: '2025-01-08', code: 'TK', percent: 500, cause: 'absent without notice' },
    ]);
    expect(result.discipline).toBe(9500);
    expect(rupiahShare(3_920_964, 40, result.discipline)).toBe(1_489_966);
  });

  it.each([
    ['in 07:52, out 15:10', 175, 200, workday({ checkIn: hm('07:52'), checkOut: hm('15:10') })],
    ['in 07:30, no check-out', 150, 200, workday({ checkOut: null })],
    ['no record, no request', 500, 400, noRecord()],
    [
      'permit to arrive late, in 09:40',
      0,
      0,
      workday({ checkIn: hm('09:40'), leave: [request('PERMIT_LATE')] }),
    ],
  ])('example 5, %s: deducts %i (Permentan 68/2012: %i)', (_, byDefault, byPermentan, facts) => {
    expect(disciplineOf([resolveDay(facts)]).totalDeduction).toBe(byDefault);
    expect(disciplineOf([resolveDay(facts)], PERMENTAN_68_2012).totalDeduction).toBe(byPermentan);
  });
});

describe('disciplineOf — bounds and tables', () => {
  it('never goes below 0', () => {
    const result = disciplineOf(
      month(
        21,
        Array.from({ length: 21 }, () => noRecord()),
      ).map(resolveDay),
    );
    expect(result.totalDeduction).toBe(10_500);
    expect(result.discipline).toBe(0);
  });

  it('is 100.00 for a month with nothing to deduct', () => {
    expect(disciplineOf([])).toEqual({ deductions: [], totalDeduction: 0, discipline: 10_000 });
  });

  it('refuses a table with a negative or fractional deduction', () => {
    const days = [resolveDay(noRecord())];
    expect(() => disciplineOf(days, { ...DEFAULT_DEDUCTIONS, TK: -1 })).toThrow(RangeError);
    expect(() => disciplineOf(days, { ...DEFAULT_DEDUCTIONS, TL1: 0.5 })).toThrow(RangeError);
  });

  it('keeps the presets frozen', () => {
    expect(Object.isFrozen(DEFAULT_DEDUCTIONS)).toBe(true);
    expect(Object.isFrozen(PERMENTAN_68_2012)).toBe(true);
  });
});

const KINDS: LeaveKind[] = [
  'ANNUAL',
  'SICK',
  'IMPORTANT_REASONS',
  'MATERNITY',
  'BIG',
  'UNPAID',
  'PERMIT_LATE',
  'PERMIT_EARLY',
  'OFFICIAL_TRAVEL',
  'WORK_FROM_HOME',
];
const arbRequest: fc.Arbitrary<DayLeave> = fc
  .tuple(
    fc.constantFrom(...KINDS),
    fc.boolean(),
    fc.constantFrom(undefined, null, 'MORNING' as const, 'AFTERNOON' as const),
  )
  .map(([kind, halfDay, half]) => request(kind, halfDay, half));
const arbCheck = fc.option(fc.integer({ min: hm('05:00'), max: hm('20:00') }), { freq: 4 });
const arbDay: fc.Arbitrary<DayFacts> = fc
  .record({
    dayKind: fc.constantFrom(
      'WORKDAY',
      'WORKDAY',
      'WORKDAY',
      'WEEKEND',
      'HOLIDAY',
      'COLLECTIVE_LEAVE',
    ),
    checkIn: arbCheck,
    checkOut: arbCheck,
    checkInValid: fc.constantFrom(true, true, true, false),
    checkOutValid: fc.constantFrom(true, true, true, false),
    leave: fc.array(arbRequest, { maxLength: 3 }),
  })
  .map(({ dayKind, ...rest }) =>
    dayKind === 'WORKDAY'
      ? workday(rest)
      : { ...workday(rest), dayKind, scheduledStart: null, scheduledEnd: null, netMinutes: 0 },
  );
const arbMonth = fc.array(arbDay, { maxLength: 31 });
const arbTable = fc.constantFrom(DEFAULT_DEDUCTIONS, PERMENTAN_68_2012);

describe('disciplineOf — properties', () => {
  it('stays within 0..100.00 and its deductions sum exactly to the total', () => {
    fc.assert(
      fc.property(arbMonth, arbTable, (facts, table) => {
        const result = disciplineOf(facts.map(resolveDay), table);
        expect(result.discipline).toBeGreaterThanOrEqual(0);
        expect(result.discipline).toBeLessThanOrEqual(10_000);
        expect(result.deductions.reduce((s, d) => s + d.percent, 0)).toBe(result.totalDeduction);
        expect(result.discipline).toBe(Math.max(0, 10_000 - result.totalDeduction));
      }),
    );
  });

  it('one more day never raises it', () => {
    fc.assert(
      fc.property(arbMonth, arbDay, arbTable, (facts, extra, table) => {
        expect(disciplineOfFacts([...facts, extra], table)).toBeLessThanOrEqual(
          disciplineOfFacts(facts, table),
        );
      }),
    );
  });

  it('arriving later or leaving earlier never raises it', () => {
    fc.assert(
      fc.property(
        arbMonth,
        arbDay,
        fc.nat({ max: 200 }),
        fc.nat({ max: 200 }),
        arbTable,
        (facts, day, later, earlier, table) => {
          const worse = {
            ...day,
            checkIn: day.checkIn === null ? null : day.checkIn + later,
            checkOut: day.checkOut === null ? null : Math.max(0, day.checkOut - earlier),
          };
          expect(disciplineOfFacts([...facts, worse], table)).toBeLessThanOrEqual(
            disciplineOfFacts([...facts, day], table),
          );
        },
      ),
    );
  });

  it('an approved request (leave, travel, permit, work from home) never lowers it', () => {
    fc.assert(
      fc.property(arbMonth, arbDay, arbRequest, arbTable, (facts, day, added, table) => {
        const excused = { ...day, leave: [...day.leave, added] };
        expect(disciplineOfFacts([...facts, excused], table)).toBeGreaterThanOrEqual(
          disciplineOfFacts([...facts, day], table),
        );
      }),
    );
  });

  it('a whole day of approved leave in place of a day never lowers it', () => {
    fc.assert(
      fc.property(arbMonth, fc.nat(), fc.constantFrom(...KINDS.slice(0, 6)), (facts, i, kind) => {
        fc.pre(facts.length > 0);
        const at = i % facts.length;
        const replaced = facts.map((d, j) => (j === at ? noRecord({ leave: [request(kind)] }) : d));
        expect(disciplineOfFacts(replaced)).toBeGreaterThanOrEqual(disciplineOfFacts(facts));
      }),
    );
  });
});
