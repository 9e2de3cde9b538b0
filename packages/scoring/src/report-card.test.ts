import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hm, noRecord, request, workday } from './attendance.testing.js';
import type { DayFacts } from './attendance.types.js';
import { resolveDay } from './day-status.js';
import {
  DEFAULT_REPORT_POLICY,
  monthlyReportCard,
  type ReportCard,
  type ReportEntry,
  type ReportInput,
  type ReportPolicy,
} from './report-card.js';

const BASE = 3_920_964; // job class 7

/** The n first dates of January 2025, read as the month's working days. */
function dates(n: number, from = 1): string[] {
  return Array.from({ length: n }, (_, i) => `2025-01-${String(from + i).padStart(2, '0')}`);
}

/** `total` minutes of one category spread over `on` (one entry a day, remainder first). */
function spread(
  total: number,
  on: string[],
  category: ReportEntry['category'] = 'MAIN',
  status: ReportEntry['status'] = 'APPROVED',
): ReportEntry[] {
  const each = Math.floor(total / on.length);
  const rest = total % on.length;
  return on.map((date, i) => ({
    id: `${category[0]}${status[0]}-${date}`,
    date,
    category,
    creditedMinutes: each + (i < rest ? 1 : 0),
    status,
    itemName: category === 'MAIN' ? 'Menyusun laporan' : 'Rapat koordinasi',
  }));
}

function entry(date: string, minutes: number, overrides: Partial<ReportEntry> = {}): ReportEntry {
  return {
    id: `e-${date}-${minutes}`,
    date,
    category: 'MAIN',
    creditedMinutes: minutes,
    status: 'APPROVED',
    itemName: 'Menyusun laporan',
    ...overrides,
  };
}

/** The month's working days on time, except the facts given for some of them. */
function month(workingDays: string[], special: DayFacts[] = []): DayFacts[] {
  const byDate = new Map(special.map((f) => [f.date, f]));
  return workingDays.map((date) => byDate.get(date) ?? workday({ date }));
}

function card(
  overrides: Partial<Omit<ReportInput, 'policy' | 'days'>> & {
    facts?: DayFacts[];
    policy?: Partial<ReportPolicy>;
  } = {},
): ReportCard {
  const { facts, policy, ...rest } = overrides;
  const workingDays = rest.workingDays ?? dates(21);
  return monthlyReportCard({
    period: '2025-01',
    workingDays,
    employedDays: null,
    entries: [],
    days: (facts ?? month(workingDays)).map(resolveDay),
    iki: null,
    skpScore: null,
    behaviour: null,
    peerStanding: null,
    sanctionActive: false,
    receivesTpp: true,
    ...rest,
    policy: { ...DEFAULT_REPORT_POLICY, tppBase: BASE, ...policy },
  });
}

function line(c: ReportCard, key: string) {
  const found = c.explanation.filter((l) => l.key === key);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Example 1's month: 21 days, main 6,900 + additional 600; TL1 ×2, TL3, PSW2. */
const example1 = {
  entries: [...spread(6900, dates(21)), ...spread(600, dates(21), 'ADDITIONAL')],
  facts: month(dates(21), [
    workday({ date: '2025-01-06', checkIn: hm('07:35') }),
    workday({ date: '2025-01-07', checkIn: hm('08:00') }),
    workday({ date: '2025-01-08', checkIn: hm('08:45') }),
    workday({ date: '2025-01-09', checkOut: hm('15:40') }),
  ]),
};

/** Example 2's month: 2 days of annual leave, 1 TK, main 5,600 on the other 18 days. */
const example2 = {
  entries: spread(5600, dates(18, 4)),
  facts: month(dates(21), [
    noRecord({ date: '2025-01-01', leave: [request('ANNUAL')] }),
    noRecord({ date: '2025-01-02', leave: [request('ANNUAL')] }),
    noRecord({ date: '2025-01-03' }),
  ]),
};

describe('monthlyReportCard — worked examples (rules.md)', () => {
  it.each([
    {
      name: '1: achievement 100.00, discipline 96.75 → 3,869,991',
      input: example1,
      expected: {
        targetMinutes: 7350,
        excusedMinutes: 0,
        approvedMainMinutes: 6900,
        approvedAdditionalMinutes: 600,
        countedAdditionalMinutes: 600,
        achievement: 10_000,
        discipline: 9675,
        tpp: {
          performancePart: 2_352_578,
          disciplinePart: 1_517_413,
          otherCuts: 0,
          total: 3_869_991,
        },
      },
    },
    {
      name: '2: target 6,650, achievement 84.21, discipline 95.00 → 3,471,072',
      input: example2,
      expected: {
        targetMinutes: 6650,
        excusedMinutes: 700,
        approvedMainMinutes: 5600,
        approvedAdditionalMinutes: 0,
        countedAdditionalMinutes: 0,
        achievement: 8421,
        discipline: 9500,
        tpp: {
          performancePart: 1_981_106,
          disciplinePart: 1_489_966,
          otherCuts: 0,
          total: 3_471_072,
        },
      },
    },
    {
      name: '3: as 1 with a 25 % sanction → otherCuts 967,498, total 2,902,493',
      input: { ...example1, sanctionActive: true },
      expected: {
        targetMinutes: 7350,
        excusedMinutes: 0,
        approvedMainMinutes: 6900,
        approvedAdditionalMinutes: 600,
        countedAdditionalMinutes: 600,
        achievement: 10_000,
        discipline: 9675,
        tpp: {
          performancePart: 2_352_578,
          disciplinePart: 1_517_413,
          otherCuts: 967_498,
          total: 2_902_493,
        },
      },
    },
    {
      name: '4: 20 days, main 5,000 + additional 2,500 → counted 1,750 → 96.43',
      input: {
        workingDays: dates(20),
        facts: month(dates(20)),
        entries: [...spread(5000, dates(20)), ...spread(2500, dates(20), 'ADDITIONAL')],
      },
      expected: {
        targetMinutes: 7000,
        excusedMinutes: 0,
        approvedMainMinutes: 5000,
        approvedAdditionalMinutes: 2500,
        countedAdditionalMinutes: 1750,
        achievement: 9643,
        discipline: 10_000,
        tpp: {
          performancePart: 2_268_591,
          disciplinePart: 1_568_386,
          otherCuts: 0,
          total: 3_836_977,
        },
      },
    },
  ])('example $name', ({ input, expected }) => {
    const c = card(input);
    const { discipline, tpp, ...minutes } = expected;
    expect(c).toMatchObject(minutes);
    expect(c.discipline.discipline).toBe(discipline);
    expect(c.tpp).toMatchObject({ base: BASE, proratedBase: BASE, ...tpp });
    expect(c.tpp.performancePart + c.tpp.disciplinePart - c.tpp.otherCuts).toBe(c.tpp.total);
  });

  it('example 3 lists the sanction as a cut line', () => {
    const c = card({ ...example1, sanctionActive: true });
    expect(c.tpp.otherCutLines).toEqual([
      { cause: 'disciplinary sanction', percent: 2500, amount: 967_498 },
    ]);
    expect(line(c, 'tpp.cut.sanction').text).toBe('disciplinary sanction: 25.00%, Rp 967,498');
  });

  it('example 1 explains every figure with its sources', () => {
    const c = card(example1);
    const main = line(c, 'minutes.main');
    expect(main.text).toBe('approved main minutes 6,900 from 21 entries');
    expect(main.value).toBe(6900);
    expect(main.sources).toHaveLength(21);
    expect(main.sources[0]).toBe('MA-2025-01-01');
    expect(line(c, 'target.gross').text).toBe(
      '21 working days × daily minimum 350 = 7,350 minutes',
    );
    expect(line(c, 'target.gross').sources).toEqual(dates(21));
    expect(line(c, 'achievement').text).toBe(
      'achievement 100.00% = min(100, (6,900 + 600) ÷ 7,350 × 100)',
    );
    expect(line(c, 'discipline').text).toBe(
      'discipline 96.75% = max(0, 100 − 3.25%) from 4 violations',
    );
    expect(line(c, 'discipline').sources).toEqual([
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-01-09',
    ]);
    expect(
      c.explanation.filter((l) => l.key === 'discipline.deduction').map((l) => l.text),
    ).toEqual([
      'TL1 on 2025-01-06 (late 5 min): −0.50%',
      'TL1 on 2025-01-07 (late 30 min): −0.50%',
      'TL3 on 2025-01-08 (late 75 min): −1.25%',
      'PSW2 on 2025-01-09 (left 50 min early): −1.00%',
    ]);
    expect(line(c, 'tpp.performancePart').text).toBe(
      'performance part Rp 2,352,578 = Rp 3,920,964 × 60% × 100.00%',
    );
    expect(line(c, 'tpp.total').text).toBe('TPP Rp 3,869,991 = Rp 2,352,578 + Rp 1,517,413 − Rp 0');
    expect(c.explanation.some((l) => l.key === 'tpp.proratedBase')).toBe(false);
    expect(c.explanation.some((l) => l.key === 'minutes.aboveDailyCap')).toBe(false);
  });

  it('example 2 names the leave days and the days without minutes', () => {
    const c = card(example2);
    expect(line(c, 'target.excused')).toEqual({
      key: 'target.excused',
      text: 'excused time 700 minutes for 2 days of leave',
      value: 700,
      sources: ['2025-01-01', '2025-01-02'],
    });
    // 5,600 over 18 days is 311 a day: every day but the two of leave is under 350.
    expect(c.daysUnderMinimum).toEqual(dates(19, 3));
    expect(c.workResultRating).toBe('AS_EXPECTED');
  });

  it.each([
    [10_500, 8500, 'AS_EXPECTED', 'AS_EXPECTED', 'BAIK'],
    [11_200, 9100, 'ABOVE', 'ABOVE', 'SANGAT_BAIK'],
    [7000, 7500, 'BELOW', 'AS_EXPECTED', 'BUTUH_PERBAIKAN'],
  ] as const)('example 6: IKI %i, behaviour %i → %s, %s → %s', (iki, behaviour, w, b, p) => {
    const c = card({ iki: { score: iki, indicators: 3 }, behaviour: { score: behaviour } });
    expect([c.workResultRating, c.behaviourRating, c.predicate]).toEqual([w, b, p]);
    expect([c.iki, c.behaviour]).toEqual([iki, behaviour]);
  });
});

describe('monthlyReportCard — minutes and target', () => {
  it('caps each day at the daily cap, main minutes first', () => {
    const c = card({
      entries: [
        entry('2025-01-01', 400),
        entry('2025-01-01', 100, { id: 'a1', category: 'ADDITIONAL' }),
        entry('2025-01-02', 500),
        entry('2025-01-02', 30, { id: 'a2', category: 'ADDITIONAL' }),
        entry('2025-01-03', 450),
        entry('2025-01-04', 200, { id: 'a4', category: 'ADDITIONAL' }),
      ],
    });
    expect(c.approvedMainMinutes).toBe(400 + 450 + 450);
    expect(c.approvedAdditionalMinutes).toBe(50 + 0 + 200);
    expect(c.minutesAboveDailyCap).toBe(50 + 80);
    expect(c.daysAboveDailyCap).toEqual(['2025-01-01', '2025-01-02']);
    expect(line(c, 'minutes.aboveDailyCap')).toMatchObject({
      text: '130 approved minutes above the daily cap of 450 on 2 days not credited (main minutes credited first)',
      sources: ['2025-01-01', '2025-01-02'],
    });
    expect(line(c, 'minutes.additional').text).toBe(
      'approved additional minutes 250 from 3 entries',
    );
  });

  it('counts only approved entries and lists rejected ones as negative activities', () => {
    const c = card({
      entries: [
        entry('2025-01-01', 300, { id: 'ok' }),
        entry('2025-01-01', 60, { id: 'no1', status: 'REJECTED' }),
        entry('2025-01-02', 90, { id: 'no2', status: 'REJECTED', category: 'ADDITIONAL' }),
        entry('2025-01-02', 200, { id: 's', status: 'SUBMITTED' }),
        entry('2025-01-02', 200, { id: 'd', status: 'DRAFT' }),
        entry('2025-01-02', 200, { id: 'r', status: 'RETURNED' }),
      ],
    });
    expect(c.approvedMainMinutes).toBe(300);
    expect(c.negativeActivities).toEqual({ count: 2, minutes: 150, entryIds: ['no1', 'no2'] });
    expect(line(c, 'negativeActivities').text).toBe(
      '2 rejected entries, 150 minutes (no deduction)',
    );
    expect(line(c, 'minutes.main').text).toBe('approved main minutes 300 from 1 entry');
    expect(card({ entries: [entry('2025-01-01', 5, { status: 'REJECTED' })] })).toMatchObject({
      negativeActivities: { count: 1, minutes: 5 },
    });
  });

  it('gives achievement 100 and no flag for a whole month on leave (target 0)', () => {
    const wd = dates(21);
    const c = card({
      facts: wd.map((date) => noRecord({ date, leave: [request('ANNUAL')] })),
      entries: [entry('2025-01-02', 120, { category: 'ADDITIONAL' })],
    });
    expect(c).toMatchObject({
      targetMinutes: 0,
      excusedMinutes: 7350,
      achievement: 10_000,
      countedAdditionalMinutes: 0,
      daysUnderMinimum: [],
      discipline: { discipline: 10_000 },
    });
    expect(line(c, 'achievement').text).toBe(
      'achievement 100.00% (target 0: the whole month excused)',
    );
    expect(c.tpp.total).toBe(BASE);
    expect(
      line(
        card({
          facts: month(dates(21), [
            noRecord({ date: '2025-01-01', leave: [request('ANNUAL', true)] }),
          ]),
        }),
        'target.excused',
      ).text,
    ).toBe('excused time 175 minutes for 0.5 days of leave');
  });

  it('flags working days under the minimum, halved on a half day of leave', () => {
    const wd = dates(5);
    const c = card({
      workingDays: wd,
      facts: [
        workday({ date: '2025-01-01' }),
        workday({ date: '2025-01-02', leave: [request('ANNUAL', true, 'MORNING')] }),
        workday({ date: '2025-01-03', leave: [request('ANNUAL', true, 'AFTERNOON')] }),
        noRecord({ date: '2025-01-04', leave: [request('SICK')] }),
        // 2025-01-05 has no resolved day: judged on its minutes alone.
      ],
      entries: [
        entry('2025-01-01', 349),
        entry('2025-01-02', 175),
        entry('2025-01-03', 174),
        entry('2025-01-05', 350),
        entry('2025-01-06', 400), // a weekend's work still counts
      ],
    });
    expect(c.daysUnderMinimum).toEqual(['2025-01-01', '2025-01-03']);
    expect(c.excusedMinutes).toBe(700);
    expect(c.targetMinutes).toBe(5 * 350 - 700);
    expect(c.approvedMainMinutes).toBe(349 + 175 + 174 + 350 + 400);
    expect(line(c, 'daysUnderMinimum').text).toBe(
      '2 working days under the daily minimum of 350 minutes',
    );
    expect(line(c, 'target.excused').text).toBe('excused time 700 minutes for 2 days of leave');
  });

  it('says 1 working day in the singular', () => {
    const c = card({ workingDays: dates(1), entries: [entry('2025-01-01', 100)] });
    expect(line(c, 'daysUnderMinimum').text).toBe(
      '1 working day under the daily minimum of 350 minutes',
    );
  });

  it('takes a FIXED target minus excused time, pro-rated when employed part of the month', () => {
    const fixed = { monthlyTargetMode: 'FIXED', monthlyTargetFixedMinutes: 6750 } as const;
    const leave = month(dates(21), [noRecord({ date: '2025-01-01', leave: [request('ANNUAL')] })]);
    const whole = card({ policy: fixed, facts: leave, entries: spread(6400, dates(20, 2)) });
    expect(whole).toMatchObject({ targetMinutes: 6400, achievement: 10_000 });
    expect(line(whole, 'target.gross').text).toBe('fixed target 6,750 minutes');

    const part = card({ policy: fixed, employedDays: dates(10, 12) });
    expect(part.targetMinutes).toBe(3214); // 6,750 × 10 ÷ 21 = 3,214.29
    expect(line(part, 'target.gross').text).toBe(
      'fixed target 3,214 minutes for 10 of 21 working days',
    );

    const allLeave = card({
      policy: { ...fixed, monthlyTargetFixedMinutes: 6000 },
      facts: dates(21).map((date) => noRecord({ date, leave: [request('ANNUAL')] })),
    });
    expect(allLeave).toMatchObject({ targetMinutes: 0, achievement: 10_000 });
  });

  it('rounds the additional allowance half up to whole minutes', () => {
    // Target 7,350: 25 % is 1,837.5 → 1,838.
    const c = card({
      entries: [...spread(5000, dates(21)), ...spread(2000, dates(21), 'ADDITIONAL')],
    });
    expect(c.countedAdditionalMinutes).toBe(1838);
    expect(c.achievement).toBe(9303); // 6,838 ÷ 7,350 = 93.034 %
    expect(line(c, 'minutes.additionalCounted').text).toBe(
      'additional minutes counted 1,838 (up to 25.00% of the target)',
    );
  });

  it('shows the IKI, SKP, behaviour and peer standing it was given', () => {
    const c = card({
      iki: { score: 10_000, indicators: 1 },
      skpScore: 9850,
      behaviour: { score: 9000 },
      peerStanding: { percentile: 72 },
    });
    expect([c.iki, c.skp, c.behaviour, c.peerPercentile]).toEqual([10_000, 9850, 9000, 72]);
    expect(line(c, 'iki').text).toBe('IKI 100.00% from 1 indicator');
    expect(line(c, 'skp').text).toBe('SKP 98.50% so far this year');
    expect(line(c, 'behaviour').text).toBe('behaviour 90.00% (360° review)');
    expect(line(c, 'peerStanding').text).toBe('peer standing: percentile 72');
    expect(line(c, 'rating.workResult').text).toBe(
      'work result AS_EXPECTED: IKI 100.00% (ABOVE from 110, AS_EXPECTED from 80)',
    );
    expect(line(c, 'rating.behaviour').text).toBe(
      'behaviour ABOVE: 90.00% (ABOVE from 90, AS_EXPECTED from 70)',
    );
    const none = card();
    expect([none.iki, none.skp, none.behaviour, none.peerPercentile]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(
      none.explanation.some((l) => ['iki', 'skp', 'behaviour', 'peerStanding'].includes(l.key)),
    ).toBe(false);
    expect(line(none, 'rating.behaviour').text).toBe('behaviour AS_EXPECTED: no behaviour score');
  });

  it('rates the work result by achievement when there is no IKI', () => {
    const full = card({ entries: spread(7350, dates(21)) });
    expect(full.workResultRating).toBe('AS_EXPECTED');
    expect(line(full, 'rating.workResult').text).toBe(
      'work result AS_EXPECTED: no IKI; achievement 100.00% (AS_EXPECTED at 100, BELOW under 80)',
    );
    const low = card({ entries: spread(5800, dates(21)) }); // 78.91 %
    expect([low.workResultRating, low.predicate]).toEqual(['BELOW', 'BUTUH_PERBAIKAN']);
    const between = card(example2);
    expect(line(between, 'rating.workResult').text).toBe(
      'work result AS_EXPECTED: no IKI; achievement 84.21% between 80 and 100 read as AS_EXPECTED',
    );
  });
});

describe('monthlyReportCard — TPP', () => {
  it('pro-rates the base by working days for an employee who joined mid-month', () => {
    const employed = dates(10, 12);
    const c = card({ employedDays: employed, entries: spread(3500, employed) });
    expect(c.targetMinutes).toBe(3500);
    expect(c.achievement).toBe(10_000);
    // 3,920,964 × 10 ÷ 21 = 1,867,125.71 → 1,867,126
    expect(c.tpp).toMatchObject({
      base: BASE,
      proratedBase: 1_867_126,
      performancePart: 1_120_276,
      disciplinePart: 746_850,
      total: 1_867_126,
    });
    expect(line(c, 'tpp.proratedBase')).toMatchObject({
      text: 'base pro-rated for 10 of 21 working days: Rp 1,867,126',
      sources: employed,
    });
    // Days before joining count for nothing: no TK, no days under the minimum.
    expect(c.discipline.deductions).toEqual([]);
    expect(c.daysUnderMinimum).toEqual([]);
  });

  it('ignores the days outside employment, and keeps the whole base when employed throughout', () => {
    const wd = dates(21);
    const c = card({
      employedDays: wd,
      facts: month(wd, [noRecord({ date: '2025-01-02' })]),
      entries: spread(7350, wd),
    });
    expect(c.tpp.proratedBase).toBe(BASE);
    expect(c.discipline.discipline).toBe(9500);
    const left = card({
      employedDays: dates(1),
      facts: month(wd, [noRecord({ date: '2025-01-02' })]),
    });
    expect(left.discipline.discipline).toBe(10_000);
  });

  it('pays the regional head no TPP, with a line saying why', () => {
    const c = card({ ...example1, receivesTpp: false, sanctionActive: true });
    expect(c.tpp).toEqual({
      base: 0,
      proratedBase: 0,
      performancePart: 0,
      disciplinePart: 0,
      otherCuts: 0,
      otherCutLines: [],
      total: 0,
    });
    expect(line(c, 'tpp.none').text).toBe(
      'no TPP: this position receives none (the elected regional head)',
    );
    expect(c.achievement).toBe(10_000);
    expect(c.explanation.some((l) => l.key === 'tpp.total')).toBe(false);
  });

  it('cuts 1 % a day of sick leave beyond 3 days and 3 % a day of big leave, summed once', () => {
    const wd = dates(21);
    const c = card({
      facts: month(wd, [
        ...dates(5).map((date) => noRecord({ date, leave: [request('SICK')] })),
        ...dates(2, 6).map((date) => noRecord({ date, leave: [request('BIG')] })),
      ]),
      entries: spread(4900, dates(14, 8)),
      sanctionActive: true,
    });
    // Target 7,350 − 7 × 350 = 4,900 → 100 %; discipline 100 %: parts = base.
    expect(c.tpp.performancePart + c.tpp.disciplinePart).toBe(BASE);
    // 25 % + 2 % + 6 % = 33 % of 3,920,964 = 1,293,918.12 → 1,293,918
    expect(c.tpp.otherCuts).toBe(1_293_918);
    expect(c.tpp.total).toBe(BASE - 1_293_918);
    expect(c.tpp.otherCutLines).toEqual([
      { cause: 'disciplinary sanction', percent: 2500, amount: 980_241 },
      { cause: 'sick leave 5 days, 2 beyond the 3 free days', percent: 200, amount: 78_419 },
      { cause: 'big leave 2 days', percent: 600, amount: 235_258 },
    ]);
    expect(line(c, 'tpp.cut.sickLeave').sources).toEqual(dates(5));
    expect(line(c, 'tpp.cut.bigLeave').sources).toEqual(dates(2, 6));
    expect(line(c, 'tpp.otherCuts').text).toBe('other cuts Rp 1,293,918 = 33.00% of Rp 3,920,964');
  });

  it('counts half days of sick leave as halves, and nothing within the free days', () => {
    const wd = dates(21);
    const sick = (n: number, half: string[] = []) =>
      month(wd, [
        ...dates(n).map((date) => noRecord({ date, leave: [request('SICK')] })),
        ...half.map((date) => workday({ date, leave: [request('SICK', true, 'MORNING')] })),
      ]);
    const c = card({ facts: sick(4, ['2025-01-10']) });
    expect(c.tpp.otherCutLines).toEqual([
      {
        cause: 'sick leave 4.5 days, 1.5 beyond the 3 free days',
        percent: 150,
        amount: expect.any(Number),
      },
    ]);
    expect(card({ facts: sick(3) }).tpp.otherCutLines).toEqual([]);
    expect(
      card({ facts: sick(10), policy: { sickLeaveCutPercentPerDay: 0 } }).tpp.otherCutLines,
    ).toEqual([]);
  });

  it('adds no line for a zero cut, and cuts everything when the cuts pass 100 %', () => {
    expect(
      card({ sanctionActive: true, policy: { sanctionCutPercent: 0 } }).tpp.otherCutLines,
    ).toEqual([]);
    expect(
      card({
        facts: month(
          dates(21),
          dates(21).map((date) => noRecord({ date, leave: [request('BIG')] })),
        ),
        policy: { bigLeaveCutPercentPerDay: 0 },
      }).tpp.otherCutLines,
    ).toEqual([]);
    const c = card({
      ...example1,
      sanctionActive: true,
      policy: { sanctionCutPercent: 90 },
      facts: month(
        dates(21),
        dates(5).map((date) => noRecord({ date, leave: [request('BIG')] })),
      ),
    });
    expect(c.tpp.total).toBe(0);
    expect(c.tpp.otherCuts).toBe(c.tpp.performancePart + c.tpp.disciplinePart);
    expect(c.tpp.otherCutLines.map((l) => l.percent)).toEqual([9000, 1500]);
  });

  it('takes other weights (70/30)', () => {
    const c = card({ ...example1, policy: { performanceWeight: 70, disciplineWeight: 30 } });
    expect(c.tpp.performancePart).toBe(2_744_675); // 3,920,964 × 70 % = 2,744,674.8
    expect(c.tpp.disciplinePart).toBe(1_138_060); // × 30 % × 96.75 % = 1,138,059.80
  });
});

describe('monthlyReportCard — refuses what cannot be', () => {
  it.each([
    ['a period not YYYY-MM', { period: '2025-13' }],
    ['weights not adding up to 100', { policy: { performanceWeight: 60, disciplineWeight: 30 } }],
    ['a fractional weight', { policy: { performanceWeight: 59.5, disciplineWeight: 40.5 } }],
    ['FIXED without minutes', { policy: { monthlyTargetMode: 'FIXED' as const } }],
    ['a negative daily minimum', { policy: { dailyMinimumMinutes: -1 } }],
    ['a fractional daily cap', { policy: { dailyCapMinutes: 1.5 } }],
    ['a negative base', { policy: { tppBase: -1 } }],
    ['fractional free days', { policy: { sickLeaveFreeDays: 0.5 } }],
    ['a percentage with three places', { policy: { additionalCapPercent: 25.001 } }],
    ['a negative cut', { policy: { sanctionCutPercent: -1 } }],
    [
      'a threshold that is not a number',
      {
        iki: { score: 9000, indicators: 1 },
        policy: {
          ratingThresholds: { ...DEFAULT_REPORT_POLICY.ratingThresholds, ikiAbove: Number.NaN },
        },
      },
    ],
    ['a working day of another month', { workingDays: ['2025-02-03'] }],
    ['an entry of another month', { entries: [entry('2024-12-31', 60)] }],
    ['negative minutes', { entries: [entry('2025-01-02', -5)] }],
    ['an employed day that is no working day', { employedDays: ['2025-01-25'] }],
  ])('%s', (_name, overrides) => {
    expect(() => card(overrides as Parameters<typeof card>[0])).toThrow(RangeError);
  });

  it('a resolved day of another month', () => {
    expect(() =>
      monthlyReportCard({
        period: '2025-02',
        workingDays: [],
        employedDays: null,
        entries: [],
        days: [resolveDay(workday())],
        iki: null,
        skpScore: null,
        behaviour: null,
        peerStanding: null,
        sanctionActive: false,
        receivesTpp: true,
        policy: { ...DEFAULT_REPORT_POLICY, tppBase: BASE },
      }),
    ).toThrow(/outside 2025-02/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const WD = dates(20);

const arbDayFacts = (date: string): fc.Arbitrary<DayFacts> =>
  fc.oneof(
    fc.constant(workday({ date })),
    fc.integer({ min: 1, max: 150 }).map((late) => workday({ date, checkIn: hm('07:30') + late })),
    fc.constant(noRecord({ date })),
    fc
      .constantFrom('ANNUAL', 'SICK', 'BIG', 'OFFICIAL_TRAVEL')
      .map((kind) => noRecord({ date, leave: [request(kind)] })),
    fc.constant(workday({ date, leave: [request('SICK', true, 'AFTERNOON')] })),
  );

const arbEntry: fc.Arbitrary<ReportEntry> = fc.record({
  id: fc.uuid(),
  date: fc.constantFrom(...WD),
  category: fc.constantFrom('MAIN', 'ADDITIONAL'),
  creditedMinutes: fc.integer({ min: 0, max: 500 }),
  status: fc.constantFrom('APPROVED', 'REJECTED', 'SUBMITTED', 'DRAFT', 'RETURNED'),
  itemName: fc.constant('item'),
});

const arbInput: fc.Arbitrary<ReportInput> = fc
  .record({
    facts: fc.tuple(...WD.map(arbDayFacts)),
    entries: fc.array(arbEntry, { maxLength: 40 }),
    employed: fc.option(fc.integer({ min: 0, max: 19 }), { nil: null }),
    sanctionActive: fc.boolean(),
    performanceWeight: fc.integer({ min: 0, max: 100 }),
    tppBase: fc.integer({ min: 0, max: 24_000_000 }),
    fixed: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
    iki: fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: null }),
  })
  .map((r) => ({
    period: '2025-01',
    workingDays: WD,
    employedDays: r.employed === null ? null : WD.slice(r.employed),
    entries: r.entries,
    days: r.facts.map(resolveDay),
    iki: r.iki === null ? null : { score: r.iki, indicators: 2 },
    skpScore: null,
    behaviour: null,
    peerStanding: null,
    sanctionActive: r.sanctionActive,
    receivesTpp: true,
    policy: {
      ...DEFAULT_REPORT_POLICY,
      performanceWeight: r.performanceWeight,
      disciplineWeight: 100 - r.performanceWeight,
      tppBase: r.tppBase,
      monthlyTargetMode: r.fixed === null ? 'WORKING_DAYS' : 'FIXED',
      monthlyTargetFixedMinutes: r.fixed,
    },
  }));

describe('monthlyReportCard — properties', () => {
  it('approving one more entry never lowers achievement or TPP', () => {
    fc.assert(
      fc.property(arbInput, fc.nat(), (input, pick) => {
        const pending = input.entries.filter((e) => e.status !== 'APPROVED');
        fc.pre(pending.length > 0);
        const chosen = pending[pick % pending.length]!;
        const after = monthlyReportCard({
          ...input,
          entries: input.entries.map((e) => (e === chosen ? { ...e, status: 'APPROVED' } : e)),
        });
        const before = monthlyReportCard(input);
        expect(after.achievement).toBeGreaterThanOrEqual(before.achievement);
        expect(after.tpp.performancePart).toBeGreaterThanOrEqual(before.tpp.performancePart);
        expect(after.tpp.total).toBeGreaterThanOrEqual(before.tpp.total);
      }),
    );
  });

  it('stays within bounds, in whole rupiah that add up exactly', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const { achievement, tpp, countedAdditionalMinutes, targetMinutes } =
          monthlyReportCard(input);
        expect(achievement).toBeGreaterThanOrEqual(0);
        expect(achievement).toBeLessThanOrEqual(10_000);
        expect(countedAdditionalMinutes).toBeLessThanOrEqual(Math.ceil(targetMinutes / 4));
        for (const v of [
          tpp.proratedBase,
          tpp.performancePart,
          tpp.disciplinePart,
          tpp.otherCuts,
          tpp.total,
        ]) {
          expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
        }
        expect(tpp.proratedBase).toBeLessThanOrEqual(tpp.base);
        expect(tpp.total).toBeLessThanOrEqual(tpp.proratedBase);
        expect(tpp.performancePart + tpp.disciplinePart - tpp.otherCuts).toBe(tpp.total);
        expect(tpp.otherCutLines.reduce((s, l) => s + l.amount, 0)).toBe(tpp.otherCuts);
      }),
    );
  });
});
