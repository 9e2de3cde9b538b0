/**
 * The pure rules of a policy version (rules.md): which values are acceptable, and how a version may
 * be added to the agency's history without editing the past. The admin service applies them.
 */
import type { DeductionTable, ViolationCode } from '@kinerja/scoring';
import type { Problem } from '../../common/errors/app-error.js';
import type { MessageKey, MessageParams } from '../../common/i18n/messages.js';
import {
  copyReviewSettings,
  DEFAULT_REVIEW_SETTINGS,
  JOB_CLASSES,
  type MonthlyTargetMode,
  type PolicyValues,
  type RatingThresholds,
  type ReviewSettings,
  type TppBases,
} from './performance-policy.entity.js';

export const VIOLATION_CODES: readonly ViolationCode[] = [
  'TL1',
  'TL2',
  'TL3',
  'TL4',
  'PSW1',
  'PSW2',
  'PSW3',
  'PSW4',
  'TK',
];

/** A policy version as the admin writes it: deductions in percent (0.5), lists rather than maps. */
export interface PolicyDraft {
  dailyMinimumMinutes: number;
  dailyCapMinutes: number;
  backdatingDays: number;
  entryDeadlineDay: number;
  verificationDeadlineDay: number;
  escalationWorkingDays: number;
  autoApproveTop: boolean;
  monthlyTargetMode: MonthlyTargetMode;
  monthlyTargetFixedMinutes?: number | null;
  additionalCapPercent: number;
  performanceWeight: number;
  disciplineWeight: number;
  deductions: readonly { code: string; percent: number }[];
  tppBases: readonly { jobClass: number; amount: number }[];
  ratingThresholds: RatingThresholds;
  closingDay: number;
  sanctionCutPercent: number;
  sickLeaveFreeDays: number;
  sickLeaveCutPercentPerDay: number;
  bigLeaveCutPercentPerDay: number;
  /** Absent: the defaults of rules.md. */
  reviewSettings?: ReviewSettings | null;
}

export type { Problem } from '../../common/errors/app-error.js';

const problem = (key: MessageKey, field: string, params: MessageParams = {}): Problem => ({
  key,
  field,
  params: { field, ...params },
});

/** Whole-number ranges of the scalar values: [min, max]. */
const INTEGER_RANGES = {
  dailyMinimumMinutes: [1, 1440],
  dailyCapMinutes: [1, 1440],
  backdatingDays: [0, 31],
  entryDeadlineDay: [1, 28],
  verificationDeadlineDay: [1, 28],
  escalationWorkingDays: [1, 30],
  additionalCapPercent: [0, 100],
  performanceWeight: [0, 100],
  disciplineWeight: [0, 100],
  closingDay: [1, 28],
  sanctionCutPercent: [0, 100],
  sickLeaveFreeDays: [0, 31],
  sickLeaveCutPercentPerDay: [0, 100],
  bigLeaveCutPercentPerDay: [0, 100],
} as const satisfies Partial<Record<keyof PolicyDraft, readonly [number, number]>>;

/** The largest fixed monthly target: 31 days of 24 hours. */
const MAX_FIXED_TARGET = 31 * 1440;
/** A sane ceiling for a monthly TPP base (GraphQL Int is 32-bit). */
export const MAX_TPP_AMOUNT = 1_000_000_000;

/** Thresholds: [upper, lower, maximum]; upper must be above lower, both within 0..maximum. */
const THRESHOLD_PAIRS = [
  ['ikiAbove', 'ikiAsExpected', 120],
  ['behaviourAbove', 'behaviourAsExpected', 100],
  ['achievementAsExpected', 'achievementBelow', 100],
] as const satisfies readonly (readonly [keyof RatingThresholds, keyof RatingThresholds, number])[];

const hasTwoPlaces = (value: number) =>
  Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/**
 * The values of a draft, checked: the first problem found, or the values as stored (deductions in
 * hundredths of a percent, TPP bases keyed '1'..'17').
 */
export function parsePolicyDraft(
  draft: PolicyDraft,
): { values: PolicyValues; problem: null } | { values: null; problem: Problem } {
  const fail = (p: Problem) => ({ values: null, problem: p });

  for (const [field, [min, max]] of Object.entries(INTEGER_RANGES)) {
    const value = draft[field as keyof typeof INTEGER_RANGES];
    if (!Number.isInteger(value) || value < min || value > max)
      return fail(problem('policy.range', field, { min, max }));
  }
  if (draft.dailyCapMinutes < draft.dailyMinimumMinutes)
    return fail(
      problem('policy.capBelowMinimum', 'dailyCapMinutes', {
        cap: draft.dailyCapMinutes,
        minimum: draft.dailyMinimumMinutes,
      }),
    );
  if (
    draft.entryDeadlineDay > draft.verificationDeadlineDay ||
    draft.verificationDeadlineDay > draft.closingDay
  )
    return fail(
      problem('policy.deadlinesOrder', 'closingDay', {
        entry: draft.entryDeadlineDay,
        verification: draft.verificationDeadlineDay,
        closing: draft.closingDay,
      }),
    );
  if (draft.performanceWeight + draft.disciplineWeight !== 100)
    return fail(
      problem('policy.weightsSum', 'performanceWeight', {
        performance: draft.performanceWeight,
        discipline: draft.disciplineWeight,
      }),
    );

  let fixed: number | null = null;
  if (draft.monthlyTargetMode === 'FIXED') {
    const value = draft.monthlyTargetFixedMinutes;
    if (value === null || value === undefined)
      return fail(problem('policy.fixedTargetRequired', 'monthlyTargetFixedMinutes'));
    if (!Number.isInteger(value) || value < 1 || value > MAX_FIXED_TARGET)
      return fail(
        problem('policy.range', 'monthlyTargetFixedMinutes', { min: 1, max: MAX_FIXED_TARGET }),
      );
    fixed = value;
  }

  const deductions = parseDeductions(draft.deductions);
  if ('problem' in deductions) return fail(deductions.problem);
  const tppBases = parseTppBases(draft.tppBases);
  if ('problem' in tppBases) return fail(tppBases.problem);
  const thresholdProblem = ratingThresholdsProblem(draft.ratingThresholds);
  if (thresholdProblem) return fail(thresholdProblem);
  const reviewSettings = draft.reviewSettings ?? DEFAULT_REVIEW_SETTINGS;
  const reviewProblem = reviewSettingsProblem(reviewSettings, draft.closingDay);
  if (reviewProblem) return fail(reviewProblem);

  return {
    problem: null,
    values: {
      dailyMinimumMinutes: draft.dailyMinimumMinutes,
      dailyCapMinutes: draft.dailyCapMinutes,
      backdatingDays: draft.backdatingDays,
      entryDeadlineDay: draft.entryDeadlineDay,
      verificationDeadlineDay: draft.verificationDeadlineDay,
      escalationWorkingDays: draft.escalationWorkingDays,
      autoApproveTop: draft.autoApproveTop,
      monthlyTargetMode: draft.monthlyTargetMode,
      monthlyTargetFixedMinutes: fixed,
      additionalCapPercent: draft.additionalCapPercent,
      performanceWeight: draft.performanceWeight,
      disciplineWeight: draft.disciplineWeight,
      deductions: deductions.table,
      tppBases: tppBases.bases,
      ratingThresholds: { ...draft.ratingThresholds },
      closingDay: draft.closingDay,
      sanctionCutPercent: draft.sanctionCutPercent,
      sickLeaveFreeDays: draft.sickLeaveFreeDays,
      sickLeaveCutPercentPerDay: draft.sickLeaveCutPercentPerDay,
      bigLeaveCutPercentPerDay: draft.bigLeaveCutPercentPerDay,
      reviewSettings: copyReviewSettings(reviewSettings),
    },
  };
}

function parseDeductions(
  list: PolicyDraft['deductions'],
): { table: DeductionTable } | { problem: Problem } {
  const table: Partial<Record<ViolationCode, number>> = {};
  for (const { code, percent } of list) {
    const known = VIOLATION_CODES.find((c) => c === code.trim().toUpperCase());
    if (!known) return { problem: problem('policy.deductionUnknown', 'deductions', { code }) };
    if (table[known] !== undefined)
      return { problem: problem('policy.deductionDuplicate', 'deductions', { code: known }) };
    if (!hasTwoPlaces(percent) || percent < 0 || percent > 100)
      return { problem: problem('policy.deductionPercent', 'deductions', { code: known }) };
    table[known] = Math.round(percent * 100);
  }
  const missing = VIOLATION_CODES.filter((c) => table[c] === undefined);
  if (missing.length)
    return {
      problem: problem('policy.deductionsIncomplete', 'deductions', {
        missing: missing.join(', '),
      }),
    };
  return { table: table as DeductionTable };
}

function parseTppBases(list: PolicyDraft['tppBases']): { bases: TppBases } | { problem: Problem } {
  const bases: TppBases = {};
  for (const { jobClass, amount } of list) {
    if (!JOB_CLASSES.includes(jobClass))
      return { problem: problem('policy.tppJobClass', 'tppBases', { jobClass }) };
    const key = String(jobClass);
    if (bases[key] !== undefined)
      return { problem: problem('policy.tppDuplicate', 'tppBases', { jobClass }) };
    if (!Number.isInteger(amount) || amount < 0 || amount > MAX_TPP_AMOUNT)
      return { problem: problem('policy.tppAmount', 'tppBases', { jobClass }) };
    bases[key] = amount;
  }
  const missing = JOB_CLASSES.filter((c) => bases[String(c)] === undefined);
  if (missing.length)
    return {
      problem: problem('policy.tppIncomplete', 'tppBases', { missing: missing.join(', ') }),
    };
  return { bases };
}

function ratingThresholdsProblem(t: RatingThresholds): Problem | null {
  for (const [upper, lower, max] of THRESHOLD_PAIRS) {
    for (const name of [upper, lower]) {
      const value = t[name];
      if (!hasTwoPlaces(value) || value < 0 || value > max)
        return problem('policy.thresholdRange', `ratingThresholds.${name}`, { max });
    }
    if (t[upper] <= t[lower])
      return problem('policy.thresholdsOrder', `ratingThresholds.${upper}`, {
        upper,
        lower,
      });
  }
  return null;
}

/** The most a self-rating may weigh (rules.md: self counts little or nothing). */
export const MAX_SELF_WEIGHT = 20;

const REVIEW_RANGES = {
  tasksDueDay: [1, 28],
  reviewPeers: [1, 10],
  minRaters: [1, 10],
  rankingSize: [2, 30],
} as const satisfies Partial<Record<keyof ReviewSettings, readonly [number, number]>>;

const PEER_GROUPS: readonly string[] = ['DEPARTMENT', 'UNIT'];

function reviewSettingsProblem(s: ReviewSettings, closingDay: number): Problem | null {
  for (const [name, [min, max]] of Object.entries(REVIEW_RANGES)) {
    const value = s[name as keyof typeof REVIEW_RANGES];
    if (!Number.isInteger(value) || value < min || value > max)
      return problem('policy.range', `reviewSettings.${name}`, { min, max });
  }
  if (s.tasksDueDay > closingDay)
    return problem('policy.tasksAfterClosing', 'reviewSettings.tasksDueDay', {
      due: s.tasksDueDay,
      closing: closingDay,
    });
  if (!PEER_GROUPS.includes(s.peerGroup))
    return problem('policy.peerGroup', 'reviewSettings.peerGroup', { value: s.peerGroup });
  const w = s.weights;
  const weights: [string, number, number][] = [
    ['weights.staff.supervisor', w.staff.supervisor, 100],
    ['weights.staff.peer', w.staff.peer, 100],
    ['weights.lead.supervisor', w.lead.supervisor, 100],
    ['weights.lead.peer', w.lead.peer, 100],
    ['weights.lead.subordinate', w.lead.subordinate, 100],
    ['weights.self', w.self, MAX_SELF_WEIGHT],
  ];
  for (const [name, value, max] of weights) {
    if (!Number.isInteger(value) || value < 0 || value > max)
      return problem('policy.range', `reviewSettings.${name}`, { min: 0, max });
  }
  if (w.staff.supervisor + w.staff.peer !== 100)
    return problem('policy.raterWeightsSum', 'reviewSettings.weights.staff', {
      kinds: `${w.staff.supervisor} + ${w.staff.peer}`,
    });
  if (w.lead.supervisor + w.lead.peer + w.lead.subordinate !== 100)
    return problem('policy.raterWeightsSum', 'reviewSettings.weights.lead', {
      kinds: `${w.lead.supervisor} + ${w.lead.peer} + ${w.lead.subordinate}`,
    });
  return null;
}

/** Where a new version stands against the agency's history: what the service must do with it. */
export type VersionPlacement =
  | { kind: 'insert' }
  | { kind: 'replace'; id: string }
  | { kind: 'problem'; key: MessageKey; params: MessageParams };

/**
 * A version effective `effectiveFrom`, set on `today`, given the latest existing version (if any):
 * never in the past; after every existing version, or on the same date as a version not yet in
 * force, which it replaces. Versions in force (effective today or earlier) are never edited.
 */
export function placeVersion(
  effectiveFrom: string,
  today: string,
  latest: { id: string; effectiveFrom: string } | null,
): VersionPlacement {
  if (effectiveFrom < today)
    return { kind: 'problem', key: 'policy.pastDate', params: { date: effectiveFrom, today } };
  if (!latest || latest.effectiveFrom < effectiveFrom) return { kind: 'insert' };
  if (latest.effectiveFrom === effectiveFrom) {
    return latest.effectiveFrom > today
      ? { kind: 'replace', id: latest.id }
      : { kind: 'problem', key: 'policy.inForce', params: { date: latest.effectiveFrom } };
  }
  return {
    kind: 'problem',
    key: 'policy.beforeLatest',
    params: { date: effectiveFrom, latest: latest.effectiveFrom },
  };
}
