/**
 * The monthly report card and TPP (rules.md, "Activities and the performance part", "TPP",
 * "IKI, SKP and the rating"). Pure: the API gathers the month's entries, resolved days and scores.
 */
import { achievementOf, cappedMinutes, monthlyTarget } from './achievement.js';
import type { DayStatus } from './day-status.js';
import {
  DEFAULT_DEDUCTIONS,
  disciplineOf,
  type DeductionTable,
  type Discipline,
} from './discipline.js';
import { excusedTime } from './excused.js';
import {
  DEFAULT_RATING_THRESHOLDS,
  behaviourRating,
  predicateOf,
  workResultRating,
  type Predicate,
  type Rating,
  type RatingThresholds,
} from './rating.js';
import {
  formatHundredths,
  formatThousands,
  percentToHundredths,
  type Hundredths,
} from './rounding.js';
import { leaveCuts, proratedBase, tppParts, type TppCut } from './tpp.js';

/**
 * The agency's policy values in force for the month, and this employee's TPP base. Minutes and
 * rupiah are integers; every percentage is in percent as rules.md writes it (25, 1, 110), with at
 * most two decimals, except `deductions` (Hundredths, discipline.ts).
 */
export interface ReportPolicy {
  dailyMinimumMinutes: number;
  dailyCapMinutes: number;
  monthlyTargetMode: 'WORKING_DAYS' | 'FIXED';
  monthlyTargetFixedMinutes: number | null;
  /** Additional minutes count up to this percentage of the month's target (25). */
  additionalCapPercent: number;
  /** Integers summing to 100 (60 / 40). */
  performanceWeight: number;
  disciplineWeight: number;
  deductions: DeductionTable;
  /** Rupiah for this employee (job class base or position override), before pro-rating. */
  tppBase: number;
  /** In percent, as rules.md writes them (110, 80, 90, 70, 100, 80); scores are Hundredths. */
  ratingThresholds: RatingThresholds;
  /** 25 */
  sanctionCutPercent: number;
  sickLeaveFreeDays: number;
  sickLeaveCutPercentPerDay: number;
  bigLeaveCutPercentPerDay: number;
}

export type EntryStatus = 'APPROVED' | 'REJECTED' | 'SUBMITTED' | 'DRAFT' | 'RETURNED';

export interface ReportEntry {
  id: string;
  date: string;
  category: 'MAIN' | 'ADDITIONAL';
  creditedMinutes: number;
  status: EntryStatus;
  itemName: string;
}

export interface ReportInput {
  /** YYYY-MM */
  period: string;
  /** The employee's working days of the month (calendar). */
  workingDays: string[];
  /** Working days employed when joined/left mid-month (null = whole month). */
  employedDays: string[] | null;
  /** All of the month's entries (only APPROVED count; REJECTED listed as negative activities). */
  entries: ReportEntry[];
  /** Resolved day statuses of the month (resolveDay). */
  days: DayStatus[];
  /** Monthly IKI (null until the SKP issue lands). */
  iki: { score: Hundredths; indicators: number } | null;
  skpScore: Hundredths | null;
  behaviour: { score: Hundredths } | null;
  peerStanding: { percentile: number } | null;
  /** A disciplinary sanction covers this month. */
  sanctionActive: boolean;
  /** False for the elected regional head. */
  receivesTpp: boolean;
  policy: ReportPolicy;
}

export interface ExplanationLine {
  key: string;
  /** English, e.g. 'approved main minutes 6,900 from 23 entries'. */
  text: string;
  value: number | string | null;
  /** Ids of entries / dates. */
  sources: string[];
}

export interface TppCutLine {
  cause: string;
  percent: Hundredths;
  amount: number;
}

export interface Tpp {
  base: number;
  proratedBase: number;
  performancePart: number;
  disciplinePart: number;
  otherCuts: number;
  otherCutLines: TppCutLine[];
  total: number;
}

export interface ReportCard {
  period: string;
  approvedMainMinutes: number;
  approvedAdditionalMinutes: number;
  countedAdditionalMinutes: number;
  targetMinutes: number;
  excusedMinutes: number;
  achievement: Hundredths;
  /** Approved minutes above a day's cap: kept on the entries, not credited. */
  minutesAboveDailyCap: number;
  daysAboveDailyCap: string[];
  daysUnderMinimum: string[];
  discipline: Discipline;
  iki: Hundredths | null;
  skp: Hundredths | null;
  behaviour: Hundredths | null;
  peerPercentile: number | null;
  negativeActivities: { count: number; minutes: number; entryIds: string[] };
  workResultRating: Rating;
  behaviourRating: Rating;
  predicate: Predicate;
  tpp: Tpp;
  explanation: ExplanationLine[];
}

/** The demo city's policy defaults (rules.md); the TPP base is the employee's own. */
export const DEFAULT_REPORT_POLICY: Readonly<Omit<ReportPolicy, 'tppBase'>> = Object.freeze({
  dailyMinimumMinutes: 350,
  dailyCapMinutes: 450,
  monthlyTargetMode: 'WORKING_DAYS',
  monthlyTargetFixedMinutes: null,
  additionalCapPercent: 25,
  performanceWeight: 60,
  disciplineWeight: 40,
  deductions: DEFAULT_DEDUCTIONS,
  ratingThresholds: DEFAULT_RATING_THRESHOLDS,
  sanctionCutPercent: 25,
  sickLeaveFreeDays: 3,
  sickLeaveCutPercentPerDay: 1,
  bigLeaveCutPercentPerDay: 3,
});

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

function assertInPeriod(name: string, dates: readonly string[], period: string): void {
  const outside = dates.find((d) => !d.startsWith(`${period}-`));
  if (outside !== undefined) throw new RangeError(`${name} ${outside} is outside ${period}`);
}

function validate(input: ReportInput): void {
  const { period, policy } = input;
  if (!PERIOD.test(period)) throw new RangeError(`period must be YYYY-MM, got ${period}`);
  assertCount('dailyMinimumMinutes', policy.dailyMinimumMinutes);
  assertCount('dailyCapMinutes', policy.dailyCapMinutes);
  assertCount('tppBase', policy.tppBase);
  assertCount('sickLeaveFreeDays', policy.sickLeaveFreeDays);
  assertCount('performanceWeight', policy.performanceWeight);
  assertCount('disciplineWeight', policy.disciplineWeight);
  if (policy.performanceWeight + policy.disciplineWeight !== 100) {
    throw new RangeError('performanceWeight and disciplineWeight must add up to 100');
  }
  if (policy.monthlyTargetMode === 'FIXED') {
    assertCount('monthlyTargetFixedMinutes', policy.monthlyTargetFixedMinutes as number);
  }
  assertInPeriod('working day', input.workingDays, period);
  assertInPeriod(
    'day',
    input.days.map((d) => d.date),
    period,
  );
  assertInPeriod(
    'entry date',
    input.entries.map((e) => e.date),
    period,
  );
  for (const e of input.entries) assertCount(`entry ${e.id} creditedMinutes`, e.creditedMinutes);
  if (input.employedDays !== null) {
    const working = new Set(input.workingDays);
    const stray = input.employedDays.find((d) => !working.has(d));
    if (stray !== undefined) throw new RangeError(`employed day ${stray} is not a working day`);
  }
}

function minutes(n: number): string {
  return formatThousands(n);
}

function rupiah(n: number): string {
  return `Rp ${formatThousands(n)}`;
}

function pct(h: Hundredths): string {
  return `${formatHundredths(h)}%`;
}

/** '1 entry', '23 entries', '2 days'. */
function plural(n: number, word: string, words = `${word}s`): string {
  return `${formatThousands(n)} ${n === 1 ? word : words}`;
}

/**
 * The month's report card: minutes, target and achievement, discipline, ratings and predikat,
 * and the TPP, each figure with explanation lines naming its sources (entry ids, dates).
 */
export function monthlyReportCard(input: ReportInput): ReportCard {
  validate(input);
  const { policy } = input;
  const additionalCap = percentToHundredths('additionalCapPercent', policy.additionalCapPercent);
  const sanctionCut = percentToHundredths('sanctionCutPercent', policy.sanctionCutPercent);
  const leavePolicy = {
    sickLeaveFreeDays: policy.sickLeaveFreeDays,
    sickLeaveCutPerDay: percentToHundredths(
      'sickLeaveCutPercentPerDay',
      policy.sickLeaveCutPercentPerDay,
    ),
    bigLeaveCutPerDay: percentToHundredths(
      'bigLeaveCutPercentPerDay',
      policy.bigLeaveCutPercentPerDay,
    ),
  };
  const lines: ExplanationLine[] = [];
  const explain = (
    key: string,
    text: string,
    value: ExplanationLine['value'],
    sources: string[] = [],
  ) => lines.push({ key, text, value, sources });

  // The days that count: all of them, or only those employed when joined or left mid-month.
  const employed = input.employedDays === null ? null : new Set(input.employedDays);
  const days = employed === null ? input.days : input.days.filter((d) => employed.has(d.date));
  const countedWorkingDays = input.employedDays ?? input.workingDays;

  // Minutes.
  const approved = input.entries.filter((e) => e.status === 'APPROVED');
  const approvedMain = approved.filter((e) => e.category === 'MAIN');
  const approvedAdditional = approved.filter((e) => e.category === 'ADDITIONAL');
  const capped = cappedMinutes(approved, policy.dailyCapMinutes);
  explain(
    'minutes.main',
    `approved main minutes ${minutes(capped.main)} from ${plural(approvedMain.length, 'entry', 'entries')}`,
    capped.main,
    approvedMain.map((e) => e.id),
  );
  explain(
    'minutes.additional',
    `approved additional minutes ${minutes(capped.additional)} from ${plural(approvedAdditional.length, 'entry', 'entries')}`,
    capped.additional,
    approvedAdditional.map((e) => e.id),
  );
  if (capped.aboveCap > 0) {
    explain(
      'minutes.aboveDailyCap',
      `${minutes(capped.aboveCap)} approved minutes above the daily cap of ${minutes(policy.dailyCapMinutes)} on ${plural(capped.daysAboveCap.length, 'day')} not credited (main minutes credited first)`,
      capped.aboveCap,
      capped.daysAboveCap,
    );
  }

  // Target.
  const excused = excusedTime(days, policy.dailyMinimumMinutes);
  const leaveDates = days.filter((d) => d.leaveHalves > 0).map((d) => d.date);
  const { gross, target } = monthlyTarget({
    mode: policy.monthlyTargetMode,
    fixedMinutes: policy.monthlyTargetFixedMinutes,
    dailyMinimum: policy.dailyMinimumMinutes,
    workingDays: input.workingDays.length,
    employedDays: input.employedDays?.length ?? null,
    excusedMinutes: excused.minutes,
  });
  explain(
    'target.gross',
    policy.monthlyTargetMode === 'WORKING_DAYS'
      ? `${plural(countedWorkingDays.length, 'working day')} × daily minimum ${minutes(policy.dailyMinimumMinutes)} = ${minutes(gross)} minutes`
      : `fixed target ${minutes(gross)} minutes${employed === null ? '' : ` for ${countedWorkingDays.length} of ${plural(input.workingDays.length, 'working day')}`}`,
    gross,
    countedWorkingDays,
  );
  explain(
    'target.excused',
    `excused time ${minutes(excused.minutes)} minutes for ${plural(excused.halfDays / 2, 'day')} of leave`,
    excused.minutes,
    leaveDates,
  );
  explain('target', `target ${minutes(target)} minutes`, target, []);

  // Achievement.
  const { countedAdditional, achievement } = achievementOf(
    capped.main,
    capped.additional,
    target,
    additionalCap,
  );
  explain(
    'minutes.additionalCounted',
    `additional minutes counted ${minutes(countedAdditional)} (up to ${pct(additionalCap)} of the target)`,
    countedAdditional,
    approvedAdditional.map((e) => e.id),
  );
  explain(
    'achievement',
    target === 0
      ? 'achievement 100.00% (target 0: the whole month excused)'
      : `achievement ${pct(achievement)} = min(100, (${minutes(capped.main)} + ${minutes(countedAdditional)}) ÷ ${minutes(target)} × 100)`,
    achievement,
    approved.map((e) => e.id),
  );

  // Days under the daily minimum: working days employed, not wholly on leave, under the minimum
  // (halved on a half day of leave). None when the target is 0.
  const leaveHalvesByDate = new Map(days.map((d) => [d.date, d.leaveHalves]));
  const daysUnderMinimum =
    target === 0
      ? []
      : countedWorkingDays.filter((date) => {
          const halves = leaveHalvesByDate.get(date) ?? 0;
          const minimum = Math.ceil((policy.dailyMinimumMinutes * (2 - halves)) / 2);
          return halves < 2 && (capped.byDate.get(date) ?? 0) < minimum;
        });
  explain(
    'daysUnderMinimum',
    `${plural(daysUnderMinimum.length, 'working day')} under the daily minimum of ${minutes(policy.dailyMinimumMinutes)} minutes`,
    daysUnderMinimum.length,
    daysUnderMinimum,
  );

  // Negative activities.
  const rejected = input.entries.filter((e) => e.status === 'REJECTED');
  const negativeActivities = {
    count: rejected.length,
    minutes: rejected.reduce((sum, e) => sum + e.creditedMinutes, 0),
    entryIds: rejected.map((e) => e.id),
  };
  explain(
    'negativeActivities',
    `${plural(rejected.length, 'rejected entry', 'rejected entries')}, ${minutes(negativeActivities.minutes)} minutes (no deduction)`,
    rejected.length,
    negativeActivities.entryIds,
  );

  // Discipline.
  const discipline = disciplineOf(days, policy.deductions);
  for (const d of discipline.deductions) {
    explain(
      'discipline.deduction',
      `${d.code} on ${d.date} (${d.cause}): −${pct(d.percent)}`,
      d.percent,
      [d.date],
    );
  }
  explain(
    'discipline',
    `discipline ${pct(discipline.discipline)} = max(0, 100 − ${pct(discipline.totalDeduction)}) from ${plural(discipline.deductions.length, 'violation')}`,
    discipline.discipline,
    [...new Set(discipline.deductions.map((d) => d.date))],
  );

  // Scores, ratings and predikat.
  const iki = input.iki?.score ?? null;
  const behaviour = input.behaviour?.score ?? null;
  const t = policy.ratingThresholds;
  if (input.iki !== null) {
    explain(
      'iki',
      `IKI ${pct(input.iki.score)} from ${plural(input.iki.indicators, 'indicator')}`,
      input.iki.score,
    );
  }
  if (input.skpScore !== null)
    explain('skp', `SKP ${pct(input.skpScore)} so far this year`, input.skpScore);
  if (behaviour !== null)
    explain('behaviour', `behaviour ${pct(behaviour)} (360° review)`, behaviour);
  if (input.peerStanding !== null) {
    explain(
      'peerStanding',
      `peer standing: percentile ${input.peerStanding.percentile}`,
      input.peerStanding.percentile,
    );
  }
  const work = workResultRating(iki, achievement, t);
  let workWhy: string;
  if (work.basis === 'IKI')
    workWhy = `IKI ${pct(iki as number)} (ABOVE from ${t.ikiAbove}, AS_EXPECTED from ${t.ikiAsExpected})`;
  else if (work.betweenThresholds)
    workWhy = `no IKI; achievement ${pct(achievement)} between ${t.achievementBelow} and ${t.achievementAsExpected} read as AS_EXPECTED`;
  else
    workWhy = `no IKI; achievement ${pct(achievement)} (AS_EXPECTED at ${t.achievementAsExpected}, BELOW under ${t.achievementBelow})`;
  explain('rating.workResult', `work result ${work.rating}: ${workWhy}`, work.rating);
  const behaviourRated = behaviourRating(behaviour, t);
  explain(
    'rating.behaviour',
    behaviour === null
      ? `behaviour ${behaviourRated}: no behaviour score`
      : `behaviour ${behaviourRated}: ${pct(behaviour)} (ABOVE from ${t.behaviourAbove}, AS_EXPECTED from ${t.behaviourAsExpected})`,
    behaviourRated,
  );
  const predicate = predicateOf(work.rating, behaviourRated);
  explain(
    'predicate',
    `predikat ${predicate} (work result ${work.rating}, behaviour ${behaviourRated})`,
    predicate,
  );

  // TPP.
  const tpp = tppOf(
    input,
    achievement,
    discipline.discipline,
    days,
    sanctionCut,
    leavePolicy,
    explain,
  );

  return {
    period: input.period,
    approvedMainMinutes: capped.main,
    approvedAdditionalMinutes: capped.additional,
    countedAdditionalMinutes: countedAdditional,
    targetMinutes: target,
    excusedMinutes: excused.minutes,
    achievement,
    minutesAboveDailyCap: capped.aboveCap,
    daysAboveDailyCap: capped.daysAboveCap,
    daysUnderMinimum,
    discipline,
    iki,
    skp: input.skpScore,
    behaviour,
    peerPercentile: input.peerStanding?.percentile ?? null,
    negativeActivities,
    workResultRating: work.rating,
    behaviourRating: behaviourRated,
    predicate,
    tpp,
    explanation: lines,
  };
}

type Explain = (
  key: string,
  text: string,
  value: ExplanationLine['value'],
  sources?: string[],
) => void;

function tppOf(
  input: ReportInput,
  achievement: Hundredths,
  discipline: Hundredths,
  days: readonly DayStatus[],
  sanctionCut: Hundredths,
  leavePolicy: Parameters<typeof leaveCuts>[1],
  explain: Explain,
): Tpp {
  const { policy } = input;
  if (!input.receivesTpp) {
    explain('tpp.none', 'no TPP: this position receives none (the elected regional head)', 0);
    return {
      base: 0,
      proratedBase: 0,
      performancePart: 0,
      disciplinePart: 0,
      otherCuts: 0,
      otherCutLines: [],
      total: 0,
    };
  }
  const base = policy.tppBase;
  explain('tpp.base', `TPP base ${rupiah(base)}`, base);
  const prorated = proratedBase(base, input.employedDays?.length ?? null, input.workingDays.length);
  if (input.employedDays !== null) {
    explain(
      'tpp.proratedBase',
      `base pro-rated for ${input.employedDays.length} of ${plural(input.workingDays.length, 'working day')}: ${rupiah(prorated)}`,
      prorated,
      input.employedDays,
    );
  }
  const cuts: TppCut[] = [
    ...(input.sanctionActive && sanctionCut > 0
      ? [
          {
            key: 'tpp.cut.sanction',
            cause: 'disciplinary sanction',
            percent: sanctionCut,
            sources: [],
          },
        ]
      : []),
    ...leaveCuts(days, leavePolicy),
  ];
  const parts = tppParts(
    prorated,
    { performance: policy.performanceWeight, discipline: policy.disciplineWeight },
    achievement,
    discipline,
    cuts,
  );
  explain(
    'tpp.performancePart',
    `performance part ${rupiah(parts.performancePart)} = ${rupiah(prorated)} × ${policy.performanceWeight}% × ${pct(achievement)}`,
    parts.performancePart,
  );
  explain(
    'tpp.disciplinePart',
    `discipline part ${rupiah(parts.disciplinePart)} = ${rupiah(prorated)} × ${policy.disciplineWeight}% × ${pct(discipline)}`,
    parts.disciplinePart,
  );
  for (const line of parts.otherCutLines) {
    explain(
      line.key,
      `${line.cause}: ${pct(line.percent)}, ${rupiah(line.amount)}`,
      line.amount,
      line.sources,
    );
  }
  explain(
    'tpp.otherCuts',
    `other cuts ${rupiah(parts.otherCuts)} = ${pct(parts.cutPercent)} of ${rupiah(parts.performancePart + parts.disciplinePart)}`,
    parts.otherCuts,
  );
  explain(
    'tpp.total',
    `TPP ${rupiah(parts.total)} = ${rupiah(parts.performancePart)} + ${rupiah(parts.disciplinePart)} − ${rupiah(parts.otherCuts)}`,
    parts.total,
  );
  return {
    base,
    proratedBase: prorated,
    performancePart: parts.performancePart,
    disciplinePart: parts.disciplinePart,
    otherCuts: parts.otherCuts,
    otherCutLines: parts.otherCutLines.map(({ cause, percent, amount }) => ({
      cause,
      percent,
      amount,
    })),
    total: parts.total,
  };
}
